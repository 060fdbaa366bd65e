import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SCAN_ALARM } from '@/lib/reminders/alarm';
import { BACKUP_NOTIFICATION_ID, RETENTION_NOTIFICATION_ID, runDataReminders } from '@/lib/reminders/data-reminders';
import { createReminders } from '@/lib/reminders/reminders';
import { CAUGHT_UP_KEY } from '@/lib/reminders/scan';
import { updateSettings } from '@/lib/worker/pipelines';
import { createHarness, type Harness } from './harness';

const T0 = Date.UTC(2026, 2, 16, 10);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('backup and retention reminders', () => {
  let h: Harness;
  let created: string[];
  beforeEach(async () => {
    h = await createHarness(T0);
    await fakeBrowser.storage.session.set({ [CAUGHT_UP_KEY]: true });
    created = [];
    const original = fakeBrowser.notifications.create.bind(fakeBrowser.notifications);
    vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation(((id: string, options: never) => {
      created.push(id);
      return original(id, options);
    }) as never);
  });
  const settle = (patch: Record<string, unknown>) => updateSettings(h.db, { patch }, { now: h.now() });

  it('asks for a backup once per period (weekly by default) from the scan, never on the first day', async () => {
    const reminders = createReminders(h.env);
    expect(await reminders.onAlarm({ name: SCAN_ALARM })).toMatchObject({ shown: 0 });
    h.advance(7 * DAY);
    expect(await reminders.onAlarm({ name: SCAN_ALARM })).toMatchObject({ shown: 1 });
    expect(h.shown()[BACKUP_NOTIFICATION_ID]).toMatchObject({
      title: 'Time for a backup',
      message: expect.stringContaining('download a backup'),
    });
    h.advance(HOUR);
    await reminders.onAlarm({ name: SCAN_ALARM });
    h.advance(3 * DAY);
    await reminders.onAlarm({ name: SCAN_ALARM });
    expect(created).toEqual([BACKUP_NOTIFICATION_ID]);
    h.advance(4 * DAY);
    await reminders.onAlarm({ name: SCAN_ALARM });
    expect(created).toEqual([BACKUP_NOTIFICATION_ID, BACKUP_NOTIFICATION_ID]);
  });

  it('a backup downloaded puts the next reminder a period after it; off, none at all', async () => {
    await runDataReminders(h.env);
    h.advance(6 * DAY);
    await settle({ backup: { everyDays: 7, lastAt: h.now() } });
    h.advance(6 * DAY);
    expect(await runDataReminders(h.env)).toEqual([]);
    h.advance(DAY);
    expect(await runDataReminders(h.env)).toEqual([BACKUP_NOTIFICATION_ID]);
    await settle({ backup: { everyDays: 0, lastAt: null } });
    h.advance(60 * DAY);
    expect(await runDataReminders(h.env)).toEqual([]);
  });

  it('asks for a retention review when someone is past the period, once a week; off (the default), never', async () => {
    await settle({ backup: { everyDays: 0, lastAt: null } });
    expect(await runDataReminders(h.env)).toEqual([]);
    await settle({ retentionMonths: 12 });
    expect(await runDataReminders(h.env)).toEqual([RETENTION_NOTIFICATION_ID]);
    expect(h.shown()[RETENTION_NOTIFICATION_ID]).toMatchObject({ title: 'People to review' });
    h.advance(DAY);
    expect(await runDataReminders(h.env)).toEqual([]);
    h.advance(6 * DAY);
    expect(await runDataReminders(h.env)).toEqual([RETENTION_NOTIFICATION_ID]);
    // Nobody left past the period: no reminder.
    await h.db.prospects.clear();
    h.advance(7 * DAY);
    expect(await runDataReminders(h.env)).toEqual([]);
  });

  it('a click on one opens the options page', async () => {
    const open = vi.spyOn(fakeBrowser.tabs, 'create');
    await createReminders(h.env).onNotificationClicked(BACKUP_NOTIFICATION_ID);
    expect(open).toHaveBeenCalledWith({ url: expect.stringMatching(/\/options\.html$/) });
  });
});
