import { shiftCadenceAfterLateTouch, stopCadenceOnReply } from '../domain/cadence';
import type { FollowUp } from '../domain/follow-up';
import type { WorkingTime } from '../domain/working-time';
import type { SidecarDB } from '../db/schema';
import { putFollowUps } from '../db/repositories/follow-up-rows';
import { endCadenceRuns } from '../db/repositories/cadence-runs';

/**
 * A reply from the person ends their cadences (reason 'replied'). Inside the caller's transaction,
 * which must include followUps and cadenceRuns. Returns how many touches it cancelled.
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
