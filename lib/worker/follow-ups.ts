import {
  completeFollowUp as complete,
  FollowUpSchema,
  type FollowUpOutcome,
  rescheduleFollowUp as reschedule,
  snoozeFollowUp as snooze,
  type FollowUp,
} from '../domain/follow-up';
import { computePresetDueAt, type FollowUpPreset } from '../domain/follow-up-presets';
import type { Result } from '../domain/result';
import type { SidecarDB } from '../db/schema';
import { toFollowUpRow } from '../db/repositories/follow-ups';
import { getSettings } from '../db/repositories/settings';
import { shiftCadenceAfterDone } from './cadence-rules';
import { runUseCase, type Call } from './use-case';

export interface NewFollowUp {
  personId: string;
  dealId: string | null;
  dueAt: number;
  kind: FollowUp['kind'];
  note: string;
}

export type PresetFollowUp = Omit<NewFollowUp, 'dueAt'> & { preset: FollowUpPreset };
type Scheduled = { followUpId: string; dueAt: number };

/** A manual follow-up, validated, inside the caller's transaction (followUps, prospects). */
export async function scheduleFollowUpIn(db: SidecarDB, input: NewFollowUp, now: number): Promise<Result<Scheduled>> {
  if (!(await db.prospects.get(input.personId))) return { ok: false, error: 'not-found' };
  const parsed = FollowUpSchema.safeParse({
    ...input,
    id: crypto.randomUUID(),
    noteKey: null,
    done: false,
    doneAt: null,
    cancelReason: null,
    snoozedUntil: null,
    origin: 'manual',
    ruleId: null,
    cadenceRunId: null,
    cadenceStep: null,
    notifiedAt: null,
    dedupeKey: null,
    createdAt: now,
    updatedAt: now,
  });
  if (!parsed.success) return { ok: false, error: 'invalid-input', detail: parsed.error.message };
  await db.followUps.add(toFollowUpRow(parsed.data));
  return { ok: true, value: { followUpId: parsed.data.id, dueAt: parsed.data.dueAt } };
}

/** Schedule a manual follow-up at a given time. */
export function scheduleFollowUp(db: SidecarDB, input: NewFollowUp, call: Call): Promise<Result<Scheduled>> {
  return runUseCase(db, 'scheduleFollowUp', call, [db.followUps, db.prospects], () =>
    scheduleFollowUpIn(db, input, call.now),
  );
}

/**
 * The one path from a preset to a stored follow-up: due time computed in the user's working time
 * (settings; before any settings exist, the system's time zone). An impossible custom date is invalid.
 */
export function scheduleFromPreset(db: SidecarDB, input: PresetFollowUp, call: Call): Promise<Result<Scheduled>> {
  return runUseCase(db, 'scheduleFollowUpPreset', call, [db.followUps, db.prospects, db.settings], async () => {
    const { workingTime } = await getSettings(db);
    const dueAt = computePresetDueAt(input.preset, call.now, workingTime);
    if (dueAt === null) return { ok: false, error: 'invalid-input', detail: 'no such date' };
    const { preset: _preset, ...rest } = input;
    void _preset;
    return scheduleFollowUpIn(db, { ...rest, dueAt }, call.now);
  });
}

/** Apply a pure change to one follow-up. */
function changeFollowUp(
  db: SidecarDB,
  name: string,
  id: string,
  call: Call,
  change: (f: FollowUp) => FollowUp,
): Promise<Result<Record<string, never>>> {
  return runUseCase(db, name, call, [db.followUps], async () => {
    const row = await db.followUps.get(id);
    if (!row) return { ok: false, error: 'not-found' };
    await db.followUps.put(toFollowUpRow(change(row)));
    return { ok: true, value: {} };
  });
}

/** Snooze until a later time. */
export const snoozeFollowUp = (db: SidecarDB, input: { followUpId: string; until: number }, call: Call) =>
  changeFollowUp(db, 'snoozeFollowUp', input.followUpId, call, (f) => snooze(f, input.until, call.now));

/** Move to another due time. */
export const rescheduleFollowUp = (db: SidecarDB, input: { followUpId: string; dueAt: number }, call: Call) =>
  changeFollowUp(db, 'rescheduleFollowUp', input.followUpId, call, (f) => reschedule(f, input.dueAt, call.now));

/**
 * Mark done, with what came of it if the user said: it goes on the person's timeline, and a cadence
 * touch done late shifts the rest of its run.
 */
export function completeFollowUp(
  db: SidecarDB,
  input: { followUpId: string; outcome?: FollowUpOutcome | null | undefined },
  call: Call,
): Promise<Result<Record<string, never>>> {
  const tables = [db.followUps, db.cadenceRuns, db.settings, db.activities];
  return runUseCase(db, 'completeFollowUp', call, tables, async () => {
    const row = await db.followUps.get(input.followUpId);
    if (!row) return { ok: false, error: 'not-found' };
    if (row.done) return { ok: true, value: {} };
    const next = toFollowUpRow(complete(row, call.now, input.outcome ?? null));
    await db.followUps.put(next);
    // A done follow-up is part of the person's history (the timeline shows it; it is not a touch).
    await db.activities.add({
      id: crypto.randomUUID(),
      personId: row.personId,
      ...(row.dealId ? { dealId: row.dealId } : {}),
      at: call.now,
      createdAt: call.now,
      kind: 'follow-up-done',
      followUpId: row.id,
      note: row.note.slice(0, 10_000),
      ...(input.outcome ? { outcome: input.outcome } : {}),
    });
    await shiftCadenceAfterDone(db, next, call.now, (await getSettings(db)).workingTime);
    return { ok: true, value: {} };
  });
}
