import { compareByDue, effectiveDueAt, isDue, startOfNextLocalDay, type FollowUp } from './follow-up';

// Exactly-once: a reminder is owed while notifiedAt is older than the current effective due time.
// Firing sets notifiedAt = now ≥ that time, so the same due time never fires twice, while a snooze
// or reschedule (which moves the due time past notifiedAt) fires once more. Callers store the
// `updates` in the same transaction that re-reads the rows, so two alarm runs cannot both fire.

const PREFIX = 'fu:';

/** Id of the one notification that sums up a catch-up; deliberately not 'fu:'-prefixed. */
export const SUMMARY_NOTIFICATION_ID = 'fu-summary';

/** More due follow-ups than this at browser start are grouped into one summary notification. */
export const DEFAULT_MAX_INDIVIDUAL = 3;

/** The browser notification id of a follow-up. */
export function notificationIdFor(followUpId: string): string {
  return PREFIX + followUpId;
}

/** The follow-up id behind a notification id, or null for other notifications (e.g. the summary). */
export function followUpIdFromNotificationId(notificationId: string): string | null {
  return notificationId.startsWith(PREFIX) && notificationId.length > PREFIX.length
    ? notificationId.slice(PREFIX.length)
    : null;
}

/** Whether a reminder is owed now: open, due, and not yet notified for its current due time. */
export function needsReminder(f: FollowUp, now: number): boolean {
  return isDue(f, now) && (f.notifiedAt === null || f.notifiedAt < effectiveDueAt(f));
}

/** Record that the reminder fired. */
export function markNotified(f: FollowUp, now: number): FollowUp {
  return { ...f, notifiedAt: now, updatedAt: now };
}

export type ReminderPlan = {
  /** Earliest due first. */
  notify: FollowUp[];
  /** The same follow-ups with notifiedAt = now, to store. */
  updates: FollowUp[];
};

/** Which follow-ups to notify now, and the updates that make each fire only once. */
export function planReminders(followUps: readonly FollowUp[], now: number): ReminderPlan {
  const notify = followUps.filter((f) => needsReminder(f, now)).sort(compareByDue);
  return { notify, updates: notify.map((f) => markNotified(f, now)) };
}

export type CatchUpPlan = {
  /** Shown one by one (at most maxIndividual). */
  individual: FollowUp[];
  /** Set instead of `individual` when more came due: one notification under SUMMARY_NOTIFICATION_ID. */
  summary: { followUpIds: string[]; count: number } | null;
  updates: FollowUp[];
};

/**
 * At browser start: what came due while it was closed, shown once. More than maxIndividual are
 * grouped so a long weekend away does not open a wall of notifications; all are marked notified.
 */
export function planCatchUp(
  followUps: readonly FollowUp[],
  now: number,
  maxIndividual: number = DEFAULT_MAX_INDIVIDUAL,
): CatchUpPlan {
  const { notify, updates } = planReminders(followUps, now);
  if (notify.length <= maxIndividual) return { individual: notify, summary: null, updates };
  return { individual: [], summary: { followUpIds: notify.map((f) => f.id), count: notify.length }, updates };
}

/** The next instant an open follow-up will need a reminder (for the alarm), or null if none. */
export function findNextReminderAt(followUps: readonly FollowUp[], now: number): number | null {
  let next: number | null = null;
  for (const f of followUps) {
    const due = effectiveDueAt(f);
    if (!f.done && due > now && (f.notifiedAt === null || f.notifiedAt < due) && (next === null || due < next)) {
      next = due;
    }
  }
  return next;
}

/**
 * The badge number: open follow-ups due by the end of today in the user's zone, overdue ones
 * included, because they are still on today's list. Refresh it at startOfNextLocalDay.
 */
export function countDueToday(followUps: readonly FollowUp[], now: number, timeZone: string): number {
  const endOfToday = startOfNextLocalDay(now, timeZone);
  return followUps.filter((f) => !f.done && effectiveDueAt(f) < endOfToday).length;
}
