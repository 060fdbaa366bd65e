import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { axClick, axWait } from '../lib/ax.mjs';
import { sendMessage as send } from '../lib/protocol';
import { peopleIds } from '../pages/people-ids';
import { FIXTURES_DIR, PAGES, serveRoutes } from '../site-routes';
import { DAY, fixClocks, HOUR, NOW } from './clock';

// The README's panel screenshots (`npm run screenshots`): a realistic pipeline (people captured from
// the fixtures, deals in several stages, follow-ups due today) at the side panel's width, 360×720, in
// English and Ukrainian, light (and one dark), on a fixed clock. Each test also asserts what it
// shows, so a broken view fails instead of producing a picture of an error.

const OUT = path.resolve('docs/screenshots');
mkdirSync(OUT, { recursive: true });

const MALGORZATA = (
  JSON.parse(readFileSync(path.join(FIXTURES_DIR, 'fixtures.json'), 'utf8')) as {
    files: { file: string; url: string }[];
  }
).files.find((f) => f.file.includes('malgorzata'))!;
const PEOPLE = [PAGES.rebecca, PAGES.marcus, PAGES.olena, { url: MALGORZATA.url, file: MALGORZATA.file }];
interface Seeded {
  panel: Page;
  search: Page;
  ids: Record<string, string>;
}

/**
 * Capture four people through their profiles' "Add to pipeline" and two from a search page (which
 * stays open for "On this page"), then deals and follow-ups through the protocol.
 */
async function seed(
  context: BrowserContext,
  openPanel: (q?: string) => Promise<Page>,
  t: (key: string) => string,
): Promise<Seeded> {
  await serveRoutes(context, {
    ...Object.fromEntries(PEOPLE.map((p) => [p.url, p.file])),
    [PAGES.search.url]: PAGES.search.file,
  });
  const site = await context.newPage();
  const lead = { role: 'status', name: new RegExp(t('stage.b2b.prospecting')) };
  for (const p of PEOPLE) {
    await site.goto(p.url);
    // The overlay speaks Sidecar's language too.
    await axClick(site, { role: 'button', name: t('addToPipeline') });
    await axWait(site, lead);
  }
  await site.goto(`${PAGES.search.url}?keywords=revenue%20operations`);
  for (let i = 0; i < 2; i++) {
    const adds = await axWait(site, { role: 'button', name: t('addToPipeline') });
    await axClick(site, adds[1]!);
    await axWait(site, lead, { count: i + 1 });
  }

  const panel = await openPanel();
  const ids = await peopleIds(panel);
  const now = NOW;
  const step = (text: string, inDays: number) => ({ text, dueAt: now + inDays * DAY });
  const deal = async (
    name: string,
    title: string,
    value: number,
    currency: string,
    stages: string[],
    close: string | null,
  ) => {
    const { dealId } = await send(panel, 'createDeal', {
      personId: ids[name],
      title,
      value,
      currency,
      expectedClose: close,
    });
    for (const [i, toStageId] of stages.entries()) {
      await send(panel, 'moveDeal', {
        dealId,
        toStageId,
        ...(toStageId === 'lost'
          ? { lostReason: 'Chose a cheaper tool' }
          : toStageId === 'won'
            ? {}
            : { nextStep: step(`Step ${i + 1}`, 2 + i) }),
      });
    }
  };
  const inDays = (d: number) => new Date(now + d * DAY).toISOString().slice(0, 10);
  await deal(
    'Rebecca Thornton',
    'Quillfeather — RevOps suite',
    1_250_000,
    'EUR',
    ['qualification', 'demo-meeting'],
    inDays(30),
  );
  await deal(
    'Marcus Feldman',
    'Tillbrook Foods — procurement pilot',
    480_000,
    'EUR',
    ['qualification', 'demo-meeting', 'proposal'],
    inDays(14),
  );
  await deal('Олена Коваленко', 'Kovalenko Logistics — 40 seats', 960_000, 'EUR', [], inDays(45));
  await deal('Małgorzata Wiśniewska-Żurek', 'Wiśniewska Group — annual plan', 2_100_000, 'EUR', [], inDays(21));
  await deal('Marcus Feldman', 'Tillbrook Foods — 2025 renewal', 300_000, 'EUR', ['qualification', 'won'], null);
  await deal('Олена Коваленко', 'Kovalenko Logistics — trial', 150_000, 'EUR', ['lost'], null);

  const followUp = (name: string, dueAt: number, kind: string, note: string) =>
    send(panel, 'scheduleFollowUp', { personId: ids[name], dealId: null, dueAt, kind, note });
  await followUp('Rebecca Thornton', now - 15 * 60_000, 'call', 'Walk Rebecca through the forecast demo');
  await followUp('Małgorzata Wiśniewska-Żurek', now - DAY - HOUR, 'email', 'Send the annual plan pricing');
  await followUp('Олена Коваленко', now - 60_000, 'linkedin-message', 'Ask Olena who else joins the trial');
  await send(panel, 'logActivity', {
    activity: {
      kind: 'note',
      personId: ids['Rebecca Thornton'],
      at: now - 2 * HOUR,
      text: 'Budget approved for Q3; CFO signs above €10k.',
    },
  });
  await send(panel, 'changeQualification', {
    personId: ids['Rebecca Thornton'],
    criterion: { key: 'budget', answer: 'yes', note: '€15k set aside for Q3' },
  });
  await send(panel, 'changeQualification', {
    personId: ids['Rebecca Thornton'],
    criterion: { key: 'authority', answer: 'yes' },
  });
  await send(panel, 'changeQualification', { personId: ids['Rebecca Thornton'], status: 'sql' });
  return { panel, search: site, ids };
}

