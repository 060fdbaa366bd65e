import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { PAGES, serveRoutes } from './site-routes';
import { SidePanel } from './pages/side-panel';
import { ADD, clickAdd, expectCount, expectStatus } from './pages/overlays';
import { readStore } from './pages/database';
import { axWait } from './lib/ax.mjs';

const CSV_DIR = path.resolve('tests/fixtures/csv');
type Person = { id: string; displayName: string; linkedinUrl: string | null };

/** Choose a file in "Import CSV", press the button that runs it, and wait for this outcome. */
async function importFile(options: Page, file: string, outcome: RegExp): Promise<void> {
  await options.getByLabel('Import CSV').setInputFiles(path.join(CSV_DIR, file));
  await options.getByRole('button', { name: /^Import / }).click();
  await expect(options.getByText(outcome)).toBeVisible({ timeout: 20_000 });
}

test('Connections.csv imported twice: no duplicates, and people captured from LinkedIn stay one each', async ({
  context,
  extensionId,
}) => {
  await serveRoutes(context, { [PAGES.rebecca.url]: PAGES.rebecca.file });
  const linkedin = await context.newPage();
  await linkedin.goto(PAGES.rebecca.url);
  await clickAdd(linkedin);
  await expectStatus(linkedin, /Prospecting/);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await importFile(options, 'linkedin-connections.csv', /^Imported 6\. Updated [01], skipped [01], failed 0\.$/);
  const first = await readStore<Person>(options, 'prospects');
  expect(first).toHaveLength(7);
  expect(first.filter((p) => p.displayName === 'Rebecca Thornton')).toHaveLength(1);
  await importFile(options, 'linkedin-connections.csv', /^Imported 0\. Updated 0, skipped 7, failed 0\.$/);
  expect(await readStore<Person>(options, 'prospects')).toEqual(first);
});

test('a Windows-1250 spreadsheet with semicolons reads “Łukasz Żółć”', async ({ context, extensionId, openPanel }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Import CSV').setInputFiles(path.join(CSV_DIR, 'excel-pl-windows-1250.csv'));
  await expect(options.getByRole('cell', { name: 'Żółć', exact: true })).toBeVisible();
  await expect(options.getByLabel('Encoding')).toHaveValue('windows-1250');
  await options.getByRole('button', { name: /^Import / }).click();
  await expect(options.getByText(/^Imported 4\./)).toBeVisible({ timeout: 20_000 });
  const panel = new SidePanel(await openPanel());
  await expect(panel.pipeline).toContainText('Łukasz Żółć');
});

test('a forgotten person’s profile says “Not tracked”, and an import containing them skips them', async ({
  context,
  extensionId,
  openPanel,
}) => {
  await serveRoutes(context, { [PAGES.marcus.url]: PAGES.marcus.file });
  const linkedin = await context.newPage();
  await linkedin.goto(PAGES.marcus.url);
  await clickAdd(linkedin);
  await expectStatus(linkedin, /Prospecting/);
  const panel = await openPanel();
  const [marcus] = await readStore<Person>(panel, 'prospects');
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?prospect=${marcus!.id}`);
  await panel.getByRole('button', { name: 'Forget this person' }).click();
  await panel.getByRole('button', { name: 'Forget', exact: true }).click();
  await expect.poll(async () => (await readStore<Person>(panel, 'prospects')).length).toBe(0);

  await linkedin.reload();
  await axWait(linkedin, { name: 'Not tracked' });
  await expectCount(linkedin, ADD, 0);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await importFile(options, 'linkedin-connections.csv', /^Imported 6\. Updated 0, skipped 1, failed 0\.$/);
  const people = await readStore<Person>(options, 'prospects');
  expect(people.map((p) => p.displayName)).not.toContain('Marcus Feldman');
});

test('a stage renamed in the options page shows in the side panel and on the page’s overlay', async ({
  context,
  extensionId,
  openPanel,
}) => {
  await serveRoutes(context, { [PAGES.rebecca.url]: PAGES.rebecca.file, [PAGES.marcus.url]: PAGES.marcus.file });
  // Captured before the rename: their overlay names the stage by its new name once the page loads again.
  const linkedin = await context.newPage();
  await linkedin.goto(PAGES.rebecca.url);
  await clickAdd(linkedin);
  await expectStatus(linkedin, /Prospecting/);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const section = options.getByRole('region', { name: 'Pipelines and stages' });
  await section.getByRole('textbox', { name: 'Name of stage 1' }).fill('Cold outreach');
  await section.getByRole('button', { name: 'Save' }).click();
  const panel = await openPanel('?view=pipeline');
  await expect(panel.getByText('Cold outreach').first()).toBeVisible();
  await linkedin.reload();
  await expectStatus(linkedin, /Cold outreach/);
  // Captured after it: the new deal lands in the renamed stage, and the overlay says so at once.
  await linkedin.goto(PAGES.marcus.url);
  await clickAdd(linkedin);
  await expectStatus(linkedin, /Cold outreach/);
});

test('a stage column puts each person on the board in the stage it names; an unknown stage is reported', async ({
  context,
  extensionId,
  openPanel,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await importFile(options, 'hubspot-stages.csv', /^Imported 2\. Updated 0, skipped 0, failed 0\.$/);
  await expect(options.getByText('Deals opened: 1.')).toBeVisible();
  await expect(options.getByText(/^Line 3: no stage named “Discovery call”/)).toBeVisible();
  const panel = await openPanel('?view=pipeline');
  // The board's Proposal column holds her deal (the panel is narrow: columns show as "stage: count").
  await expect(panel.getByRole('button', { name: 'Proposal: 1' })).toBeVisible();
  await importFile(options, 'hubspot-stages.csv', /^Imported 0\. Updated 0, skipped 2, failed 0\.$/);
  await expect(options.getByText('Deals opened: 1.')).toHaveCount(0);
});
