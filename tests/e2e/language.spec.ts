import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { axClick, axWait } from './lib/ax.mjs';
import { PAGES, serveRoutes } from './site-routes';

// Sidecar in Ukrainian without a Ukrainian browser: the language picked in Sidecar's settings, or the
// page languages Playwright's `locale` gives the browser. Neither needs Debian's chromium-l10n (the
// browser's own UI strings); that path, chrome.i18n in the worker, is covered by the unit tests
// (tests/unit/i18n/overlay-strings.test.ts).

const uk = JSON.parse(readFileSync(path.resolve('locales/uk.json'), 'utf8')) as Record<string, unknown>;
const text = (key: string): string => {
  const value = uk[key];
  if (typeof value !== 'string') throw new Error(`uk.json has no "${key}" yet`);
  return value;
};

async function expectUkrainianPanel(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.getByRole('tab')).toHaveText([
    text('onThisPage'),
    text('pipeline'),
    text('today'),
    text('insights'),
  ]);
}

test.describe('with Ukrainian picked in the settings', () => {
  test.use({ language: 'uk' });

  test('the whole panel speaks it: tabs, search and headings from uk.json', async ({ openPanel }) => {
    const page = await openPanel();
    await expectUkrainianPanel(page);
    await expect(page.getByRole('tab', { name: text('onThisPage') })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('searchbox', { name: text('search') })).toBeVisible();
    await expect(page.getByRole('list', { name: text('pipeline') })).toBeAttached();
    await page.getByRole('tab', { name: text('today') }).click();
    await expect(page.getByRole('heading', { level: 2, name: text('today') })).toBeVisible();
    await expect(page.getByRole('tab', { name: text('today') })).toHaveAttribute('aria-selected', 'true');
  });

  test('so do the overlays on LinkedIn, in an English browser', async ({ context }) => {
    await serveRoutes(context, { [PAGES.rebecca.url]: PAGES.rebecca.file });
    const page = await context.newPage();
    await page.goto(PAGES.rebecca.url);
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    await axClick(page, (await axWait(page, { role: 'button', name: text('addToPipeline') }))[0]!);
    await axWait(page, { role: 'status', name: new RegExp(text('stage.b2b.prospecting')) });
  });
});

test.describe('in a browser whose pages ask for Ukrainian (Playwright locale uk-UA)', () => {
  test.use({ locale: 'uk-UA' });

  test("the panel follows the browser's languages while the setting is 'auto'", async ({ openPanel }) => {
    await expectUkrainianPanel(await openPanel());
  });
});
