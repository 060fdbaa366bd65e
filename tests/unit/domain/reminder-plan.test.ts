import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { completeFollowUp, rescheduleFollowUp, snoozeFollowUp, type FollowUp } from '../../../lib/domain/follow-up';
import {
  SUMMARY_NOTIFICATION_ID,
  countDueToday,
  findNextReminderAt,
  followUpIdFromNotificationId,
  notificationIdFor,
  planCatchUp,
  planReminders,
} from '../../../lib/domain/reminder-plan';
import { makeFollowUp, uuid } from './follow-up.fixture';

const t = (iso: string) => Date.parse(iso);
const MINUTE = 60_000;

/** Apply a plan's updates to the store, the way the background does inside one transaction. */
function applyUpdates(store: FollowUp[], updates: readonly FollowUp[]): FollowUp[] {
  const byId = new Map(updates.map((u) => [u.id, u]));
  return store.map((f) => byId.get(f.id) ?? f);
}

describe('notification ids', () => {
  it('round-trip any follow-up id and reject others', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (id) => followUpIdFromNotificationId(notificationIdFor(id)) === id),
    );
    expect(notificationIdFor(uuid(7))).toBe(`fu:${uuid(7)}`);
    expect(followUpIdFromNotificationId(SUMMARY_NOTIFICATION_ID)).toBeNull();
    expect(followUpIdFromNotificationId('fu:')).toBeNull();
    expect(followUpIdFromNotificationId('other:123')).toBeNull();
  });
});

describe('planReminders', () => {
  const due = t('2026-03-27T09:00:00Z');

  it('notifies due, open, unsnoozed follow-ups, earliest first', () => {
    const a = makeFollowUp({ id: uuid(1), dueAt: due });
    const b = makeFollowUp({ id: uuid(2), dueAt: due - MINUTE });
    const future = makeFollowUp({ id: uuid(3), dueAt: due + MINUTE });
    const done = completeFollowUp(makeFollowUp({ id: uuid(4), dueAt: due - MINUTE }), due);
    const snoozed = makeFollowUp({ id: uuid(5), dueAt: due - MINUTE, snoozedUntil: due + MINUTE });
    const plan = planReminders([a, b, future, done, snoozed], due);
    expect(plan.notify.map((f) => f.id)).toEqual([uuid(2), uuid(1)]);
    expect(plan.updates.map((f) => [f.id, f.notifiedAt, f.updatedAt])).toEqual([
      [uuid(2), due, due],
      [uuid(1), due, due],
    ]);
  });

  it('fires once, then once more after a snooze, then never again', () => {
    let store = [makeFollowUp({ dueAt: due })];
    const fired: number[] = [];
    const tick = (now: number) => {
      const plan = planReminders(store, now);
      fired.push(...plan.notify.map(() => now));
      store = applyUpdates(store, plan.updates);
    };
    tick(due);
    tick(due + MINUTE);
    store = store.map((f) => snoozeFollowUp(f, due + 60 * MINUTE, due + 2 * MINUTE));
    for (let m = 3; m <= 180; m += 1) tick(due + m * MINUTE);
    expect(fired).toEqual([due, due + 60 * MINUTE]);
  });

  it('fires again once after a reschedule, even to a past time', () => {
    const notified = makeFollowUp({ dueAt: due, notifiedAt: due + 5 });
    expect(planReminders([notified], due + MINUTE).notify).toEqual([]);
    const moved = rescheduleFollowUp(notified, due - MINUTE, due + MINUTE);
    expect(planReminders([moved], due + 2 * MINUTE).notify).toHaveLength(1);
  });
});

describe('with a fake clock', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(t('2026-03-27T08:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('an alarm every minute notifies each follow-up exactly once', () => {
    let store = [0, 7, 7, 65, 300].map((m, i) => makeFollowUp({ id: uuid(i + 1), dueAt: Date.now() + m * MINUTE }));
    const counts = new Map<string, number>();
    setInterval(() => {
      const plan = planReminders(store, Date.now());
      for (const f of plan.notify) counts.set(f.id, (counts.get(f.id) ?? 0) + 1);
      store = applyUpdates(store, plan.updates);
    }, MINUTE);
    vi.advanceTimersByTime(8 * 60 * MINUTE);
    expect([...counts.values()]).toEqual([1, 1, 1, 1, 1]);
    expect(findNextReminderAt(store, Date.now())).toBeNull();
  });
});

