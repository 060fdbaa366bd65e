import { chromium, type Page } from '@playwright/test';
import { test, expect, CHROMIUM, EXTENSION_DIR } from './fixtures';
import { PAGES, readPage, serveRoutes } from './site-routes';
import { SidePanel } from './pages/side-panel';
import { sendToTabFromPanel } from './pages/messages';

const addButton = (page: Page) => page.getByRole('button', { name: 'Add to pipeline' });
const SEARCH_URL =
  'https://www.linkedin.com/search/results/people/?keywords=revenue%20operations&origin=GLOBAL_SEARCH_HEADER&sid=Xk3';
const SEARCH_PEOPLE = [
  'Chloe Vandermeer',
  'Rajesh Iyer',
  'Émilie Fournier',
  'Jordan Blackwood',
  'Keiko Tanaka-Ross',
  'Mateus Carvalho',
  'Fiona Gallagher',
  'Yusuf Adeyemi',
  'Henrik Dahl',
];
const MARCUS_URL = 'https://www.linkedin.com/in/marcus-feldman-31a07b/';

/** Errors a stale content script would print after the extension is reloaded. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test('people search: one "Add to pipeline" per person, none for the user or "LinkedIn Member"', async ({ context }) => {
  await serveRoutes(context, { [PAGES.search.url]: PAGES.search.file });
  const page = await context.newPage();
  await page.goto(SEARCH_URL);
  await expect(addButton(page)).toHaveCount(SEARCH_PEOPLE.length);
  for (const name of SEARCH_PEOPLE) {
    await expect(
      page
        .locator('li.reusable-search__result-container', { hasText: name })
        .getByRole('button', { name: 'Add to pipeline' }),
      name,
    ).toHaveCount(1);
  }
  await expect(page.locator('li', { hasText: 'LinkedIn Member' }).locator('sidecar-chip')).toHaveCount(0);
  await expect(page.locator('header sidecar-chip, nav sidecar-chip')).toHaveCount(0);
  // The overlay's own CSS reaches every chip (one sheet shared by all shadow roots), the page's does not.
  await expect(addButton(page).first()).toHaveCSS('border-top-color', 'rgb(10, 102, 194)');
  await expect(addButton(page).last()).toHaveCSS('border-top-color', 'rgb(10, 102, 194)');
});

test("the page's own scripts hear nothing from Sidecar: no window message or document event, no extension id in the DOM", async ({
  context,
  extensionId,
}) => {
  await serveRoutes(context, { [PAGES.rebecca.url]: PAGES.rebecca.file });
  const page = await context.newPage();
  // The page's world: what LinkedIn's own scripts could record, knowing our id. WXT's own content
  // script context announces every start as "<id>:<script>:wxt:content-script-started" on document.
  await page.addInitScript((id) => {
    const heard: string[] = [];
    Object.assign(window, { __heard: heard });
    window.addEventListener('message', (e) => heard.push(JSON.stringify(e.data)));
    for (const script of ['linkedin', 'gmail']) {
      document.addEventListener(`${id}:${script}:wxt:content-script-started`, (e) => heard.push(e.type));
    }
  }, extensionId);
  await page.goto(PAGES.rebecca.url);
  await expect(addButton(page)).toHaveCount(1);
  await page.evaluate(() => new Promise((r) => setTimeout(r, 100))); // any message posted at start has arrived
  expect(await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).toEqual([]);
  expect(await page.content()).not.toContain(extensionId);
});

test('in-app navigation: loading while URL and page disagree, then the new person with the new URL', async ({
  context,
  openPanel,
}) => {
  await serveRoutes(context, { [PAGES.rebecca.url]: PAGES.rebecca.file });
  const page = await context.newPage();
  await page.goto(PAGES.rebecca.url);
  await expect(addButton(page)).toHaveCount(1);

  const marcus = readPage(PAGES.marcus.file);
  const main = /<main[\s\S]*<\/main>/.exec(marcus)?.[0] ?? '';
  const title = /<title>([^<]*)<\/title>/.exec(marcus)?.[1] ?? '';
  expect(main).toContain('Marcus Feldman');
  // Record every state the overlay shows. The content script hears of pushState at once (the
  // Navigation API's currententrychange); from then until the DOM matches, no capture is offered.
  const pushedAt = Date.now();
  await page.evaluate((path) => {
    const w = window as unknown as { sawLoading: boolean; sawAddWhileMismatched: boolean };
    w.sawLoading = false;
    w.sawAddWhileMismatched = false;
    const pushedAt = performance.now();
    const check = () => {
      const texts = [...document.querySelectorAll('sidecar-chip')].map(
        (h) => h.shadowRoot?.querySelector('.strip')?.textContent ?? '',
      );
      if (texts.some((t) => t.includes('Loading'))) w.sawLoading = true;
      const mismatched = location.pathname === path && !document.title.includes('Marcus');
      if (mismatched && performance.now() - pushedAt > 400 && texts.some((t) => t.includes('Add to pipeline')))
        w.sawAddWhileMismatched = true;
      requestAnimationFrame(check);
    };
    history.pushState({}, '', path);
    requestAnimationFrame(check);
  }, new URL(MARCUS_URL).pathname);
  // A click on the stale overlay right after pushState captures nobody.
  await addButton(page)
    .click({ timeout: 300 })
    .catch(() => undefined);
  await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible();
  await expect(addButton(page)).toHaveCount(0);

  // ~600 ms later the page renders the other person.
  await page.waitForTimeout(Math.max(0, 600 - (Date.now() - pushedAt)));
  await page.evaluate(
    ({ main: html, title: newTitle }) => {
      const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
      const next = doc.querySelector('main');
      if (next) document.querySelector('main')?.replaceWith(document.importNode(next, true));
      document.title = newTitle;
    },
    { main, title },
  );
  await expect(addButton(page)).toHaveCount(1, { timeout: 5_000 });
  const flags = await page.evaluate(() => {
    const w = window as unknown as { sawLoading: boolean; sawAddWhileMismatched: boolean };
    return { sawLoading: w.sawLoading, sawAddWhileMismatched: w.sawAddWhileMismatched };
  });
  expect(flags.sawLoading).toBe(true);
  expect(flags.sawAddWhileMismatched).toBe(false);

  await addButton(page).click();
  await expect(addButton(page)).toHaveCount(0);
  const panel = new SidePanel(await openPanel());
  const item = panel.pipeline.getByRole('listitem').filter({ hasText: 'Marcus Feldman' });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(MARCUS_URL);
  await expect(panel.pipeline).not.toContainText('Rebecca Thornton');
});

// chrome.runtime.reload() leaves an extension loaded with --load-extension disabled in this harness;
// CDP's Extensions.loadUnpacked on the same directory is a real reload (same id, onInstalled 'update').
const reloadable = test.extend({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const context = await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM,
      headless: !process.env.HEADED,
      locale: 'en-US',
      args: [
        '--enable-unsafe-extension-debugging',
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
      ],
    });
    await use(context);
    await context.close();
  },
});

reloadable(
  'the extension reloaded with a LinkedIn tab open leaves one live overlay that still works',
  async ({ context, extensionId }) => {
    await serveRoutes(context, { [PAGES.rebecca.url]: PAGES.rebecca.file });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(PAGES.rebecca.url);
    await expect(addButton(page)).toHaveCount(1);

    const cdp = await context.browser()!.newBrowserCDPSession();
    const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path: EXTENSION_DIR } as never)) as {
      id: string;
    };
    expect(id).toBe(extensionId);
    // The new instance (injected by lib/tabs/reinject.ts) mounts its overlay; the old one removes its own.
    await page.waitForTimeout(1_000);
    await expect(page.locator('sidecar-chip')).toHaveCount(1);
    await expect(addButton(page)).toHaveCount(1);
    // The page keeps changing: still exactly one.
    await page.evaluate(() => document.body.append(document.createElement('span')));
    await page.waitForTimeout(500);
    await expect(page.locator('sidecar-chip')).toHaveCount(1);

    await addButton(page).click();
    await expect(page.getByRole('status').filter({ hasText: 'Lead' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(errors.filter((e) => /context invalidated/i.test(e))).toEqual([]);
  },
);

test('"Report this page": the tab answers with a redacted snapshot, a bare URL and the page kind', async ({
  context,
  openPanel,
  tabIdOf,
}) => {
  await serveRoutes(context, { [PAGES.rebecca.url]: PAGES.rebecca.file });
  const page = await context.newPage();
  await page.goto(`${PAGES.rebecca.url}?trk=abc#top`);
  await expect(addButton(page)).toHaveCount(1);
  const tabId = await tabIdOf(page);
  const panel = await openPanel();
  const reply = await sendToTabFromPanel(panel, tabId, 'getPageSnapshot', {});
  const res = reply.value as { html: string; url: string; pageKind: string };
  expect(res.url).toBe(PAGES.rebecca.url);
  expect(res.pageKind).toBe('linkedin-profile');
  expect(res.html).toContain('<main');
  expect(res.html).not.toContain('Rebecca');
  expect(res.html).not.toContain('rebecca-thornton');
});

test('schedule "tomorrow morning" from the profile overlay: the chip shows "Next: …" and the database has it', async ({
  context,
  openPanel,
}) => {
  await serveRoutes(context, { [PAGES.rebecca.url]: PAGES.rebecca.file });
  const page = await context.newPage();
  await page.goto(PAGES.rebecca.url);
  await addButton(page).click();
  await expect(page.getByRole('status').filter({ hasText: 'Lead' })).toBeVisible();
  await expect(page.getByText(/^Next:/)).toHaveCount(0);

  const followUp = page.getByRole('button', { name: 'Schedule follow-up' });
  await followUp.click();
  await expect(followUp).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('menuitem', { name: 'Tomorrow morning' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(followUp).toBeFocused();

  await followUp.click();
  await page.getByRole('menuitem', { name: 'Tomorrow morning' }).click();
  await expect(page.getByText(/^Next: /)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  const panel = await openPanel();
  const rows = await panel.evaluate(
    () =>
      new Promise<{ personId: string; dueAt: number; done?: unknown }[]>((resolve, reject) => {
        const open = indexedDB.open('sidecar');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('followUps').objectStore('followUps').getAll();
          req.onsuccess = () => resolve(req.result as { personId: string; dueAt: number }[]);
          req.onerror = () => reject(req.error);
        };
      }),
  );
  expect(rows).toHaveLength(1);
  expect(rows[0]!.dueAt).toBeGreaterThan(Date.now());
  expect(rows[0]!.dueAt - Date.now()).toBeLessThan(5 * 24 * 3600_000);
});
