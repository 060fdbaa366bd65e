import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatBadge, refreshBadge } from '@/lib/reminders/badge';
import { createReminders } from '@/lib/reminders/reminders';
import { addFollowUp, createHarness } from './harness';

const badge = () => fakeBrowser.action.getBadgeText({});

describe('the toolbar badge', () => {
  it("counts what is due today in the user's zone on a 23-hour DST day, overdue included", async () => {
    // 2026-03-29: Warsaw springs forward at 02:00, so the local day ends at 22:00Z, not 23:00Z.
    const now = Date.parse('2026-03-29T08:00:00Z');
    const h = await createHarness(now, { timeZone: 'Europe/Warsaw' });
    await addFollowUp(h, { dueAt: Date.parse('2026-03-27T08:00:00Z') }); // overdue: still on today's list
    await addFollowUp(h, { dueAt: Date.parse('2026-03-29T21:30:00Z') }); // 23:30 local today
    await addFollowUp(h, { dueAt: Date.parse('2026-03-29T22:30:00Z') }); // 00:30 local tomorrow
    await addFollowUp(h, { dueAt: now - 1, snoozedUntil: Date.parse('2026-03-30T07:00:00Z') }); // snoozed to tomorrow
    await addFollowUp(h, { dueAt: now - 1, done: true, doneAt: now });
    expect(await refreshBadge(h.env)).toBe(2);
    expect(await badge()).toBe('2');
  });

  it('follows the time zone in the settings', async () => {
    const now = Date.parse('2026-06-10T20:00:00Z');
    const due = Date.parse('2026-06-11T01:00:00Z');
    const la = await createHarness(now, { timeZone: 'America/Los_Angeles' }); // 13:00 → 18:00 today
    await addFollowUp(la, { dueAt: due });
    expect(await refreshBadge(la.env)).toBe(1);
    const bangkok = await createHarness(now, { timeZone: 'Asia/Bangkok' }); // 03:00 → 08:00 the same day
    await addFollowUp(bangkok, { dueAt: due });
    expect(await refreshBadge(bangkok.env)).toBe(1);
    const warsaw = await createHarness(now, { timeZone: 'Europe/Warsaw' }); // 22:00 → 03:00 tomorrow
    await addFollowUp(warsaw, { dueAt: due });
    expect(await refreshBadge(warsaw.env)).toBe(0);
    expect(await badge()).toBe('');
  });

  it('is set on worker start and moves past midnight with the scan', async () => {
    const h = await createHarness(Date.parse('2026-03-16T22:50:00Z'), { timeZone: 'Europe/Warsaw' }); // 23:50 Monday
    await addFollowUp(h, { dueAt: Date.parse('2026-03-17T08:00:00Z') });
    const r = createReminders(h.env);
    await r.start();
    expect(await badge()).toBe('');
    h.advance(15 * 60_000);
    await r.onAlarm({ name: 'sidecar:scan' });
    expect(await badge()).toBe('1');
  });

  it('fits the button', () => {
    expect([0, 7, 99, 100, 4_000].map(formatBadge)).toEqual(['', '7', '99', '99+', '99+']);
  });
});
