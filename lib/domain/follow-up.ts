import { z } from 'zod';
import { IdSchema } from './entity-fields';
import { EpochSchema } from './epoch';
import { localDateOf, addCalendarDays, atLocalTime, startOfLocalDay } from './working-time';

export const FollowUpKindSchema = z.enum(['email', 'call', 'meeting', 'linkedin-message', 'task']);
export type FollowUpKind = z.infer<typeof FollowUpKindSchema>;

export const FollowUpOriginSchema = z.enum(['manual', 'cadence', 'rule']);
export type FollowUpOrigin = z.infer<typeof FollowUpOriginSchema>;

/** Why a follow-up was closed without being done; null when it was done (or is open). */
export const CancelReasonSchema = z.enum(['replied', 'superseded', 'stopped']);
export type CancelReason = z.infer<typeof CancelReasonSchema>;

/**
 * What came of a done follow-up, when the user says (issue 19): optional, so Done stays one click.
 * The outcomes of a touch as the panel names them: the person was reached, did not answer, got a
 * message left for them, or said they are not interested.
 */
export const FollowUpOutcomeSchema = z.enum(['reached', 'no-answer', 'left-message', 'not-interested']);
export type FollowUpOutcome = z.infer<typeof FollowUpOutcomeSchema>;
export const FOLLOW_UP_OUTCOMES = FollowUpOutcomeSchema.options;

/**
 * A dated next step with a person. `done` closes it; a cancelled one is done with a cancelReason,
 * so every consumer that only shows open follow-ups needs one check.
 */
export const FollowUpSchema = z.object({
  id: IdSchema,
  personId: IdSchema,
  dealId: IdSchema.nullable(),
  dueAt: EpochSchema,
  kind: FollowUpKindSchema,
  note: z.string().max(5000),
  /** Message key for generated follow-ups (cadence, rules): shown when note is empty. */
  noteKey: z.string().max(200).nullable().default(null),
  done: z.boolean(),
  doneAt: EpochSchema.nullable(),
  cancelReason: CancelReasonSchema.nullable().default(null),
  /** Absent unless the user said what came of it when marking it done (rows before it never had one). */
  outcome: FollowUpOutcomeSchema.optional(),
  snoozedUntil: EpochSchema.nullable(),
  origin: FollowUpOriginSchema,
  /** The rule that proposed it ('after-meeting', 'no-reply', 'stalled-nudge'). */
  ruleId: z.string().max(100).nullable(),
  cadenceRunId: IdSchema.nullable(),
  cadenceStep: z.number().int().min(0).max(100).nullable(),
  /** When a reminder last fired; compared with effectiveDueAt so each due time fires once. */
  notifiedAt: EpochSchema.nullable(),
  /** Set by rules (see ruleDedupeKey) so a rule never proposes the same follow-up twice. */
  dedupeKey: z.string().max(300).nullable().default(null),
  createdAt: EpochSchema,
  updatedAt: EpochSchema,
});
export type FollowUp = z.infer<typeof FollowUpSchema>;

/** The instant the follow-up is actually due: a snooze can only push it later. */
export function effectiveDueAt(f: FollowUp): number {
  return f.snoozedUntil === null ? f.dueAt : Math.max(f.dueAt, f.snoozedUntil);
}

/** Whether the follow-up still needs doing. */
export function isOpen(f: FollowUp): boolean {
  return !f.done;
}

/** Open and its (snooze-aware) due time has come. */
export function isDue(f: FollowUp, now: number): boolean {
  return !f.done && effectiveDueAt(f) <= now;
}

/**
 * Open and past its (snooze-aware) due time: a follow-up due at 09:00 is overdue at 09:01, and one due
 * twelve hours ago is overdue however the calendar day falls (issue 19: it showed as "Due today").
 */
export function isOverdue(f: FollowUp, now: number): boolean {
  return !f.done && effectiveDueAt(f) < now;
}

/** Open and due some time during today's local date (earlier or later than now). */
export function isDueToday(f: FollowUp, now: number, timeZone: string): boolean {
  if (f.done) return false;
  const due = effectiveDueAt(f);
  return due >= startOfLocalDay(now, timeZone) && due < startOfNextLocalDay(now, timeZone);
}

/** The instant tomorrow's local date starts (23 or 25 h away on DST days). */
export function startOfNextLocalDay(now: number, timeZone: string): number {
  return atLocalTime(addCalendarDays(localDateOf(now, timeZone), 1), '00:00', timeZone);
}

/** Snooze until an instant; a closed follow-up is returned unchanged. */
export function snoozeFollowUp(f: FollowUp, untilMs: number, now: number): FollowUp {
  if (f.done) return f;
  return { ...f, snoozedUntil: untilMs, updatedAt: now };
}

/** Mark done now, with what came of it if the user said. Completing twice keeps the first doneAt. */
export function completeFollowUp(f: FollowUp, now: number, outcome: FollowUpOutcome | null = null): FollowUp {
  if (f.done) return f;
  const { outcome: _old, ...rest } = f;
  void _old;
  return { ...rest, done: true, doneAt: now, cancelReason: null, updatedAt: now, ...(outcome ? { outcome } : {}) };
}

/** Close without doing it (the person replied, the cadence stopped…). */
export function cancelFollowUp(f: FollowUp, reason: CancelReason, now: number): FollowUp {
  if (f.done) return f;
  return { ...f, done: true, doneAt: now, cancelReason: reason, updatedAt: now };
}

/**
 * Set a new due time. The snooze is dropped (the user chose a time) and notifiedAt is cleared so
 * the new time gets its own reminder, even when it is already past.
 */
export function rescheduleFollowUp(f: FollowUp, dueAt: number, now: number): FollowUp {
  return { ...f, dueAt, snoozedUntil: null, notifiedAt: null, updatedAt: now };
}

/** Open a closed follow-up again (undo of complete or cancel). */
export function reopenFollowUp(f: FollowUp, now: number): FollowUp {
  if (!f.done) return f;
  const { outcome: _old, ...rest } = f;
  void _old;
  return { ...rest, done: false, doneAt: null, cancelReason: null, updatedAt: now };
}

/** Sort key: earliest effective due time first, id as tie-break for a stable order. */
export function compareByDue(a: FollowUp, b: FollowUp): number {
  return effectiveDueAt(a) - effectiveDueAt(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
