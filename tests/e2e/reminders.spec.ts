import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { PAGES, serveRoutes } from './site-routes';
import { sendFromPanel } from './pages/messages';
import { clickAdd, expectStatus } from './pages/overlays';

// Messages go from the side panel page in the transport's envelope, so they pass the same sender
// gate and zod parse as the real UI.
const send = sendFromPanel;

/** Read a whole object store of the extension's database (same origin as the panel page). */
const readStore = (panel: Page, store: string) =>
  panel.evaluate(
    (name) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('sidecar');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const q = open.result.transaction(name).objectStore(name).getAll();
          q.onsuccess = () => {
            resolve(q.result as Record<string, unknown>[]);
            open.result.close();
          };
          q.onerror = () => reject(q.error);
        };
      }),
    store,
  );

const notifications = (panel: Page) => panel.evaluate(() => chrome.notifications.getAll());
const badge = (panel: Page) => panel.evaluate(() => chrome.action.getBadgeText({}));

test('a follow-up due while the worker is stopped fires once when the alarm wakes it; done clears the badge', async ({
  context,
  openPanel,
  stopWorker,
}) => {
  await serveRoutes(context, { [PAGES.rebecca.url]: PAGES.rebecca.file });
  const page = await context.newPage();
  await page.goto(PAGES.rebecca.url);
  await clickAdd(page);
  await expectStatus(page, /Prospecting/);

  const panel = await openPanel();
  const [person] = await readStore(panel, 'prospects');
  const personId = String(person?.id);
  const scheduled = await send(panel, 'scheduleFollowUp', {
    personId,
    dealId: null,
    dueAt: Date.now() + 1_000,
    kind: 'call',
    note: 'Call Rebecca back',
  });
  expect(scheduled.ok, JSON.stringify(scheduled)).toBe(true);
  const followUpId = String(scheduled.value?.followUpId);
  const notificationId = `fu:${followUpId}`;

  await stopWorker();
  // Nothing but the alarm wakes the worker: pull the periodic scan forward (unpacked extensions
  // allow alarms this short; the same name replaces the periodic one).
  await panel.evaluate(() => chrome.alarms.create('sidecar:scan', { when: Date.now() + 1_500, periodInMinutes: 1 }));
  await expect.poll(() => notifications(panel), { timeout: 15_000 }).toHaveProperty(notificationId, true);
  const [fired] = await readStore(panel, 'followUps');
  expect(fired?.notifiedAt).toEqual(expect.any(Number));
  expect(await badge(panel)).toBe('1');

  // More scans (another early alarm) do not fire it again: notifiedAt stays, the outbox is empty.
  await panel.evaluate(() => chrome.alarms.create('sidecar:scan', { when: Date.now() + 300, periodInMinutes: 1 }));
  await panel.waitForTimeout(2_000);
  const [after] = await readStore(panel, 'followUps');
  expect(after?.notifiedAt).toBe(fired?.notifiedAt);
  expect(await readStore(panel, 'reminderOutbox')).toEqual([]);
  expect(Object.keys(await notifications(panel)).filter((id) => id.startsWith('fu:'))).toEqual([notificationId]);

  expect(await send(panel, 'completeFollowUp', { followUpId })).toEqual({ ok: true, value: {} });
  await expect.poll(() => badge(panel)).toBe('');
  const [done] = await readStore(panel, 'followUps');
  expect(done).toMatchObject({ done: true });
});

test('the alarm is there after start, one periodic scan', async ({ openPanel }) => {
  const panel = await openPanel();
  await expect
    .poll(() => panel.evaluate(async () => (await chrome.alarms.getAll()).map((a) => [a.name, a.periodInMinutes])))
    .toEqual([['sidecar:scan', 1]]);
});