/** Catalogue strings of a language, for the assertions (uk.json is written by the translators). */
function catalogue(lang: string): (key: string) => string {
  const entries = JSON.parse(readFileSync(path.resolve(`locales/${lang}.json`), 'utf8')) as Record<string, unknown>;
  return (key) => {
    const value = entries[key];
    if (typeof value !== 'string') throw new Error(`${lang}.json has no "${key}" yet`);
    return value;
  };
}

const VIEW_KEYS = { 'on-this-page': 'onThisPage', pipeline: 'pipeline', today: 'today', insights: 'insights' } as const;

async function shoot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  await page.evaluate(() => document.fonts.ready);
  // The board's other stages are counted after its cards (components/board/use-board-deals.ts).
  await page.waitForFunction(
    () =>
      document.querySelectorAll('.stage-chip .chip-count').length === document.querySelectorAll('.stage-chip').length,
  );
  // Two frames: whatever the last render changed is painted before the picture is taken.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.screenshot({ path: path.join(OUT, `${name}.png`), animations: 'disabled', caret: 'hide' });
}

for (const lang of ['en', 'uk'] as const) {
  test.describe(`screenshots in ${lang}`, () => {
    test.use({
      viewport: { width: 360, height: 720 },
      colorScheme: 'light',
      ...(lang === 'en' ? {} : { language: lang, locale: 'uk-UA' }),
    });
    const t = catalogue(lang);

    for (const [view, key] of Object.entries(VIEW_KEYS)) {
      test(`${view}-${lang}`, async ({ context, worker, openPanel, tabIdOf }) => {
        await fixClocks(context, worker);
        const { search, panel: seeder } = await seed(context, openPanel, t);
        const query =
          view === 'on-this-page'
            ? `?tabId=${await tabIdOf(search)}`
            : `?view=${view === 'on-this-page' ? 'page' : view}`;
        await seeder.close();
        const page = await openPanel(query);
        await page.bringToFront();
        const tab = page.getByRole('tab', { name: t(key) });
        await expect(tab).toHaveAttribute('aria-selected', 'true');
        const panel = page.getByRole('tabpanel');
        if (view === 'on-this-page') {
          await expect(page.getByRole('region', { name: t('onThisPage') })).toContainText('Chloe Vandermeer');
          await expect(page.getByRole('list', { name: t('pipeline') })).toContainText('Małgorzata Wiśniewska-Żurek');
        } else if (view === 'pipeline') {
          // The board opens on the first stage.
          await expect(panel).toContainText('Wiśniewska Group — annual plan');
          await expect(panel).toContainText('Олена Коваленко');
        } else if (view === 'today') {
          await expect(panel).toContainText('Walk Rebecca through the forecast demo');
          await expect(panel).toContainText('Rebecca Thornton');
        } else {
          await expect(panel.getByRole('heading', { level: 2, name: t('insights') })).toBeVisible();
          await expect(panel.locator('svg, [role="img"]').first()).toBeVisible();
        }
        await shoot(page, `${view}-${lang}`);
      });
    }

    test(`prospect-${lang}`, async ({ context, worker, openPanel }) => {
      await fixClocks(context, worker);
      const { ids, panel: seeder } = await seed(context, openPanel, t);
      await seeder.close();
      const page = await openPanel(`?prospect=${ids['Rebecca Thornton']}`);
      await page.bringToFront();
      await expect(page.getByRole('heading', { level: 2, name: 'Rebecca Thornton' })).toBeVisible();
      await expect(page.getByRole('list', { name: t('deal.heading') })).toContainText('Quillfeather — RevOps suite');
      await expect(page.getByRole('list', { name: t('followUp.heading') })).toContainText(
        'Walk Rebecca through the forecast demo',
      );
      await shoot(page, `prospect-${lang}`);
    });

    test(`list-${lang}`, async ({ context, worker, openPanel }) => {
      await fixClocks(context, worker);
      const { panel: seeder } = await seed(context, openPanel, t);
      await seeder.close();
      const page = await openPanel('?view=pipeline');
      await page.bringToFront();
      await page.getByRole('button', { name: t('layout.list') }).click();
      await expect(page.getByRole('tabpanel')).toContainText('Олена Коваленко');
      await shoot(page, `list-${lang}`);
      await page.getByRole('button', { name: t('layout.board') }).click();
    });

    test(`contact-card-${lang}`, async ({ context, worker, openPanel }) => {
      await fixClocks(context, worker);
      const { ids, panel: seeder } = await seed(context, openPanel, t);
      await send(seeder, 'updatePerson', {
        personId: ids['Rebecca Thornton'],
        patch: { emails: ['rebecca.thornton@quillfeather.example'], phones: ['+44 20 7946 0958'] },
      });
      await seeder.close();
      const page = await openPanel(`?prospect=${ids['Rebecca Thornton']}`);
      await page.bringToFront();
      const card = page.getByRole('article', { name: 'Rebecca Thornton' });
      await expect(card.getByRole('link', { name: '+44 20 7946 0958' })).toBeVisible();
      await card
        .getByRole('button', { name: t('write.title') })
        .first()
        .click();
      const form = card.getByRole('form', { name: t('write.title') });
      await form.getByRole('combobox', { name: t('write.template') }).selectOption('builtin:intro');
      await expect(form.getByRole('textbox', { name: t('write.subject') })).not.toHaveValue('');
      await shoot(page, `contact-card-${lang}`);
    });

    test(`add-all-${lang}`, async ({ context, worker, openPanel, tabIdOf }) => {
      await fixClocks(context, worker);
      const { search, panel: seeder } = await seed(context, openPanel, t);
      await seeder.close();
      const page = await openPanel(`?tabId=${await tabIdOf(search)}`);
      await page.bringToFront();
      await page
        .getByRole('region', { name: t('onThisPage') })
        .getByRole('button', { name: /\(\d+\)$/ })
        .first()
        .click();
      await expect(page.getByRole('dialog')).toContainText('Chloe Vandermeer');
      await shoot(page, `add-all-${lang}`);
    });
  });
}

test.describe('screenshot in the dark', () => {
  test.use({ viewport: { width: 360, height: 720 }, colorScheme: 'dark' });

  test('pipeline-en-dark', async ({ context, worker, openPanel }) => {
    const t = catalogue('en');
    await fixClocks(context, worker);
    const { panel: seeder } = await seed(context, openPanel, t);
    await seeder.close();
    const page = await openPanel('?view=pipeline');
    await expect(page.getByRole('tab', { name: 'Pipeline' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel')).toContainText('Wiśniewska Group — annual plan');
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    await shoot(page, 'pipeline-en-dark');
  });
});
