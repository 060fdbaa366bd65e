import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { notificationIdFor, SUMMARY_NOTIFICATION_ID } from '@/lib/domain/reminder-plan';
import { completeFollowUp, snoozeFollowUp } from '@/lib/worker/follow-ups';
import { SCAN_ALARM } from '@/lib/reminders/alarm';
import { OUTBOX_LEASE_MS } from '@/lib/reminders/deliver';
import type { ReminderEnv } from '@/lib/reminders/env';
import { createReminders } from '@/lib/reminders/reminders';
import { CAUGHT_UP_KEY } from '@/lib/reminders/scan';
import { addFollowUp, createHarness, type Harness } from './harness';

const T0 = Date.UTC(2026, 2, 16, 10); // Monday 11:00 in Warsaw
const MIN = 60_000;
const scan = { name: SCAN_ALARM };

/** Count notifications.create calls per id on the fake browser. */
function countCreates(): Map<string, number> {
  const counts = new Map<string, number>();
  const original = fakeBrowser.notifications.create.bind(fakeBrowser.notifications);
  vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation(((id: string, options: never) => {
    counts.set(id, (counts.get(id) ?? 0) + 1);
    return original(id, options);
  }) as never);
  return counts;
}

describe('the periodic scan', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness(T0);
    // Past the browser-start catch-up, so these scans notify one by one.
    await fakeBrowser.storage.session.set({ [CAUGHT_UP_KEY]: true });
  });

  it('fires a due follow-up once, with the person, the note and Done / Snooze', async () => {
    const f = await addFollowUp(h, { dueAt: T0 - MIN, note: 'Send the proposal' });
    await addFollowUp(h, { dueAt: T0 + 10 * MIN });
    const result = await createReminders(h.env).onAlarm(scan);
    expect(result).toMatchObject({ catchUp: false, claimed: 1, shown: 1 });
    expect(h.shown()).toEqual({
      [notificationIdFor(f.id)]: expect.objectContaining({
        title: 'Follow up with Łucja Żak',
        message: 'Call · Send the proposal',
        buttons: [{ title: 'Done' }, { title: 'Snooze' }],
      }),
    });
    expect((await h.db.followUps.get(f.id))?.notifiedAt).toBe(T0);
    expect(await h.db.reminderOutbox.count()).toBe(0);
  });

  it('fires each due follow-up exactly once across two overlapping scans (two worker instances)', async () => {
    const counts = countCreates();
    const due = await Promise.all([1, 2, 3].map((i) => addFollowUp(h, { dueAt: T0 - i * MIN })));
    const [a, b] = [createReminders(h.env), createReminders(h.env)];
    await Promise.all([a.onAlarm(scan), b.onAlarm(scan), a.onAlarm(scan), b.onAlarm(scan)]);
    h.advance(MIN);
    await Promise.all([a.onAlarm(scan), b.onAlarm(scan)]);
    expect([...counts.entries()].sort()).toEqual(due.map((f) => [notificationIdFor(f.id), 1]).sort());
  });

  it('a worker killed between commit and notification: delivered once by the next worker, never twice', async () => {
    const counts = countCreates();
    const f = await addFollowUp(h, { dueAt: T0 - MIN });
    // The dying worker: its notification call never returns (the worker is gone).
    const dying: ReminderEnv = {
      ...h.env,
      browser: {
        ...h.env.browser,
        notifications: { ...h.env.browser.notifications, create: () => new Promise<string>(() => {}) },
      },
    };
    void createReminders(dying).onAlarm(scan);
    await vi.waitFor(async () => expect((await h.db.followUps.get(f.id))?.notifiedAt).toBe(T0));
    await vi.waitFor(async () =>
      expect((await h.db.reminderOutbox.toArray())[0]?.leaseUntil).toBe(T0 + OUTBOX_LEASE_MS),
    );
    expect(h.shown()).toEqual({});

    const next = createReminders(h.env);
    await next.start(); // restarted at once: the lease still holds, nothing is doubled
    expect(counts.get(notificationIdFor(f.id)) ?? 0).toBe(0);
    h.advance(OUTBOX_LEASE_MS);
    await next.onAlarm(scan);
    h.advance(MIN);
    await next.onAlarm(scan);
    await next.start();
    expect(counts.get(notificationIdFor(f.id))).toBe(1);
    expect(await h.db.reminderOutbox.count()).toBe(0);
  });

  it('a snoozed follow-up fires once more at the new time, and only once', async () => {
    const counts = countCreates();
    const f = await addFollowUp(h, { dueAt: T0 - MIN });
    const r = createReminders(h.env);
    await r.onAlarm(scan);
    await snoozeFollowUp(h.db, { followUpId: f.id, until: T0 + 30 * MIN }, { now: T0 });
    for (let i = 0; i < 40; i++) {
      h.advance(MIN);
      await r.onAlarm(scan);
    }
    expect(counts.get(notificationIdFor(f.id))).toBe(2);
  });

  it('does not show a reminder for a follow-up done before its notification went out', async () => {
    const f = await addFollowUp(h, { dueAt: T0 - MIN });
    await h.db.reminderOutbox.add({
      id: notificationIdFor(f.id),
      followUpIds: [f.id],
      summary: false,
      createdAt: T0,
      leaseUntil: null,
    });
    await completeFollowUp(h.db, { followUpId: f.id }, { now: T0 });
    await createReminders(h.env).start();
    expect(h.shown()).toEqual({});
    expect(await h.db.reminderOutbox.count()).toBe(0);
  });
});

