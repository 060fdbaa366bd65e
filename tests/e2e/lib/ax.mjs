// Find and press controls the way assistive technology does: through Chromium's accessibility tree,
// over the DevTools protocol. That tree is built over the composed (flat) tree, so it reaches into
// shadow roots whether they are open or closed, while the page's own scripts (and Playwright's CSS
// and role locators) cannot enter a closed one. Sidecar's overlays live in closed roots, so tests
// reach them here, as a screen reader would. A click is a real mouse event at the control's box
// (Input.dispatchMouseEvent through page.mouse): the page sees event.isTrusted === true.
//
//   const [add] = await axWait(page, { role: 'button', name: 'Add to pipeline' });
//   await axClick(page, add);
//   await axWait(page, { role: 'status', name: /Prospecting/ });
//
// Plain JavaScript with types in ax.d.mts, so `npm start` (Node, no build step) uses it too.

/** @type {WeakMap<import('@playwright/test').Page, Promise<import('@playwright/test').CDPSession>>} */
const sessions = new WeakMap();

/** One CDP session per page, with the DOM and Accessibility domains on. */
function cdpFor(page) {
  let session = sessions.get(page);
  if (!session) {
    session = (async () => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('Accessibility.enable');
      return cdp;
    })();
    sessions.set(page, session);
  }
  return session;
}

const describe = ({ role, name } = {}) => `${role ?? 'node'}${name === undefined ? '' : ` named ${String(name)}`}`;

/** Every accessible node of the page's main frame with this role and name (a string matches exactly). */
export async function axFind(page, { role, name } = {}) {
  const cdp = await cdpFor(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const query = { backendNodeId: root.backendNodeId };
  if (role) query.role = role;
  if (typeof name === 'string') query.accessibleName = name;
  const { nodes } = await cdp.send('Accessibility.queryAXTree', query);
  return nodes
    .filter((n) => !n.ignored && n.backendDOMNodeId !== undefined)
    .map((n) => ({
      backendNodeId: n.backendDOMNodeId,
      role: String(n.role?.value ?? ''),
      name: String(n.name?.value ?? ''),
    }))
    .filter((n) => !(name instanceof RegExp) || name.test(n.name));
}

/** Wait until at least `count` nodes match, and return them; throws after `timeout` ms. */
export async function axWait(page, query, { count = 1, timeout = 10_000, interval = 100 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    // A navigation resets the document under the session; the next round asks again.
    const found = await axFind(page, query).catch(() => []);
    if (found.length >= count) return found;
    if (Date.now() > end) {
      throw new Error(`axWait: ${found.length} of ${count} ${describe(query)} after ${timeout} ms on ${page.url()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** Scroll a node into view and press it with a trusted mouse click at its centre. A query clicks its first match. */
export async function axClick(page, target) {
  const node = 'backendNodeId' in target ? target : (await axWait(page, target))[0];
  const cdp = await cdpFor(page);
  await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: node.backendNodeId }).catch(() => undefined);
  const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId });
  const q = model.border;
  await page.mouse.click((q[0] + q[2] + q[4] + q[6]) / 4, (q[1] + q[3] + q[5] + q[7]) / 4);
}

/** The accessible names of every node of the page that match `pattern` (status labels, for example). */
export async function axTexts(page, pattern) {
  const cdp = await cdpFor(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  return nodes.filter((n) => !n.ignored && pattern.test(String(n.name?.value ?? ''))).map((n) => String(n.name?.value));
}

/**
 * Everything the page's own scripts can read: the document's markup and the text of every open
 * shadow root. Whatever sits in a closed root is absent, which is what a test of "the page cannot
 * see our overlay" wants to check.
 */
export async function pageVisibleText(page) {
  return page.evaluate(() => {
    const out = [document.documentElement.outerHTML];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) {
          out.push(`<${el.localName} open-shadow>`, el.shadowRoot.innerHTML);
          walk(el.shadowRoot);
        }
      }
    };
    walk(document);
    return out.join('\n');
  });
}
