import { peopleIds } from './pages/people-ids';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { FIXTURES_DIR, PAGES, serveRoutes } from './site-routes';
import { SidePanel } from './pages/side-panel';
import { clickAdd, expectStatus } from './pages/overlays';

// The side panel driven as a user drives it: pages captured from the LinkedIn fixtures, then the
// panel opened as a tab (chrome.sidePanel.open needs a user gesture), clicks and typing only.

interface FixtureFile {
  file: string;
  url: string;
  expected: { name: string }[];
}
const FIXTURES = (
  JSON.parse(readFileSync(path.join(FIXTURES_DIR, 'fixtures.json'), 'utf8')) as { files: FixtureFile[] }
).files;
const fixture = (file: string): FixtureFile => {
  const f = FIXTURES.find((x) => x.file === file);
  if (!f) throw new Error(`no fixture ${file}`);
  return f;
};
const MALGORZATA = fixture('linkedin/profile-malgorzata-wisniewska-zurek-public.html');

/** Open a profile and click its "Add to pipeline" (a trusted click, as the capture requires). */
async function capture(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await clickAdd(page);
  await expectStatus(page, /Prospecting/);
}

/** "YYYY-MM-DD" and "HH:MM" of an instant in the browser's own time zone (the default working time zone). */
const localInputs = (panel: Page, ms: number) =>
  panel.evaluate((at) => {
    const d = new Date(at);
    const pad = (n: number) => String(n).padStart(2, '0');
    return {
      date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
      time: `${pad(d.getHours())}:${pad(d.getMinutes())}`,
    };
  }, ms);

