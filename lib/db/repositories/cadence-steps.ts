import { shiftCadenceAfterLateTouch, stopCadenceOnReply } from '../../domain/cadence';
import type { FollowUp } from '../../domain/follow-up';
import type { WorkingTime } from '../../domain/working-time';
import type { SidecarDB } from '../schema';
import type { CadenceRunStatus } from '../rows';
import { putFollowUps } from './follow-up-rows';

/** Close the given runs that are still active (inside the caller's transaction, with cadenceRuns). */
export async function endCadenceRuns(
  db: SidecarDB,
  runIds: Iterable<string>,
  status: CadenceRunStatus,
  now: number,
): Promise<void> {
  for (const id of new Set(runIds)) {
    await db.cadenceRuns
      .where('id')
      .equals(id)
      .filter((r) => r.status === 'active')
      .modify({ status, endedAt: now });
  }
}

/**
 * A reply from the person ends their cadences (reason 'replied'). Runs inside the caller's
 * transaction, which must include followUps and cadenceRuns. Returns how many touches it cancelled.
 */
export async function stopCadencesOnReply(
  db: SidecarDB,
  personId: string,
  replyAt: number,
  now: number,
): Promise<number> {
  const open = await db.followUps
    .where('personId')
    .equals(personId)
    .filter((f) => !f.done)
    .toArray();
  const cancelled = stopCadenceOnReply(open, { personId, at: replyAt }, now);
  await putFollowUps(db, cancelled);
  await endCadenceRuns(
    db,
    cancelled.map((f) => f.cadenceRunId ?? ''),
    'replied',
    now,
  );
  return cancelled.length;
}

/**
 * After a cadence touch is done: a late one shifts the rest of its run (gaps stay as planned), and
 * the run is finished once no touch is open. Inside the caller's transaction (followUps, cadenceRuns).
 */
export async function shiftCadenceAfterDone(
  db: SidecarDB,
  done: FollowUp,
  now: number,
  wt: WorkingTime,
): Promise<void> {
  if (done.origin !== 'cadence' || done.cadenceRunId === null) return;
  const steps = await db.followUps.where('cadenceRunId').equals(done.cadenceRunId).toArray();
  await putFollowUps(db, shiftCadenceAfterLateTouch(steps, done, now, wt));
  if (!steps.some((f) => !f.done && f.id !== done.id)) await endCadenceRuns(db, [done.cadenceRunId], 'finished', now);
}
