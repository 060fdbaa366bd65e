import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { axWait } from './lib/ax.mjs';
import { sendMessage as send } from './lib/protocol';
import { peopleIds } from './pages/people-ids';
import { PAGES, serveRoutes } from './site-routes';

// Issue 19: at the side panel's 360 px nothing may scroll sideways, in any view, in English and in
// Ukrainian (longer words): the page itself, and no box inside it that scrolls on its own.

function catalogue(lang: string): (key: string, count?: number) => string {
  const entries = JSON.parse(readFileSync(path.resolve(`locales/${lang}.json`), 'utf8')) as Record<string, unknown>;
  return (key) => {
    const value = entries[key];
    if (typeof value !== 'string') throw new Error(`${lang}.json has no string "${key}"`);
    return value;
  };
}

/** Whatever scrolls sideways: the document, or any element whose own box scrolls or spills out. */
async function sidewaysScrollers(page: Page): Promise<string[]> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => {
    const out: string[] = [];
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > root.clientWidth) {
      out.push(`document ${root.scrollWidth} > ${root.clientWidth}`);
      // Name the innermost boxes that stick out, so a failure says what to fix.
      const wide = [...document.querySelectorAll<HTMLElement>('body *')].filter(
        (el) => el.getBoundingClientRect().right > root.clientWidth + 1,
      );
      for (const el of wide.filter((el) => !wide.some((other) => other !== el && el.contains(other))).slice(0, 5))
        out.push(
          `  ${el.tagName.toLowerCase()}.${String(el.className)} right ${Math.round(el.getBoundingClientRect().right)}`,
        );
    }
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const { overflowX } = getComputedStyle(el);
      if ((overflowX === 'auto' || overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1)
        out.push(`${el.tagName.toLowerCase()}.${el.className} ${el.scrollWidth} > ${el.clientWidth}`);
    }
    return out;
  });
}

for (const lang of ['en', 'uk'] as const) {
  test.describe(`360 px in ${lang}`, () => {
    test.use({ viewport: { width: 360, height: 720 }, language: lang });

    test(`every view fits 360 px without sideways scrolling (${lang})`, async ({ context, openPanel, tabIdOf }) => {
      test.setTimeout(120_000);
      const t = catalogue(lang);
      await serveRoutes(context, { [PAGES.search.url]: PAGES.search.file, [PAGES.rebecca.url]: PAGES.rebecca.file });
      const site = await context.newPage();
      await site.goto(`${PAGES.search.url}?keywords=revenue%20operations`);
      const adds = await axWait(site, { role: 'button', name: t('addToPipeline') });
      expect(adds.length).toBeGreaterThan(2);
      const panel = await openPanel(`?tabId=${await tabIdOf(site)}`);
      await expect(panel.getByRole('region', { name: t('onThisPage') })).toBeVisible();
      expect(await sidewaysScrollers(panel), 'On this page').toEqual([]);

      // A pipeline with history: people from the page, a long LinkedIn URL, a follow-up due, a call log.
      await send(panel, 'captureManual', {
        contact: {
          key: 'manual:long',
          site: 'linkedin',
          name: 'Анастасія Олександрівна Вишневецька-Заболотна',
          linkedinUrl: 'https://www.linkedin.com/in/anastasiia-oleksandrivna-vyshnevetska-zabolotna-1234567890abcdef/',
          salesNavUrl: null,
          emails: ['anastasiia.vyshnevetska-zabolotna@mizhnarodni-lohistychni-systemy.example'],
          headline: 'Керівниця відділу міжнародних логістичних партнерств і стратегічного розвитку',
          title: null,
          company: 'Міжнародні логістичні системи та рішення',
          location: null,
          role: null,
          automated: false,
        },
        pageKind: 'other',
        url: 'https://www.linkedin.com/in/anastasiia/',
      });
      const ids = await peopleIds(panel);
      const anastasiia = ids['Анастасія Олександрівна Вишневецька-Заболотна']!;
      await send(panel, 'scheduleFollowUp', {
        personId: anastasiia,
        dealId: null,
        dueAt: Date.now() - 3_600_000,
        kind: 'call',
        note: 'Передзвонити щодо ціноутворення та умов багаторічного контракту',
      });

      const tabs = panel.getByRole('tab');
      // Pipeline: the board, then the list.
      await tabs.nth(1).click();
      await expect(panel.getByRole('list', { name: t('board.deals') })).toBeVisible();
      expect(await sidewaysScrollers(panel), 'board').toEqual([]);
      await panel.getByRole('button', { name: t('layout.list') }).click();
      await expect(panel.getByText('Анастасія Олександрівна Вишневецька-Заболотна').first()).toBeVisible();
      expect(await sidewaysScrollers(panel), 'list').toEqual([]);
      await panel.getByRole('button', { name: t('layout.board') }).click();

      // Today, with the snooze menu open.
      await tabs.nth(2).click();
      await panel
        .getByRole('button', { name: new RegExp(t('today.snooze')) })
        .first()
        .click();
      const menu = panel.getByRole('menu');
      await expect(menu).toBeVisible();
      const box = await menu.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 360, `snooze menu at ${JSON.stringify(box)}`).toBe(true);
      expect(await sidewaysScrollers(panel), 'today').toEqual([]);
      await panel.keyboard.press('Escape');

      // Insights.
      await tabs.nth(3).click();
      await expect(panel.locator('[data-sidecar-view="insights"]')).toBeVisible();
      expect(await sidewaysScrollers(panel), 'insights').toEqual([]);

      // The contact card, with its long address, name and profile link; no tab is highlighted.
      await panel.getByRole('searchbox').fill('Анастасія');
      await panel
        .getByRole('button', { name: /Анастасія Олександрівна/ })
        .first()
        .click();
      const card = panel.getByRole('article', { name: 'Анастасія Олександрівна Вишневецька-Заболотна' });
      await expect(card).toBeVisible();
      await expect(panel.getByRole('tab', { selected: true })).toHaveCount(0);
      expect(await sidewaysScrollers(panel), 'prospect').toEqual([]);
      await card
        .getByRole('button', { name: t('write.title') })
        .first()
        .click();
      expect(await sidewaysScrollers(panel), 'write email').toEqual([]);

      // Search results.
      await panel.getByRole('searchbox').fill('ціноутворення');
      await expect(panel.getByRole('status').first()).toBeVisible();
      expect(await sidewaysScrollers(panel), 'search').toEqual([]);
    });
  });
}
