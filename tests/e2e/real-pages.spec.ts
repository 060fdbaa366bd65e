import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { serveRoutes } from './site-routes';
import { SidePanel } from './pages/side-panel';
import { ADD, addButtons } from './pages/overlays';
import { axWait } from './lib/ax.mjs';

// Real captures (tests/fixtures/real, see its README and manifest.json) served at the URLs they were
// captured at, through the built extension: what a user sees on pages LinkedIn really served.

const PROFILE = {
  url: 'https://www.linkedin.com/in/larsoyelaran/',
  file: 'real/linkedin/profile-2025-1.html',
  person: 'Lars Oyelaran',
  viewer: 'Tomasz Wierzbicki',
  // "More profiles for you" (once "People also viewed") and the messaging bubble's sender.
  others: ['Pieter Vosloo', 'Tariq Salem', 'Helga Brandvik'],
};
// One's own profile: a real 2023 capture, saved by its owner while signed in. No capture of an own-profile
// /details/ page exists, so the same page is also served at a /details/ URL; and a 2025 capture whose person was
// made the viewer (generated, marked so in the manifest) covers the 2025 markup.
const OWN_PAGES = [
  ['own profile (real, 2023)', 'https://www.linkedin.com/in/noaberglund/', 'real/linkedin/own-profile-2023-1.html'],
  [
    'own profile at a /details/ URL (real 2023 markup)',
    'https://www.linkedin.com/in/noaberglund/details/experience/',
    'real/linkedin/own-profile-2023-1.html',
  ],
  ['own profile (generated from a 2025 capture)', PROFILE.url, 'real/linkedin/own-profile-2025-1.generated.html'],
] as const;
const PUBLIC = {
  url: 'https://se.linkedin.com/in/priya-anand-kasturirangan-7d41b2c9',
  file: 'real/linkedin/public-profile-2024-1.html',
};

interface StoredDetection {
  url: string;
  pageKind: string;
  contacts: { name: string | null }[];
}

/** The tab's detection as the extension stored it (storage.session entry `detections:<tabId>`). */
async function storedDetection(panel: Page, tabId: number): Promise<StoredDetection | null> {
  const key = `detections:${tabId}`;
  const got = await panel.evaluate((k) => chrome.storage.session.get(k), key);
  return (got[key] as StoredDetection | undefined) ?? null;
}

test('a real signed-in profile lists its person only: not the viewer, not "More profiles for you"', async ({
  context,
  openPanel,
  tabIdOf,
}) => {
  await serveRoutes(context, { [PROFILE.url]: PROFILE.file });
  const page = await context.newPage();
  await page.goto(PROFILE.url);
  await axWait(page, ADD, { count: 1 });
  const panel = new SidePanel(await openPanel(`?tabId=${await tabIdOf(page)}`));
  const cards = panel.onThisPage.getByRole('list', { name: 'On this page' }).getByRole('listitem');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText(PROFILE.person);
  for (const name of [PROFILE.viewer, ...PROFILE.others]) await expect(panel.onThisPage).not.toContainText(name);
  expect(await addButtons(page)).toHaveLength(1);
});

for (const [what, url, file] of OWN_PAGES) {
  test(`no "Add to pipeline" anywhere on the viewer's ${what}`, async ({ context, openPanel, tabIdOf }) => {
    await serveRoutes(context, { [url]: file });
    const page = await context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(page);
    const panel = new SidePanel(await openPanel(`?tabId=${tabId}`));
    // Wait until the page's detection has been made and reported: the overlays are drawn from it.
    await expect
      .poll(async () => (await storedDetection(panel.page, tabId))?.pageKind, { timeout: 15_000 })
      .toBe('linkedin-profile');
    expect((await storedDetection(panel.page, tabId))?.contacts).toEqual([]);
    await expect(panel.onThisPage).toContainText('On this page');
    await expect(panel.onThisPage.getByRole('listitem')).toHaveCount(0);
    // Nor its "People also viewed" / "More profiles for you" people, now or a little later.
    for (let i = 0; i < 5; i++) {
      expect(await addButtons(page)).toHaveLength(0);
      await page.waitForTimeout(300);
    }
  });
}

test('a real signed-out public profile gets its overlay', async ({ context }) => {
  await serveRoutes(context, { [PUBLIC.url]: PUBLIC.file });
  const page = await context.newPage();
  await page.goto(PUBLIC.url);
  expect(await axWait(page, ADD, { count: 1 })).toHaveLength(1);
});