test('capture Rebecca, qualify her, open and move a deal, and handle a follow-up from Today', async ({
  context,
  openPanel,
}) => {
  await serveRoutes(context, { [PAGES.rebecca.url]: PAGES.rebecca.file });
  await capture(await context.newPage(), PAGES.rebecca.url);

  const panel = new SidePanel(await openPanel());
  const page = panel.page;
  await panel.pipeline.getByRole('button', { name: /Rebecca Thornton/ }).click();
  const prospect = page.getByRole('article', { name: 'Rebecca Thornton' });
  await expect(prospect.getByRole('heading', { level: 2, name: 'Rebecca Thornton' })).toBeVisible();

  // Qualify: BANT budget yes with a note, authority yes; MQL, then SQL.
  await prospect.getByRole('radiogroup', { name: 'Budget' }).getByRole('radio', { name: 'Yes' }).check();
  const budgetNote = prospect.getByRole('textbox', { name: 'Note on Budget' });
  await budgetNote.fill('€15k set aside for Q3');
  await budgetNote.press('Tab');
  await prospect.getByRole('radiogroup', { name: 'Authority' }).getByRole('radio', { name: 'Yes' }).check();
  const status = prospect.getByRole('group', { name: 'Qualification status' });
  // The pressed one carries a ✓ in its name, so it does not look like the other.
  const mql = status.getByRole('button', { name: /^(✓ )?MQL$/ });
  const sql = status.getByRole('button', { name: /^(✓ )?SQL$/ });
  await mql.click();
  await expect(mql).toHaveAttribute('aria-pressed', 'true');
  await sql.click();
  await expect(sql).toHaveAttribute('aria-pressed', 'true');
  await expect(mql).toHaveAttribute('aria-pressed', 'false');
  await expect(prospect.getByRole('radiogroup', { name: 'Budget' }).getByRole('radio', { name: 'Yes' })).toBeChecked();
  await expect(
    prospect.getByRole('radiogroup', { name: 'Authority' }).getByRole('radio', { name: 'Yes' }),
  ).toBeChecked();
  await expect(budgetNote).toHaveValue('€15k set aside for Q3');
  await prospect.getByText(/^Lead score \d+$/).click();
  await expect(prospect.getByRole('list', { name: 'Why this score' })).toContainText('Budget confirmed (+10)');
  await expect(prospect.getByRole('list', { name: 'Why this score' })).toContainText('Authority confirmed (+10)');
  await expect(prospect.getByRole('list', { name: 'Timeline' })).toContainText('MQL → SQL');

  // The capture put her on the board: a deal in Prospecting, titled with her company, first touch next.
  const dealList = prospect.getByRole('list', { name: 'Deals' });
  await expect(dealList.getByRole('listitem', { name: 'Quillfeather' })).toContainText('Next step: First touch');
  // A second deal worth 12,500 EUR.
  await prospect.getByRole('button', { name: 'New deal' }).click();
  const dealForm = prospect.getByRole('form', { name: 'New deal' });
  await dealForm.getByRole('textbox', { name: 'Deal name' }).fill('Quillfeather — RevOps suite');
  await dealForm.getByRole('textbox', { name: 'Value' }).fill('12,500');
  await dealForm.getByRole('textbox', { name: 'Currency' }).fill('EUR');
  await dealForm.getByRole('button', { name: 'Create deal' }).click();
  const deals = dealList.getByRole('listitem', { name: 'Quillfeather — RevOps suite' });
  await expect(deals).toContainText('€12,500.00');

  // The second stage asks for a next step first.
  const stage = deals.getByRole('combobox', { name: 'Stage' });
  await expect(stage.locator('option:checked')).toHaveText('Prospecting');
  await stage.selectOption({ label: 'Qualification' });
  const nextStep = prospect.getByRole('form', { name: 'Next step' });
  await expect(nextStep).toContainText('Moving to Qualification needs a next step with a date.');
  await nextStep.getByRole('textbox', { name: 'Next step' }).fill('Send the security questionnaire');
  await nextStep.getByRole('button', { name: 'Save' }).click();
  await expect(nextStep).toHaveCount(0);
  await expect(stage.locator('option:checked')).toHaveText('Qualification');
  await expect(deals).toContainText('Next step: Send the security questionnaire');
  await expect(prospect.getByRole('list', { name: 'Timeline' })).toContainText(
    'Deal moved: Prospecting → Qualification',
  );

  // A follow-up due a minute ago, so it is due now.
  await prospect.getByRole('button', { name: 'Schedule follow-up' }).click();
  const schedule = prospect.getByRole('form', { name: 'Schedule follow-up' });
  await schedule.getByRole('radio', { name: 'Pick a date' }).check();
  const due = await localInputs(page, Date.now() - 60_000);
  await schedule.getByRole('textbox', { name: 'Date', exact: true }).fill(due.date);
  await schedule.getByLabel('Time', { exact: true }).fill(due.time);
  await schedule.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'Call' });
  await schedule.getByRole('textbox', { name: 'Note' }).fill('Call Rebecca about the budget');
  await schedule.getByRole('button', { name: 'Schedule follow-up' }).click();
  await expect(prospect.getByRole('list', { name: 'Follow-ups' })).toContainText(
    'Call — Call Rebecca about the budget',
  );

  // Today lists it; Done takes it off.
  await page.getByRole('tab', { name: 'Today' }).click();
  await expect(page.getByRole('tab', { name: 'Today' })).toHaveAttribute('aria-selected', 'true');
  const today = page.getByRole('tabpanel');
  const item = today.getByRole('listitem').filter({ hasText: 'Call Rebecca about the budget' });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Rebecca Thornton');
  await item.getByRole('button', { name: 'Mark “Call Rebecca about the budget” with Rebecca Thornton done' }).click();
  await expect(today.getByText('Call Rebecca about the budget')).toHaveCount(0);
  await expect(today.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
});

test('search finds people without typing diacritics or switching script', async ({ context, openPanel }) => {
  await serveRoutes(context, { [MALGORZATA.url]: MALGORZATA.file, [PAGES.olena.url]: PAGES.olena.file });
  const page = await context.newPage();
  await capture(page, MALGORZATA.url);
  await capture(page, PAGES.olena.url);

  const panel = new SidePanel(await openPanel());
  await expect(panel.pipeline.getByRole('listitem')).toHaveCount(2);
  const search = panel.page.getByRole('searchbox', { name: 'Search' });
  const found = panel.page.getByRole('list', { name: 'People found' });
  await search.fill('malgorzata');
  await expect(found.getByRole('listitem')).toHaveCount(1);
  await expect(found).toContainText('Małgorzata Wiśniewska-Żurek');
  await search.fill('olena');
  await expect(found.getByRole('listitem')).toHaveCount(1);
  await expect(found).toContainText('Олена Коваленко');
  // Opening a result shows the person.
  await found.getByRole('button', { name: /Олена Коваленко/ }).click();
  await expect(panel.page.getByRole('heading', { level: 2, name: 'Олена Коваленко' })).toBeVisible();
});

