import { listTimeline } from '../db/repositories/activities';
import { listOpenFollowUpsOf } from '../db/repositories/follow-ups';
import type { ActivityRow, DealRow, FollowUpRow, PersonRow } from '../db/rows';
import type { SidecarDB } from '../db/schema';

export interface LoadedProspect {
  person: PersonRow | undefined;
  activities: ActivityRow[];
  deals: DealRow[];
  followUps: FollowUpRow[];
}

/** Everything the Prospect view shows about one person (reads only; run inside a liveQuery). */
export async function loadProspect(db: SidecarDB, personId: string): Promise<LoadedProspect> {
  const [person, activities, deals, followUps] = await Promise.all([
    db.prospects.get(personId),
    listTimeline(db, personId),
    db.deals.where('personId').equals(personId).toArray(),
    listOpenFollowUpsOf(db, personId),
  ]);
  return { person, activities, deals, followUps };
}
