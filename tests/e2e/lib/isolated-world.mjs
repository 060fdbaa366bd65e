// Code in a content script's isolated world, through CDP (Runtime.evaluate with that world's context):
// what the extension itself can see, the overlays' closed shadow roots included (chrome.dom.
// openOrClosedShadowRoot is a content-script API). The bench times a click there the way it did when
// the roots were open; the end-to-end tests use it to act as a compromised content script.
// Only the Runtime domain is enabled (Playwright enables it anyway): never the Accessibility domain,
// whose tree upkeep would cost the page main-thread time of its own.

/** The isolated world of the extension named `name` in `page`'s main frame; waits for it to exist. */
export async function isolatedWorld(page, name = 'Sidecar', timeout = 10_000) {
  const cdp = await page.context().newCDPSession(page);
  const worlds = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable');
  const end = Date.now() + timeout;
  let world;
  while (!(world = worlds.findLast((c) => c.auxData?.type === 'isolated' && c.name === name))) {
    if (Date.now() > end) throw new Error(`no isolated world named ${name} in ${page.url()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    /** Evaluate an expression there; resolves to its value (promises awaited). */
    async evaluate(expression) {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        expression,
        contextId: world.id,
        awaitPromise: true,
        returnByValue: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value;
    },
    detach: () => cdp.detach(),
  };
}

/** An expression (for evaluate) giving every overlay's shadow root in the document, closed ones included. */
export const OVERLAY_ROOTS = `[...document.querySelectorAll('span')].map((el) => chrome.dom.openOrClosedShadowRoot(el)).filter(Boolean)`;
