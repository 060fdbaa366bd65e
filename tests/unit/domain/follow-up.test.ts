import { describe, expect, it } from 'vitest';
import {
  FollowUpSchema,
  cancelFollowUp,
  compareByDue,
  completeFollowUp,
  effectiveDueAt,
  isDue,
  isDueToday,
  isOverdue,
  reopenFollowUp,
  rescheduleFollowUp,
  snoozeFollowUp,
  startOfNextLocalDay,
} from '../../../lib/domain/follow-up';
import { makeFollowUp, uuid } from './follow-up.fixture';

const t = (iso: string) => Date.parse(iso);

describe('FollowUpSchema', () => {
  it('defaults the fields added for generated follow-ups to null', () => {
    const f = makeFollowUp();
    expect([f.noteKey, f.cancelReason, f.dedupeKey]).toEqual([null, null, null]);
  });

  it.each([
    ['a negative dueAt', { dueAt: -1 }],
    ['a fractional dueAt', { dueAt: 1.5 }],
    ['an unknown kind', { kind: 'fax' }],
    ['an unknown origin', { origin: 'magic' }],
    ['a non-UUID person id', { personId: 'bob' }],
  ])('rejects %s', (_label, patch) => {
    expect(FollowUpSchema.safeParse({ ...makeFollowUp(), ...patch }).success).toBe(false);
  });
});

describe('effectiveDueAt / isDue', () => {
  const due = t('2026-03-27T09:00:00Z');
  it('uses the later of dueAt and snoozedUntil', () => {
    expect(effectiveDueAt(makeFollowUp({ dueAt: due }))).toBe(due);
    expect(effectiveDueAt(makeFollowUp({ dueAt: due, snoozedUntil: due + 3_600_000 }))).toBe(due + 3_600_000);
    expect(effectiveDueAt(makeFollowUp({ dueAt: due, snoozedUntil: due - 3_600_000 }))).toBe(due);
  });

  it('is due from the due instant on, and never when done', () => {
    const f = makeFollowUp({ dueAt: due });
    expect(isDue(f, due - 1)).toBe(false);
    expect(isDue(f, due)).toBe(true);
    expect(isDue(completeFollowUp(f, due), due + 1)).toBe(false);
    expect(isDue(snoozeFollowUp(f, due + 600_000, due), due + 1)).toBe(false);
  });
});

describe('isOverdue / isDueToday', () => {
  it('calls a follow-up overdue as soon as its due time has passed, on the same day too', () => {
    const f = makeFollowUp({ dueAt: t('2026-03-24T09:00:00+01:00') });
    expect(isOverdue(f, t('2026-03-24T08:59:00+01:00'))).toBe(false);
    expect(isOverdue(f, t('2026-03-24T09:00:00+01:00'))).toBe(false);
    expect(isOverdue(f, t('2026-03-24T11:00:00+01:00'))).toBe(true);
    expect(isDueToday(f, t('2026-03-24T11:00:00+01:00'), 'Europe/Warsaw')).toBe(true);
    expect(isDueToday(f, t('2026-03-25T00:00:00+01:00'), 'Europe/Warsaw')).toBe(false);
  });

  it('calls a follow-up due twelve hours ago overdue, not due today', () => {
    const now = t('2026-03-24T21:00:00Z');
    const f = makeFollowUp({ dueAt: now - 12 * 3_600_000 });
    expect(isOverdue(f, now)).toBe(true);
    expect(isOverdue(snoozeFollowUp(f, now + 60_000, now), now)).toBe(false);
  });

  it('decides "today" in the user zone (Bangkok vs New York)', () => {
    // 23:30 UTC Friday = Saturday 06:30 in Bangkok, Friday 19:30 in New York.
    const f = makeFollowUp({ dueAt: t('2026-03-27T23:30:00Z') });
    const now = t('2026-03-28T03:00:00Z');
    expect(isDueToday(f, now, 'Asia/Bangkok')).toBe(true);
    expect(isDueToday(f, now, 'America/New_York')).toBe(true);
    expect(isDueToday(f, t('2026-03-28T05:00:00Z'), 'America/New_York')).toBe(false);
    expect(isOverdue(f, t('2026-03-28T05:00:00Z'))).toBe(true);
  });

  it('handles the 23-hour and 25-hour days (New York)', () => {
    expect(startOfNextLocalDay(t('2026-03-08T12:00:00-04:00'), 'America/New_York')).toBe(
      t('2026-03-09T00:00:00-04:00'),
    );
    expect(startOfNextLocalDay(t('2026-11-01T12:00:00-05:00'), 'America/New_York')).toBe(
      t('2026-11-02T00:00:00-05:00'),
    );
    const late = makeFollowUp({ dueAt: t('2026-11-01T23:30:00-05:00') });
    expect(isDueToday(late, t('2026-11-01T00:30:00-04:00'), 'America/New_York')).toBe(true);
  });

  it('is never due today or overdue once done', () => {
    const f = completeFollowUp(makeFollowUp({ dueAt: t('2026-03-20T09:00:00Z') }), t('2026-03-24T09:00:00Z'));
    expect(isOverdue(f, t('2026-03-24T10:00:00Z'))).toBe(false);
    expect(isDueToday(f, t('2026-03-20T10:00:00Z'), 'UTC')).toBe(false);
  });
});

describe('operations', () => {
  const now = t('2026-03-27T10:00:00Z');
  const f = makeFollowUp({ dueAt: t('2026-03-27T09:00:00Z'), notifiedAt: t('2026-03-27T09:00:05Z') });

  it('snoozes an open follow-up and leaves a done one alone', () => {
    expect(snoozeFollowUp(f, now + 3_600_000, now)).toMatchObject({ snoozedUntil: now + 3_600_000, updatedAt: now });
    const done = completeFollowUp(f, now);
    expect(snoozeFollowUp(done, now + 3_600_000, now + 1)).toBe(done);
  });

  it('completes once, keeping the first doneAt', () => {
    const done = completeFollowUp(f, now);
    expect(done).toMatchObject({ done: true, doneAt: now, cancelReason: null, updatedAt: now });
    expect(completeFollowUp(done, now + 5_000)).toBe(done);
    expect(FollowUpSchema.parse(done)).toEqual(done);
  });

  it('cancels with a reason and reopens', () => {
    const cancelled = cancelFollowUp(f, 'replied', now);
    expect(cancelled).toMatchObject({ done: true, doneAt: now, cancelReason: 'replied' });
    expect(reopenFollowUp(cancelled, now + 1)).toMatchObject({
      done: false,
      doneAt: null,
      cancelReason: null,
      updatedAt: now + 1,
    });
    expect(reopenFollowUp(f, now)).toBe(f);
  });

  it('reschedules: drops the snooze and the notification mark', () => {
    const moved = rescheduleFollowUp(snoozeFollowUp(f, now + 60_000, now), now + 86_400_000, now + 1);
    expect(moved).toMatchObject({ dueAt: now + 86_400_000, snoozedUntil: null, notifiedAt: null, updatedAt: now + 1 });
  });

  it('sorts by effective due time, then id', () => {
    const a = makeFollowUp({ id: uuid(61), dueAt: now });
    const b = makeFollowUp({ id: uuid(62), dueAt: now - 1, snoozedUntil: now + 1 });
    const c = makeFollowUp({ id: uuid(60), dueAt: now });
    expect([a, b, c].sort(compareByDue).map((x) => x.id)).toEqual([uuid(60), uuid(61), uuid(62)]);
  });
});
