import { z } from 'zod';
import { IdSchema } from './entity-fields';
import { EpochSchema } from './epoch';
import { FollowUpKindSchema, cancelFollowUp, type FollowUp } from './follow-up';
import { addWorkingDays, countWorkingDaysBetween, moveIntoWorkingTime } from './working-days';
import type { WorkingTime } from './working-time';
import { moveOffTakenSlots } from './cadence-slots';

export const CadenceStepSchema = z.object({
  /** Working days after the previous step (the first step: after the start). */
  offsetDays: z.number().int().min(0).max(60),
  kind: FollowUpKindSchema,
  note: z.string().max(5000).nullable().default(null),
  /** Message key for built-in steps, so the text follows the UI language. */
  noteKey: z.string().max(200).nullable().default(null),
  /** An email touch's template ("Write" fills Gmail's compose with it); absent or null: none. */
  templateId: z.string().min(1).max(100).nullable().optional(),
});
export type CadenceStep = z.infer<typeof CadenceStepSchema>;

export const CadenceSchema = z
  .object({
    id: z.string().min(1).max(200),
    name: z.string().trim().min(1).max(200).nullable().default(null),
    nameKey: z.string().max(200).nullable().default(null),
    steps: z.array(CadenceStepSchema).min(1).max(20),
  })
  .refine((c) => c.name !== null || c.nameKey !== null, { path: ['name'], message: 'name-required' });
export type Cadence = z.infer<typeof CadenceSchema>;

/** Why a cadence run ended; 'active' while touches remain. */
export const CadenceRunStatusSchema = z.enum(['active', 'finished', 'stopped', 'replied']);

/** One person going through one cadence (the `cadenceRuns` table); its touches are follow-ups with its id. */
export const CadenceRunSchema = z.object({
  id: IdSchema,
  cadenceId: z.string().min(1).max(200),
  personId: IdSchema,
  dealId: IdSchema.nullable(),
  status: CadenceRunStatusSchema,
  startedAt: EpochSchema,
  endedAt: EpochSchema.nullable(),
});
export type CadenceRun = z.infer<typeof CadenceRunSchema>;

const touch = (offsetDays: number, kind: CadenceStep['kind'], noteKey: string, templateId?: string): CadenceStep => ({
  offsetDays,
  kind,
  note: null,
  noteKey,
  ...(templateId ? { templateId } : {}),
});

/**
 * "It takes 6 to 8 touches" (DOMAIN.md): seven touches over 15 working days (three weeks),
 * mixing email, LinkedIn and phone because email alone has the lowest response rate.
 */
export const BUILT_IN_CADENCE: Cadence = {
  id: 'builtin:seven-touches',
  name: null,
  nameKey: 'cadence.sevenTouches.name',
  steps: [
    touch(0, 'email', 'cadence.touch.introEmail', 'builtin:intro'),
    touch(2, 'linkedin-message', 'cadence.touch.linkedInConnect'),
    touch(2, 'call', 'cadence.touch.firstCall'),
    touch(3, 'email', 'cadence.touch.valueEmail', 'builtin:value'),
    touch(3, 'linkedin-message', 'cadence.touch.linkedInFollowUp'),
    touch(2, 'call', 'cadence.touch.secondCall'),
    touch(3, 'email', 'cadence.touch.breakUpEmail', 'builtin:break-up'),
  ],
};

/**
 * Plan every step of a cadence as follow-ups (origin 'cadence', cadenceStep = index in steps).
 * The first touch lands in working time; later ones keep its hour of day. A touch on a slot `taken`
 * (the person's open follow-ups' due times) or by an earlier touch moves to the next free hour.
 */
export function startCadence(
  cadence: Cadence,
  personId: string,
  startMs: number,
  wt: WorkingTime,
  idGen: () => string,
  dealId: string | null = null,
  taken: readonly number[] = [],
): FollowUp[] {
  const runId = idGen();
  let due = moveIntoWorkingTime(startMs, wt);
  const busy = [...taken];
  return cadence.steps.map((step, index) => {
    due = addWorkingDays(due, step.offsetDays, wt);
    const dueAt = moveOffTakenSlots(due, busy, wt);
    busy.push(dueAt);
    return {
      id: idGen(),
      personId,
      dealId,
      dueAt,
      kind: step.kind,
      note: step.note ?? '',
      noteKey: step.noteKey,
      done: false,
      doneAt: null,
      cancelReason: null,
      snoozedUntil: null,
      origin: 'cadence',
      ruleId: null,
      cadenceRunId: runId,
      cadenceStep: index,
      notifiedAt: null,
      dedupeKey: null,
      createdAt: startMs,
      updatedAt: startMs,
    };
  });
}

/** Open, later steps of the same cadence run as `step`. */
function findLaterOpenSteps(followUps: readonly FollowUp[], step: FollowUp): FollowUp[] {
  const index = step.cadenceStep ?? -1;
  return followUps.filter(
    (f) =>
      f.origin === 'cadence' &&
      !f.done &&
      f.cadenceRunId !== null &&
      f.cadenceRunId === step.cadenceRunId &&
      (f.cadenceStep ?? -1) > index,
  );
}

/**
 * A touch done late pushes the rest of its run by the same number of working days, so the gaps
 * between touches stay as planned. Lateness is measured from the planned dueAt (a snooze counts
 * as lateness). Early or on-time touches change nothing. Returns only the changed follow-ups.
 */
export function shiftCadenceAfterLateTouch(
  followUps: readonly FollowUp[],
  doneStep: FollowUp,
  doneAtMs: number,
  wt: WorkingTime,
): FollowUp[] {
  if (doneStep.origin !== 'cadence' || doneStep.cadenceRunId === null) return [];
  const lateness = countWorkingDaysBetween(doneStep.dueAt, doneAtMs, wt);
  if (lateness <= 0) return [];
  return findLaterOpenSteps(followUps, doneStep).map((f) => ({
    ...f,
    dueAt: addWorkingDays(f.dueAt, lateness, wt),
    updatedAt: doneAtMs,
  }));
}

/**
 * A reply ends the outreach: cancel (reason 'replied') the open cadence steps of that person that
 * existed when the reply came. A cadence started after the reply is left alone. Returns the changes.
 */
export function stopCadenceOnReply(
  followUps: readonly FollowUp[],
  reply: { personId: string; at: number },
  now: number,
): FollowUp[] {
  return followUps
    .filter((f) => f.origin === 'cadence' && !f.done && f.personId === reply.personId && f.createdAt <= reply.at)
    .map((f) => cancelFollowUp(f, 'replied', now));
}

/** The user stops a cadence run: its open steps are cancelled (reason 'stopped'). */
export function stopCadenceRun(followUps: readonly FollowUp[], cadenceRunId: string, now: number): FollowUp[] {
  return followUps
    .filter((f) => f.origin === 'cadence' && !f.done && f.cadenceRunId === cadenceRunId)
    .map((f) => cancelFollowUp(f, 'stopped', now));
}
