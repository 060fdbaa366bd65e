import { chromium, type Page } from '@playwright/test';
import { test, expect, CHROMIUM, EXTENSION_DIR } from './fixtures';
import { PAGES, readPage, serveRoutes } from './site-routes';
import { SidePanel } from './pages/side-panel';
import { sendToTabFromPanel } from './pages/messages';

import { axClick, axFind, axWait } from './lib/ax.mjs';
import {
  ADD,
  clickAdd,
  computedStyleOf,
  expectCount,
  expectStatus,
  focusedName,
  hostsUnder,
  overlayHostCount,
} from './pages/overlays';
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

/** LinkedIn's in-app navigation: the next page rendered in place and its URL pushed, no load. */
function renderInPlace(page: Page, html: string, url: string) {
  return page.evaluate(
    ({ html, url }) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      document.title = doc.title;
      document.body.replaceWith(document.importNode(doc.body, true));
      history.pushState({}, '', url);
    },
    { html, url },
  );
}

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
  const buttons = await axWait(page, ADD, { count: SEARCH_PEOPLE.length });
  expect(buttons).toHaveLength(SEARCH_PEOPLE.length);
  // One overlay in each person's result card, none in "LinkedIn Member"'s, none in the header or nav.
  const cards = await page.locator('li.reusable-search__result-container').allInnerTexts();
  const perCard = await hostsUnder(page, 'li.reusable-search__result-container');
  for (const name of SEARCH_PEOPLE) expect(perCard[cards.findIndex((t) => t.includes(name))], name).toBe(1);
  expect(perCard[cards.findIndex((t) => t.includes('LinkedIn Member'))]).toBe(0);
  for (const inChrome of await hostsUnder(page, 'header, nav')) expect(inChrome).toBe(0);
  // The overlay's own CSS reaches every chip (one sheet shared by all shadow roots), the page's does not.
  expect(await computedStyleOf(page, buttons[0]!.backendNodeId, 'border-top-color')).toBe('rgb(10, 102, 194)');
  expect(await computedStyleOf(page, buttons.at(-1)!.backendNodeId, 'border-top-color')).toBe('rgb(10, 102, 194)');
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
  await axWait(page, ADD);
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
  const [stale] = await axWait(page, ADD);

  const marcus = readPage(PAGES.marcus.file);
  const main = /<main[\s\S]*<\/main>/.exec(marcus)?.[0] ?? '';
  const title = /<title>([^<]*)<\/title>/.exec(marcus)?.[1] ?? '';
  expect(main).toContain('Marcus Feldman');
  // The content script hears of pushState at once (the Navigation API's currententrychange); from then
  // until the DOM matches, no capture is offered. What the overlay shows is read as a screen reader
  // does (the page's scripts cannot read our closed roots).
  const pushedAt = Date.now();
  await page.evaluate((path) => history.pushState({}, '', path), new URL(MARCUS_URL).pathname);
  // A click on the stale overlay right after pushState captures nobody.
  await axClick(page, stale!).catch(() => undefined);
  let sawLoading = false;
  let sawAddWhileMismatched = false;
  while (Date.now() - pushedAt < 600) {
    if ((await axFind(page, { role: 'status', name: /Loading/ })).length > 0) sawLoading = true;
    if (Date.now() - pushedAt > 400 && (await axFind(page, ADD)).length > 0) sawAddWhileMismatched = true;
    await page.waitForTimeout(40);
  }
  await expectStatus(page, /Loading…/);
  expect(await axFind(page, ADD)).toHaveLength(0);

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
  await axWait(page, ADD);
  expect(sawLoading).toBe(true);
  expect(sawAddWhileMismatched).toBe(false);

  await clickAdd(page);
  await expectCount(page, ADD, 0);
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
    await axWait(page, ADD);

    const cdp = await context.browser()!.newBrowserCDPSession();
    const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path: EXTENSION_DIR } as never)) as {
      id: string;
    };
    expect(id).toBe(extensionId);
    // The new instance (injected by lib/tabs/reinject.ts) mounts its overlay; the old one removes its own.
    await page.waitForTimeout(1_000);
    await expect.poll(() => overlayHostCount(page)).toBe(1);
    await expectCount(page, ADD, 1);
    // The page keeps changing: still exactly one.
    await page.evaluate(() => document.body.append(document.createElement('span')));
    await page.waitForTimeout(500);
    expect(await overlayHostCount(page)).toBe(1);

    await clickAdd(page);
    await expectStatus(page, /Prospecting/);
    expect(await axFind(page, { role: 'alert' })).toHaveLength(0);
    expect(errors.filter((e) => /context invalidated/i.test(e))).toEqual([]);
  },
);

