import path from 'node:path';
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import type { LanguageSetting } from '../../lib/domain/settings';
import { findChromium, missingChromiumMessage } from '../tools/chromium.mjs';
import { sendMessage } from './lib/protocol';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
const chromiumPath = findChromium();
if (!chromiumPath) throw new Error(missingChromiumMessage());
export const CHROMIUM: string = chromiumPath;

export interface Options {
  /**
   * Sidecar's own language setting (settings.language), set before the test starts: the panel and
   * the overlays of pages opened afterwards speak it. Unset: 'auto', the browser's language, which
   * is en-US unless the test sets Playwright's `locale`. (The browser's UI language itself would
   * need Debian's chromium-l10n; the setting needs nothing.)
   */
  language: LanguageSetting | undefined;
  /** More Chromium switches (the screenshots' rendering ones). */
  launchArgs: string[];
}

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

/**
 * One Chromium with the built extension per test: a persistent context (extensions need one) on a
 * temporary profile that Playwright deletes, the extension id read from its service worker.
 */
export const test = base.extend<Fixtures & Options>({
  language: [undefined, { option: true }],
  launchArgs: [[], { option: true }],
  context: async ({ locale, viewport, colorScheme, language, launchArgs }, use) => {
    const context = await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM,
      headless: !process.env.HEADED,
      locale: locale ?? 'en-US',
      viewport,
      colorScheme,
      args: [...launchArgs, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
    });
    if (language) {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const page = await context.newPage();
      await page.goto(`chrome-extension://${new URL(worker.url()).host}/sidepanel.html?tabId=0`);
      await sendMessage(page, 'updateSettings', { patch: { language } });
      await page.close();
    }
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
      const workers = async () =>
        (await cdp.send('Target.getTargets')).targetInfos.filter(
          (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
        );
      // Something may wake it again at once (a tab's reply in flight, an alarm): close it until it stays closed.
      await expect
        .poll(
          async () => {
            for (const t of await workers()) await cdp.send('Target.closeTarget', { targetId: t.targetId });
            await new Promise((r) => setTimeout(r, 100));
            return (await workers()).length;
          },
          { timeout: 15_000 },
        )
        .toBe(0);
    });
  },
  tabIdOf: async ({ openPanel }, use) => {
    let helper: Page | null = null;
    await use(async (page) => {
      helper ??= await openPanel('?tabId=0');
      const id = await helper.evaluate(
        async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
        page.url(),
      );
      if (typeof id !== 'number') throw new Error(`no tab for ${page.url()}`);
      return id;
    });
  },
});

export { expect };
