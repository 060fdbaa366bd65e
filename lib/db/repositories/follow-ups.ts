import { effectiveDueAt, type FollowUp } from '../../domain/follow-up';
import { toFollowUpRow } from './follow-up-rows';
import type { SidecarDB } from '../schema';
import type { FollowUpRow } from '../rows';

export { toFollowUpRow } from './follow-up-rows';

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
