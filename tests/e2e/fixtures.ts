import path from 'node:path';
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Open the side panel page as a tab (sidePanel.open() needs a user gesture). */
  openPanel: (query?: string) => Promise<Page>;
  /** Stop the extension's service worker the way Chrome does when it idles (CDP Target.closeTarget). */
  stopWorker: () => Promise<void>;
  /** The tab id of a page, as the extension sees it. */
  tabIdOf: (page: Page) => Promise<number>;
}

/** One Chromium with the built extension per test (the recipe in shared/recipes/extension-e2e.md). */
export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const context = await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM,
      headless: !process.env.HEADED,
      locale: process.env.E2E_LOCALE ?? 'en-US',
      args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
    });
    await use(context);
    await context.close();
  },
  worker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
  openPanel: async ({ context, extensionId }, use) => {
    await use(async (query = '') => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html${query}`);
      return page;
    });
  },
  stopWorker: async ({ context, extensionId }, use) => {
    await use(async () => {
      const cdp = await context.browser()!.newBrowserCDPSession();
      const workers = async () => (await cdp.send('Target.getTargets')).targetInfos
        .filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
      for (const t of await workers()) await cdp.send('Target.closeTarget', { targetId: t.targetId });
      await expect.poll(async () => (await workers()).length).toBe(0);
    });
  },
  tabIdOf: async ({ openPanel }, use) => {
    let helper: Page | null = null;
    await use(async (page) => {
      helper ??= await openPanel('?tabId=0');
      const id = await helper.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, page.url());
      if (typeof id !== 'number') throw new Error(`no tab for ${page.url()}`);
      return id;
    });
  },
});

export { expect };
