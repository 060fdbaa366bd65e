import path from 'node:path';
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Options {
  /**
   * Chromium's UI language, e.g. 'uk'. On Linux Chromium takes it from the environment (LANGUAGE,
   * LANG); `--lang` is ignored there. Unset: English (en-US), as before.
   */
  uiLanguage: string | undefined;
}

/** LANG for a language code: 'uk' → 'uk_UA.UTF-8' (a region Chromium knows for each shipped language). */
const LANG_REGIONS: Record<string, string> = {
  en: 'en_US',
  pl: 'pl_PL',
  uk: 'uk_UA',
  ru: 'ru_RU',
  tr: 'tr_TR',
  th: 'th_TH',
};

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
export const test = base.extend<Fixtures & Options>({
  uiLanguage: [undefined, { option: true }],
  context: async ({ uiLanguage, viewport, colorScheme }, use) => {
    const region = uiLanguage && (LANG_REGIONS[uiLanguage] ?? uiLanguage);
    const context = await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM,
      headless: !process.env.HEADED,
      // With a UI language, no locale emulation: the panel must get the language from the browser
      // itself. The key has to be present (as undefined), else the test runner fills in its en-US default.
      ...(uiLanguage
        ? {
            env: { ...process.env, LANGUAGE: uiLanguage, LANG: `${region}.UTF-8`, LC_ALL: `${region}.UTF-8` },
            locale: undefined as unknown as string,
          }
        : { locale: process.env.E2E_LOCALE ?? 'en-US' }),
      viewport,
      colorScheme,
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
      const workers = async () =>
        (await cdp.send('Target.getTargets')).targetInfos.filter(
          (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
        );
      for (const t of await workers()) await cdp.send('Target.closeTarget', { targetId: t.targetId });
      await expect.poll(async () => (await workers()).length).toBe(0);
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
