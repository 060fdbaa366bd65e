import { test, expect } from './fixtures';
import { axWait } from './lib/ax.mjs';
import { sendMessage as send } from './lib/protocol';
import { peopleIds } from './pages/people-ids';
import { PAGES, serveRoutes } from './site-routes';

// Issue 19: an SDR's first day with the built extension, the panel at 360 px.

test.use({ viewport: { width: 360, height: 720 } });

test('Add all on a search page puts everyone in the first stage; a keyboard move says so, and Undo puts it back', async ({
  context,
  openPanel,
  tabIdOf,
}) => {
  await serveRoutes(context, { [PAGES.search.url]: PAGES.search.file });
  const site = await context.newPage();
  await site.goto(`${PAGES.search.url}?keywords=revenue%20operations`);
  await axWait(site, { role: 'button', name: 'Add to pipeline' });
  const panel = await openPanel(`?tabId=${await tabIdOf(site)}`);

  await panel.getByRole('button', { name: /^Add all \(\d+\)$/ }).click();
  const dialog = panel.getByRole('dialog', { name: /^Add \d+ people to the pipeline\?$/ });
  const names = await dialog.getByRole('list', { name: 'People to add' }).getByRole('listitem').allTextContents();
  expect(names.length).toBeGreaterThanOrEqual(3);
  await dialog.getByRole('button', { name: `Add ${names.length} people` }).click();
  await expect(panel.getByText(`Added ${names.length} people to the pipeline`)).toBeVisible();

  // Every one of them is a card in the first stage, each name once in the Pipeline list.
  await panel.getByRole('tab', { name: 'Pipeline' }).click();
  const cards = panel.getByRole('list', { name: 'Deals in this stage' }).getByRole('listitem');
  await expect(cards).toHaveCount(names.length);
  const first = cards.first();
  const label = (await first.getAttribute('aria-label')) ?? '';
  const person = names.find((n) => label.endsWith(`, ${n}`));
  expect(person, `a card for one of ${names.join(', ')}: ${label}`).toBeTruthy();

  // Move it by keyboard: the toast names the person, focus stays on the board, Undo brings it back.
  await first.focus();
  await panel.keyboard.press('Shift+ArrowRight');
  const toast = panel.locator('.toast', { hasText: `Moved ${person} to Qualification` });
  await expect(toast).toBeVisible();
  await expect(cards).toHaveCount(names.length - 1);
  expect(await panel.evaluate(() => document.activeElement?.closest('.deal-board') !== null)).toBe(true);
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(panel.getByText('Undone.')).toBeVisible();
  await expect(cards).toHaveCount(names.length);
  await expect(panel.getByRole('listitem', { name: label })).toBeVisible();
});

test("Write email beside a Gmail tab opens Gmail's compose for that account, filled from a template", async ({
  context,
  openPanel,
}) => {
  const inbox = '<!doctype html><title>Inbox</title><p>Inbox</p>';
  await serveRoutes(context, { 'https://mail.google.com/mail/u/1/': { body: inbox } });
  const gmail = await context.newPage();
  await gmail.goto('https://mail.google.com/mail/u/1/#inbox');
  const panel = await openPanel();
  await send(panel, 'captureManual', {
    contact: {
      key: 'manual:anna',
      site: 'gmail',
      name: 'Anna Nowak',
      linkedinUrl: null,
      salesNavUrl: null,
      emails: ['anna@acme.example'],
      headline: null,
      title: null,
      company: 'Acme',
      location: null,
      role: null,
      automated: false,
    },
    pageKind: 'other',
    url: 'https://mail.google.com/mail/u/1/',
  });
  const id = (await peopleIds(panel))['Anna Nowak'];
  await panel.goto(`${panel.url().split('?')[0]}?prospect=${id}`);
  const card = panel.getByRole('article', { name: 'Anna Nowak' });
  await expect(card.getByRole('link', { name: 'anna@acme.example' })).toHaveAttribute(
    'href',
    'mailto:anna@acme.example',
  );
  await card.getByRole('button', { name: 'Write email' }).click();
  const form = card.getByRole('form', { name: 'Write email' });
  await form.getByRole('combobox', { name: 'Template' }).selectOption('builtin:intro');
  await expect(form.getByRole('textbox', { name: 'Subject' })).toHaveValue('Acme and a quick idea');
  const [compose] = await Promise.all([
    context.waitForEvent('page'),
    form.getByRole('link', { name: 'Open in Gmail' }).click(),
  ]);
  // Compose cannot load offline: the URL it was opened at is the assertion.
  await expect.poll(() => compose.url()).toContain('https://mail.google.com/mail/u/1/?view=cm&fs=1&');
  const query = new URL(compose.url()).searchParams;
  expect([query.get('to'), query.get('su')]).toEqual(['anna@acme.example', 'Acme and a quick idea']);
  expect(query.get('body')).toMatch(/^Hi Anna,/);
});