test('"Report this page": the tab says its bare URL and page kind, and the report part injected on demand gives the redacted DOM', async ({
  context,
  openPanel,
  tabIdOf,
}) => {
  await serveRoutes(context, { [PAGES.rebecca.url]: PAGES.rebecca.file });
  const page = await context.newPage();
  await page.goto(`${PAGES.rebecca.url}?trk=abc#top`);
  await axWait(page, ADD);
  const tabId = await tabIdOf(page);
  const panel = await openPanel();
  const reply = await sendToTabFromPanel(panel, tabId, 'describePage', {});
  const res = reply.value as { url: string; pageKind: string };
  expect(res.url).toBe(PAGES.rebecca.url);
  expect(res.pageKind).toBe('linkedin-profile');
  // What the panel's takePageSnapshot injects (lib/panel/page-snapshot.ts), into the tab's isolated world.
  const html = await panel.evaluate(async (id) => {
    const [first] = await chrome.scripting.executeScript({
      target: { tabId: id, frameIds: [0] },
      files: ['content-scripts/page-report.js'],
    });
    return (first?.result as { html: string }).html;
  }, tabId);
  expect(html).toContain('<main');
  expect(html).not.toContain('Rebecca');
  expect(html).not.toContain('rebecca-thornton');
  // The page itself saw no script of ours added and nothing of the report.
  expect(await page.evaluate(() => document.querySelectorAll('script[src^="chrome-extension:"]').length)).toBe(0);
});

test('schedule "tomorrow morning" from the profile overlay: the chip shows "Next: …" and the database has it', async ({
  context,
  openPanel,
}) => {
  await serveRoutes(context, { [PAGES.rebecca.url]: PAGES.rebecca.file });
  const page = await context.newPage();
  await page.goto(PAGES.rebecca.url);
  await clickAdd(page);
  await expectStatus(page, /Prospecting/);
  expect(await axFind(page, { name: /^Next:/ })).toHaveLength(0);

  const FOLLOW_UP = { role: 'button', name: 'Schedule follow-up' };
  await axClick(page, FOLLOW_UP);
  const [first] = await axWait(page, { role: 'menuitem', name: 'Tomorrow morning' });
  await expect.poll(() => focusedName(page)).toBe('Tomorrow morning');
  await page.keyboard.press('Escape');
  await expectCount(page, { role: 'menu' }, 0);
  await expect.poll(() => focusedName(page)).toBe('Schedule follow-up');

  await axClick(page, FOLLOW_UP);
  await axClick(page, { role: 'menuitem', name: 'Tomorrow morning' });
  expect(first).toBeDefined();
  await axWait(page, { name: /^Next: / });
  expect(await axFind(page, { role: 'alert' })).toHaveLength(0);

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

test('from the feed (the bootstrap only) an in-app navigation to a profile brings the overlay in', async ({
  context,
}) => {
  const FEED = 'https://www.linkedin.com/feed/';
  const rebecca = readPage(PAGES.rebecca.file);
  await serveRoutes(context, {
    [FEED]: { body: '<!doctype html><title>Feed | LinkedIn</title><main><h1>Feed</h1></main>' },
    [PAGES.rebecca.url]: PAGES.rebecca.file,
  });
  const page = await context.newPage();
  await page.goto(FEED);
  await page.waitForTimeout(500);
  expect(await axFind(page, ADD)).toHaveLength(0);
  // LinkedIn renders the profile in place and pushes its URL.
  await renderInPlace(page, rebecca, PAGES.rebecca.url);
  await clickAdd(page);
  // Capture lands on the board (issue 19): the status is the first stage.
  await expectStatus(page, /Prospecting/);
});

test('from a profile (the profile-only script) an in-app navigation to a people search hands over: one chip per person, and back', async ({
  context,
}) => {
  const rebecca = readPage(PAGES.rebecca.file);
  const search = readPage(PAGES.search.file);
  await serveRoutes(context, { [PAGES.rebecca.url]: PAGES.rebecca.file, [PAGES.search.url]: PAGES.search.file });
  const page = await context.newPage();
  await page.goto(PAGES.rebecca.url);
  await axWait(page, ADD);
  expect(await overlayHostCount(page)).toBe(1);
  // LinkedIn renders the search in place: the profile script has no search extractor and hands over.
  await renderInPlace(page, search, SEARCH_URL);
  await axWait(page, ADD, { count: SEARCH_PEOPLE.length });
  await page.waitForTimeout(500); // a second instance would have drawn by now
  expect(await axFind(page, ADD)).toHaveLength(SEARCH_PEOPLE.length);
  expect(await overlayHostCount(page)).toBe(SEARCH_PEOPLE.length);
  // Back to a profile: the full script now in the tab reads it, and a capture works.
  await renderInPlace(page, rebecca, PAGES.rebecca.url);
  await clickAdd(page);
  await expectStatus(page, /Prospecting/);
  expect(await overlayHostCount(page)).toBe(1);
});

test('from a people search (the search-only script) an in-app navigation to a profile hands over, and the capture works', async ({
  context,
}) => {
  const rebecca = readPage(PAGES.rebecca.file);
  await serveRoutes(context, { [PAGES.search.url]: PAGES.search.file, [PAGES.rebecca.url]: PAGES.rebecca.file });
  const page = await context.newPage();
  await page.goto(SEARCH_URL);
  await axWait(page, ADD, { count: SEARCH_PEOPLE.length });
  await renderInPlace(page, rebecca, PAGES.rebecca.url);
  await clickAdd(page);
  await expectStatus(page, /Prospecting/);
  expect(await overlayHostCount(page)).toBe(1);
});
