import type { Page, Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { COMPOSE_URL, HANNAH_THREAD_URL, PAGES, readPage, serveRoutes } from './site-routes';
import { axClick, axWait } from './lib/ax.mjs';
import { expectStatus, isChecked } from './pages/overlays';

const BOX = { role: 'checkbox', name: 'Follow up if no reply' } as const;

// Gmail's "Log email" and "Follow up if no reply". The messages are observed where they arrive (a
// listener added to the service worker next to the real ones); the stored results are read from the
// database through an extension page.

type Seen = { type: string; data: Record<string, unknown> };

/** Record every message of `types` the worker receives. */
async function recordMessages(worker: Worker, types: string[]): Promise<() => Promise<Seen[]>> {
  await worker.evaluate((wanted) => {
    const g = globalThis as unknown as { __seen?: Seen[] };
    g.__seen = [];
    const record = (m: { type?: string; data?: Record<string, unknown> }) => {
      if (m && typeof m.type === 'string' && wanted.includes(m.type))
        g.__seen?.push({ type: m.type, data: m.data ?? {} });
    };
    chrome.runtime.onMessage.addListener(record);
    // Content scripts send over their port (lib/messaging/transport/page-port.ts), opened when the page loads.
    chrome.runtime.onConnect.addListener((port) => port.onMessage.addListener(record));
  }, types);
  return () => worker.evaluate(() => (globalThis as unknown as { __seen: Seen[] }).__seen);
}

/** Gmail's toast text (tests/fixtures/variants/gmail-compose-*.html), shown in the snackbar. */
async function showToast(page: Page, inner: string, closeCompose: boolean) {
  await page.evaluate(
    ({ html, close }) => {
      if (close) document.querySelector('[role="dialog"][aria-label="Recruiting pilot – Tidewell"]')?.remove();
      const bar = document.querySelector<HTMLElement>('#snackbar');
      if (!bar) throw new Error('no snackbar');
      bar.style.display = '';
      bar.innerHTML = html;
    },
    { html: inner, close: closeCompose },
  );
}

const toastOf = (file: string) => /<div id="snackbar"[^>]*>([\s\S]*?)<\/div>/.exec(readPage(file))?.[1] ?? '';

test('compose: "Follow up if no reply" goes pending on Send, confirmed on "Message sent", cancelled on Undo', async ({
  context,
  worker,
}) => {
  await serveRoutes(context, { [PAGES.compose.url]: PAGES.compose.file });
  const seen = await recordMessages(worker, ['composeFollowUp']);
  const page = await context.newPage();
  await page.goto(COMPOSE_URL);

  // The compose overlay is in a closed root: reached as a screen reader does, pressed by real input.
  await axWait(page, BOX);
  const [days] = await axWait(page, { role: 'spinbutton', name: 'Days to wait for a reply' });
  expect(days).toBeDefined();
  await axClick(page, days!);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('5');
  await axClick(page, BOX);
  await expect.poll(() => isChecked(page, BOX.name)).toBe(true);

  await page.locator('div[role="button"].T-I.aoO').click();
  await expect.poll(async () => (await seen()).map((m) => m.data.state)).toEqual(['pending']);
  await showToast(page, toastOf('variants/gmail-compose-sent-toast.html'), true);
  await expect.poll(async () => (await seen()).map((m) => m.data.state)).toEqual(['pending', 'confirmed']);
  await showToast(page, toastOf('variants/gmail-compose-undo.html'), false);
  await expect.poll(async () => (await seen()).map((m) => m.data.state)).toEqual(['pending', 'confirmed', 'cancelled']);

  const messages = await seen();
  const [pending] = messages;
  expect(new Set(messages.map((m) => m.data.draftKey)).size).toBe(1);
  expect(pending?.data).toMatchObject({
    account: 'daniel.okafor@brightloop.io',
    subject: 'Recruiting pilot – Tidewell',
    days: 5,
    recipients: [
      { email: 'grace.oyelaran@tidewell.org', name: 'Grace Oyelaran' },
      { email: 'procurement@tidewell.org', name: null },
      { email: 'ben.holloway@tidewell.org', name: 'Ben Holloway' },
    ],
  });
  expect(Math.abs(Number(pending?.data.sendAt) - Date.now())).toBeLessThan(60_000);
});

test('compose: nothing is sent when the box is not ticked; Ctrl+Enter counts as Send', async ({ context, worker }) => {
  await serveRoutes(context, { [PAGES.compose.url]: PAGES.compose.file });
  const seen = await recordMessages(worker, ['composeFollowUp']);
  const page = await context.newPage();
  await page.goto(COMPOSE_URL);
  await axWait(page, BOX);
  await page.locator('div[role="button"].T-I.aoO').click();
  await page.waitForTimeout(300);
  expect(await seen()).toEqual([]);

  await axClick(page, BOX);
  await expect.poll(() => isChecked(page, BOX.name)).toBe(true);
  await page.getByRole('textbox', { name: 'Message Body' }).click();
  await page.keyboard.press('Control+Enter');
  await expect.poll(async () => (await seen()).map((m) => m.data.state)).toEqual(['pending']);
});

/** Email activities in the database, read from an extension page (same origin as the worker). */
async function emailActivities(panel: Page): Promise<{ personId: string; gmailMessageId: string }[]> {
  return panel.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('sidecar');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('activities').objectStore('activities').getAll();
          all.onsuccess = () => {
            resolve(
              (all.result as { kind: string; personId: string; gmailMessageId: string }[])
                .filter((a) => a.kind === 'email')
                .map(({ personId, gmailMessageId }) => ({ personId, gmailMessageId })),
            );
            open.result.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

test('thread: "Log email" puts each open message once on each participant\'s timeline, even clicked twice', async ({
  context,
  worker,
  openPanel,
}) => {
  await serveRoutes(context, { [PAGES.hannahThread.url]: PAGES.hannahThread.file });
  const seen = await recordMessages(worker, ['logEmail']);
  const page = await context.newPage();
  await page.goto(HANNAH_THREAD_URL);
  const LOG = { role: 'button', name: 'Log email' };
  await axWait(page, LOG);

  // Nobody in the thread is in the pipeline yet: Log email asks before adding them (issue 19).
  await axClick(page, LOG);
  await expectStatus(page, /Not in the pipeline yet: 3\. Add them and log\?/);
  // Unticked, the answer would be for this click only; ticked, it is kept for the next thread.
  await axClick(page, { role: 'checkbox', name: 'Remember my choice' });
  await axClick(page, { role: 'button', name: 'Add and log' });
  await expectStatus(page, /Logged/);
  const [asked, sent] = await seen();
  expect(asked?.data).toMatchObject({ unknown: 'ask' });
  expect(sent?.data).toMatchObject({
    unknown: 'add',
    remember: true,
    account: 'daniel.okafor@brightloop.io',
    threadUrl: 'https://mail.google.com/mail/?authuser=daniel.okafor@brightloop.io#all/19a9c2f0e1d4b3a1',
  });
  const messages = sent?.data.messages as { gmailMessageId: string; at: number; from: { email: string } }[];
  expect(messages.length).toBeGreaterThan(0);
  // Dated from Gmail's span.g3[title] ("Tue, Nov 25, 2026, 4:02 PM"), in the browser's time zone.
  const fixtureDates = [
    new Date(2026, 10, 18, 9, 14),
    new Date(2026, 10, 19, 14, 40),
    new Date(2026, 10, 25, 16, 2),
  ].map((d) => d.getTime());
  for (const m of messages) expect(fixtureDates).toContain(m.at);

  const panel = await openPanel();
  const first = await emailActivities(panel);
  expect(new Set(first.map((a) => a.personId)).size).toBe(3); // Hannah, Oskar, Priya; never the user

  // The answer was remembered: the second click logs without asking, and nothing twice.
  await axClick(page, LOG);
  await expect.poll(async () => (await seen()).length).toBe(3);
  await expectStatus(page, /Logged/);
  const second = await emailActivities(panel);
  expect(second.length).toBe(first.length);
  expect(new Set(second.map((a) => `${a.personId} ${a.gmailMessageId}`)).size).toBe(second.length);
});