describe('planCatchUp', () => {
  const now = t('2026-03-30T08:00:00Z');
  const makeMany = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      makeFollowUp({ id: uuid(i + 1), dueAt: t('2026-03-28T10:00:00Z') + i * MINUTE }),
    );

  it('shows a few one by one', () => {
    const plan = planCatchUp(makeMany(3), now);
    expect(plan.individual).toHaveLength(3);
    expect(plan.summary).toBeNull();
    expect(plan.updates).toHaveLength(3);
  });

  it('groups more than N into one summary, and shows nothing the second time', () => {
    const store = makeMany(5);
    const plan = planCatchUp(store, now, 3);
    expect(plan.individual).toEqual([]);
    expect(plan.summary).toEqual({ followUpIds: [1, 2, 3, 4, 5].map(uuid), count: 5 });
    const again = planCatchUp(applyUpdates(store, plan.updates), now + MINUTE, 3);
    expect(again).toEqual({ individual: [], summary: null, updates: [] });
  });

  it('skips what was already notified before the browser closed', () => {
    const store = [
      makeFollowUp({ id: uuid(9), dueAt: now - 60 * MINUTE, notifiedAt: now - 59 * MINUTE }),
      ...makeMany(1),
    ];
    expect(planCatchUp(store, now).individual.map((f) => f.id)).toEqual([uuid(1)]);
  });
});

describe('findNextReminderAt', () => {
  it('finds the earliest future effective due time of open follow-ups', () => {
    const now = t('2026-03-27T09:00:00Z');
    const store = [
      makeFollowUp({ id: uuid(1), dueAt: now + 10 * MINUTE, snoozedUntil: now + 90 * MINUTE }),
      makeFollowUp({ id: uuid(2), dueAt: now + 30 * MINUTE }),
      completeFollowUp(makeFollowUp({ id: uuid(3), dueAt: now + 5 * MINUTE }), now),
      makeFollowUp({ id: uuid(4), dueAt: now - MINUTE }),
    ];
    expect(findNextReminderAt(store, now)).toBe(now + 30 * MINUTE);
  });
});

describe('countDueToday', () => {
  it('counts open follow-ups due by the end of the local day, overdue included (Warsaw)', () => {
    const now = t('2026-03-24T10:00:00+01:00');
    const store = [
      makeFollowUp({ id: uuid(1), dueAt: t('2026-03-23T09:00:00+01:00') }),
      makeFollowUp({ id: uuid(2), dueAt: t('2026-03-24T23:59:00+01:00') }),
      makeFollowUp({ id: uuid(3), dueAt: t('2026-03-25T00:00:00+01:00') }),
      completeFollowUp(makeFollowUp({ id: uuid(4), dueAt: t('2026-03-24T09:00:00+01:00') }), now),
      makeFollowUp({
        id: uuid(5),
        dueAt: t('2026-03-24T09:00:00+01:00'),
        snoozedUntil: t('2026-03-25T09:00:00+01:00'),
      }),
    ];
    expect(countDueToday(store, now, 'Europe/Warsaw')).toBe(2);
  });

  it('decides "today" in the user zone (Bangkok, New York, Istanbul)', () => {
    const store = [makeFollowUp({ dueAt: t('2026-03-28T02:00:00Z') })]; // Sat 09:00 Bangkok, Fri 22:00 New York
    const now = t('2026-03-27T18:00:00Z'); // Sat 01:00 Bangkok, Fri 14:00 New York
    expect(countDueToday(store, now, 'Asia/Bangkok')).toBe(1);
    expect(countDueToday(store, now, 'America/New_York')).toBe(1);
    expect(countDueToday(store, now, 'Europe/Istanbul')).toBe(0); // Fri 21:00, due Sat 05:00
  });

  it('uses the real end of a 23-hour day (New York, 2026-03-08)', () => {
    const now = t('2026-03-08T12:00:00-04:00');
    const store = [
      makeFollowUp({ id: uuid(1), dueAt: t('2026-03-08T23:30:00-04:00') }),
      makeFollowUp({ id: uuid(2), dueAt: t('2026-03-09T00:30:00-04:00') }),
    ];
    expect(countDueToday(store, now, 'America/New_York')).toBe(1);
  });
});