test('Ctrl+K opens the command palette; a view name and Enter switch views; Escape closes it', async ({
  openPanel,
}) => {
  const page = await openPanel();
  await expect(page.getByRole('tab', { name: 'On this page' })).toHaveAttribute('aria-selected', 'true');
  const palette = page.getByRole('dialog', { name: 'Command palette' });

  await page.keyboard.press('Control+K');
  await expect(palette).toBeVisible();
  await expect(palette.getByRole('combobox', { name: 'Command or person' })).toBeFocused();
  await page.keyboard.type('Insights');
  await expect(palette.getByRole('option').first()).toHaveText('Go to Insights');
  await page.keyboard.press('Enter');
  await expect(palette).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'Insights' })).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('Control+K');
  await expect(palette.getByRole('combobox', { name: 'Command or person' })).toBeFocused();
  await page.keyboard.type('today');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Today' })).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('Control+K');
  await expect(palette.getByRole('combobox', { name: 'Command or person' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(palette).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'Today' })).toHaveAttribute('aria-selected', 'true');
});

test('a notification click opens its prospect in the panel (panel:openProspect), once', async ({
  context,
  openPanel,
  worker,
}) => {
  await serveRoutes(context, { [PAGES.rebecca.url]: PAGES.rebecca.file, [PAGES.olena.url]: PAGES.olena.file });
  const site = await context.newPage();
  await capture(site, PAGES.rebecca.url);
  await capture(site, PAGES.olena.url);
  const first = await openPanel();
  const ids = await peopleIds(first);

  await first.close();
  const key = 'panel:openProspect';
  const rebecca = String(ids['Rebecca Thornton']);
  const olena = String(ids['Олена Коваленко']);
  // What the worker does when a notification is clicked (lib/reminders/notification-actions.ts).
  await worker.evaluate(([k, id]) => chrome.storage.session.set({ [k]: id }), [key, rebecca] as const);
  const page = await openPanel();
  await expect(page.getByRole('heading', { level: 2, name: 'Rebecca Thornton' })).toBeVisible();
  await expect.poll(() => page.evaluate((k) => chrome.storage.session.get(k), key)).toEqual({});

  // While the panel is open, the next click switches to that person.
  await worker.evaluate(([k, id]) => chrome.storage.session.set({ [k]: id }), [key, olena] as const);
  await expect(page.getByRole('heading', { level: 2, name: 'Олена Коваленко' })).toBeVisible();
  await expect.poll(() => page.evaluate((k) => chrome.storage.session.get(k), key)).toEqual({});
  // A reload does not reopen it: the key was taken.
  await page.reload();
  await expect(page.getByRole('tab', { name: 'On this page' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { level: 2, name: 'Олена Коваленко' })).toHaveCount(0);
});

test('a cadence from the prospect view shows a preview, then plans its touches as follow-ups; Stop cancels them', async ({
  context,
  openPanel,
}) => {
  await serveRoutes(context, { [PAGES.rebecca.url]: PAGES.rebecca.file });
  await capture(await context.newPage(), PAGES.rebecca.url);
  const panel = new SidePanel(await openPanel());
  await panel.pipeline.getByRole('button', { name: /Rebecca Thornton/ }).click();
  const prospect = panel.page.getByRole('article', { name: 'Rebecca Thornton' });
  const start = prospect.getByRole('form', { name: 'Start cadence' });
  await expect(start.getByRole('combobox', { name: 'Cadence to start' })).toContainText(
    'Seven touches in three weeks (7 touches)',
  );
  await start.getByRole('button', { name: 'Start cadence' }).click();
  // A preview of every touch with its date first; it starts on confirmation (issue 19).
  const planned = prospect.getByRole('list', { name: 'Planned touches' });
  await expect(planned.getByRole('listitem')).toHaveCount(7);
  await expect(planned.getByRole('listitem').first()).toContainText('Email — Introduction email');
  await prospect.getByRole('button', { name: 'Start 7 touches' }).click();
  const touches = prospect.getByRole('list', { name: 'Touches of Seven touches in three weeks' });
  await expect(touches.getByRole('listitem')).toHaveCount(7);
  await expect(touches.getByRole('listitem').first()).toContainText('Email — Introduction email');
  await expect(touches.getByRole('listitem').last()).toContainText('Last email: close the loop');
  await prospect.getByRole('button', { name: 'Stop cadence' }).click();
  await expect(touches).toHaveCount(0);
  await expect(start).toBeVisible();
});
