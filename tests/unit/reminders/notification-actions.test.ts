import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { notificationIdFor, SUMMARY_NOTIFICATION_ID } from '@/lib/domain/reminder-plan';
import { SCAN_ALARM } from '@/lib/reminders/alarm';
import { computeSnoozeUntil, DONE_BUTTON, SNOOZE_BUTTON } from '@/lib/reminders/notification-actions';
import { createReminders, registerReminders } from '@/lib/reminders/reminders';
import { CAUGHT_UP_KEY } from '@/lib/reminders/scan';
import { addFollowUp, createHarness, type Harness } from './harness';

const T0 = Date.UTC(2026, 2, 16, 10); // Monday 11:00 in Warsaw
const wt = { timeZone: 'Europe/Warsaw', workingDays: [1, 2, 3, 4, 5], dayStart: '09:00', dayEnd: '17:00' };

describe('notification buttons and clicks', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness(T0);
    await fakeBrowser.storage.session.set({ [CAUGHT_UP_KEY]: true });
  });

  it('Done completes the follow-up, clears the notification and lowers the badge', async () => {
    const f = await addFollowUp(h, { dueAt: T0 - 60_000 });
    const r = createReminders(h.env);
    registerReminders(h.env.browser, r);
    await r.onAlarm({ name: SCAN_ALARM });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    await r.onNotificationButtonClicked(notificationIdFor(f.id), DONE_BUTTON);
    expect(await h.db.followUps.get(f.id)).toMatchObject({ done: true, doneAt: T0 });
    expect(h.shown()).toEqual({});
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('Snooze moves it an hour on, and it fires once more then', async () => {
    const f = await addFollowUp(h, { dueAt: T0 - 60_000 });
    const r = createReminders(h.env);
    await r.onAlarm({ name: SCAN_ALARM });
    await r.onNotificationButtonClicked(notificationIdFor(f.id), SNOOZE_BUTTON);
    expect((await h.db.followUps.get(f.id))?.snoozedUntil).toBe(T0 + 3_600_000);
    expect(h.shown()).toEqual({});
    h.advance(3_600_000);
    await r.onAlarm({ name: SCAN_ALARM });
    expect(Object.keys(h.shown())).toEqual([notificationIdFor(f.id)]);
  });

  it('snooze never lands outside working time: after hours it is the next working morning', () => {
    const friday1630 = Date.parse('2026-03-20T15:30:00Z');
    expect(new Date(computeSnoozeUntil(friday1630, wt)).toISOString()).toBe('2026-03-23T08:00:00.000Z');
    const monday0730 = Date.parse('2026-03-16T06:30:00Z');
    expect(new Date(computeSnoozeUntil(monday0730, wt)).toISOString()).toBe('2026-03-16T08:00:00.000Z');
    expect(computeSnoozeUntil(T0, wt)).toBe(T0 + 3_600_000);
  });

  it('a click falls back to a tab with the prospect when the side panel refuses (no user gesture)', async () => {
    const f = await addFollowUp(h, { dueAt: T0 - 60_000 });
    const open = vi
      .fn()
      .mockRejectedValue(new Error('`sidePanel.open()` may only be called in response to a user gesture.'));
    const windows = { getLastFocused: async () => ({ id: 1 }) } as never;
    const env = { ...h.env, browser: { ...h.env.browser, sidePanel: { open }, windows } };
    const r = createReminders(env);
    await r.onAlarm({ name: SCAN_ALARM });
    await r.onNotificationClicked(notificationIdFor(f.id));
    expect(open).toHaveBeenCalledOnce();
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(fakeBrowser.runtime.getURL(`/sidepanel.html?prospect=${h.personId}`));
    expect(h.shown()).toEqual({});
  });

  it('a click opens the side panel when it may, telling the panel which prospect', async () => {
    const f = await addFollowUp(h, { dueAt: T0 - 60_000 });
    const open = vi.fn().mockResolvedValue(undefined);
    const windows = { getLastFocused: async () => ({ id: 1 }) } as never;
    const r = createReminders({ ...h.env, browser: { ...h.env.browser, sidePanel: { open }, windows } });
    await r.onNotificationClicked(notificationIdFor(f.id));
    expect(open).toHaveBeenCalledWith({ windowId: 1 });
    expect(await fakeBrowser.storage.session.get('panel:openProspect')).toEqual({ 'panel:openProspect': h.personId });
  });

  it('the summary opens the panel page; unknown notifications are ignored', async () => {
    const r = createReminders(h.env); // fakeBrowser has no sidePanel: Firefox-like, straight to a tab
    await r.onNotificationClicked('not-ours');
    await r.onNotificationButtonClicked('not-ours', DONE_BUTTON);
    await r.onNotificationClicked(SUMMARY_NOTIFICATION_ID);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(fakeBrowser.runtime.getURL('/sidepanel.html'));
  });
});
