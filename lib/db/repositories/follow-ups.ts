import {
  completeFollowUp,
  effectiveDueAt,
  FollowUpSchema,
  rescheduleFollowUp,
  snoozeFollowUp,
  type FollowUp,
} from '../../domain/follow-up';
import { toFollowUpRow } from './follow-up-rows';
import { shiftCadenceAfterDone } from './cadence-steps';
import { getSettings } from './settings';
import type { Result } from '../../domain/result';
import type { SidecarDB } from '../schema';
import type { FollowUpRow } from '../rows';

export { toFollowUpRow } from './follow-up-rows';

export interface NewFollowUp {
  personId: string;
  dealId: string | null;
  dueAt: number;
  kind: FollowUp['kind'];
  note: string;
}

/** Schedule a manual follow-up. */
export async function scheduleFollowUp(
  db: SidecarDB,
  input: NewFollowUp,
  now: number,
): Promise<Result<FollowUpRow, 'not-found' | 'invalid-input'>> {
  return db.transaction('rw', db.followUps, db.prospects, async () => {
    if (!(await db.prospects.get(input.personId))) return { ok: false, error: 'not-found' } as const;
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
    if (!parsed.success) return { ok: false, error: 'invalid-input', detail: parsed.error.message } as const;
    const row = toFollowUpRow(parsed.data);
    await db.followUps.add(row);
    return { ok: true, value: row } as const;
  });
}

/** Store follow-ups made by rules or cadences; a dedupeKey already present is skipped, never doubled. */
export async function addGeneratedFollowUps(db: SidecarDB, followUps: readonly FollowUp[]): Promise<number> {
  let added = 0;
  await db.transaction('rw', db.followUps, async () => {
    for (const f of followUps) {
      if (f.dedupeKey && (await db.followUps.where('dedupeKey').equals(f.dedupeKey).count())) continue;
      await db.followUps.add(toFollowUpRow(f));
      added++;
    }
  });
  return added;
}

type Change = (f: FollowUp) => FollowUp;

/** Apply a pure change to one follow-up inside a transaction. */
export async function changeFollowUp(
  db: SidecarDB,
  id: string,
  change: Change,
): Promise<Result<FollowUpRow, 'not-found'>> {
  return db.transaction('rw', db.followUps, async () => {
    const row = await db.followUps.get(id);
    if (!row) return { ok: false, error: 'not-found' } as const;
    const next = toFollowUpRow(change(row));
    await db.followUps.put(next);
    return { ok: true, value: next } as const;
  });
}

/** Mark done; a cadence touch done late shifts the rest of its run (same transaction). */
export async function markFollowUpDone(
  db: SidecarDB,
  id: string,
  now: number,
): Promise<Result<FollowUpRow, 'not-found'>> {
  return db.transaction('rw', [db.followUps, db.cadenceRuns, db.settings, db.activities], async () => {
    const row = await db.followUps.get(id);
    if (!row) return { ok: false, error: 'not-found' } as const;
    if (row.done) return { ok: true, value: row } as const;
    const next = toFollowUpRow(completeFollowUp(row, now));
    await db.followUps.put(next);
    // A done follow-up is part of the person's history (the timeline shows it; it is not a touch).
    await db.activities.add({
      id: crypto.randomUUID(),
      personId: row.personId,
      ...(row.dealId ? { dealId: row.dealId } : {}),
      at: now,
      createdAt: now,
      kind: 'follow-up-done',
      followUpId: row.id,
      note: row.note.slice(0, 10_000),
    });
    await shiftCadenceAfterDone(db, next, now, (await getSettings(db)).workingTime);
    return { ok: true, value: next } as const;
  });
}
/** Snooze until a later time. */
export const snoozeFollowUpUntil = (db: SidecarDB, id: string, until: number, now: number) =>
  changeFollowUp(db, id, (f) => snoozeFollowUp(f, until, now));
/** Move to another due time. */
export const rescheduleFollowUpTo = (db: SidecarDB, id: string, dueAt: number, now: number) =>
  changeFollowUp(db, id, (f) => rescheduleFollowUp(f, dueAt, now));

/** Open follow-ups due at or before `until`, through the openDueAt index (no table scan). */
export const listOpenDueBy = (db: SidecarDB, until: number): Promise<FollowUpRow[]> =>
  db.followUps.where('openDueAt').belowOrEqual(until).toArray();

/** A person's open follow-ups, soonest first. */
export async function listOpenFollowUpsOf(db: SidecarDB, personId: string): Promise<FollowUpRow[]> {
  const rows = await db.followUps
    .where('personId')
    .equals(personId)
    .filter((f) => !f.done)
    .toArray();
  return rows.sort((a, b) => effectiveDueAt(a) - effectiveDueAt(b));
}