describe('the catch-up on browser start', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness(T0);
  });

  /** The browser was closed: storage.session is gone. */
  const restartBrowser = () => fakeBrowser.storage.session.clear();

  it('shows what came due while closed once, grouped into one summary above three', async () => {
    const r = createReminders(h.env);
    await fakeBrowser.storage.session.set({ [CAUGHT_UP_KEY]: true });
    const seen = await addFollowUp(h, { dueAt: T0 - 2 * MIN });
    await r.onAlarm(scan);
    await restartBrowser();
    h.advance(3 * 24 * 60 * MIN);
    const missed = await Promise.all([1, 2, 3, 4, 5].map((i) => addFollowUp(h, { dueAt: T0 + i * 60 * MIN })));
    fakeBrowser.notifications.resetState();
    const counts = countCreates();
    // onStartup and the overdue alarm race at start: whichever runs first is the catch-up.
    const [startup, alarm] = await Promise.all([r.onStartup(), r.onAlarm(scan)]);
    expect([startup.catchUp, alarm?.catchUp]).toEqual([true, false]);
    expect([...counts.keys()]).toEqual([SUMMARY_NOTIFICATION_ID]);
    expect(h.shown()[SUMMARY_NOTIFICATION_ID]).toMatchObject({ title: 'Follow-ups due: 5' });
    expect((await h.db.followUps.bulkGet(missed.map((f) => f.id))).every((f) => f?.notifiedAt === h.now())).toBe(true);
    expect((await h.db.followUps.get(seen.id))?.notifiedAt).toBe(T0);
    h.advance(MIN);
    await r.onAlarm(scan);
    expect(counts.get(SUMMARY_NOTIFICATION_ID)).toBe(1);
    expect(counts.size).toBe(1);
  });

  it('shows up to three one by one, with their buttons', async () => {
    await restartBrowser();
    const missed = await Promise.all([1, 2, 3].map((i) => addFollowUp(h, { dueAt: T0 - i * MIN })));
    await createReminders(h.env).onStartup();
    expect(Object.keys(h.shown()).sort()).toEqual(missed.map((f) => notificationIdFor(f.id)).sort());
  });

  it('on Firefox (no buttons) the notification has none', async () => {
    const firefox = await createHarness(T0, { buttons: false });
    await addFollowUp(firefox, { dueAt: T0 - MIN });
    await createReminders(firefox.env).onStartup();
    const [options] = Object.values(firefox.shown());
    expect(options).toBeDefined();
    expect(options && 'buttons' in options).toBe(false);
  });
});
