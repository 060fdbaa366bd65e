import type { ActivityRow, PersonRow } from '../db/rows';
import type { SidecarDB } from '../db/schema';
import { scoreLead } from '../domain/analytics-lead-score';
import { byPerson } from '../domain/group-by';

// Today's "New leads to touch" (issue 19): people captured and then left alone. A capture writes a
// "captured" activity and, on the board, its deal's first stage-change; anything past that (an email,
// a note, a call, a move, a follow-up even done) means someone already acted on them.

export interface NewLead {
  personId: string;
  name: string;
  score: number;
  capturedAt: number;
}

/**
 * Past this many candidates, their activities and deals are read whole and sorted out in memory: one
 * `getAll` each instead of an index cursor that seeks key by key (`anyOf`), one step per row.
 */
const SEEK_AT_MOST = 200;

/** Whether an activity is only the capture itself (the person, and the card capture put on the board). */
const isCaptureOnly = (a: ActivityRow): boolean =>
  a.kind === 'captured' || (a.kind === 'stage-change' && a.fromStageId === null);

/** The people no one has acted on since capture (customers left out), highest lead score first, then newest. */
export async function loadNewLeads(db: SidecarDB, limit: number): Promise<{ rows: NewLead[]; total: number }> {
  return db.transaction('r', [db.prospects, db.followUps, db.activities, db.deals], async () => {
    const [people, withFollowUps] = await Promise.all([
      db.prospects.toArray(),
      db.followUps.orderBy('personId').uniqueKeys(),
    ]);
    const followed = new Set(withFollowUps.map(String));
    const candidates = people.filter((p) => p.lifecycle !== 'customer' && !followed.has(p.id));
    const ids = candidates.map((p) => p.id);
    const seek = ids.length <= SEEK_AT_MOST;
    const [activities, deals] = await Promise.all([
      seek ? db.activities.where('personId').anyOf(ids).toArray() : db.activities.toArray(),
      seek ? db.deals.where('personId').anyOf(ids).toArray() : db.deals.toArray(),
    ]);
    const activitiesOf = byPerson(activities);
    const dealsOf = byPerson(deals);
    const untouched = candidates.filter((p) => (activitiesOf.get(p.id) ?? []).every(isCaptureOnly));
    // Each person's own rows: scoreLead looks through what it is given, and every deal for every person
    // was 10,000 × 5,000 comparisons.
    const leads = untouched.map((p: PersonRow) => ({
      personId: p.id,
      name: p.displayName,
      score: scoreLead(p, activitiesOf.get(p.id) ?? [], dealsOf.get(p.id) ?? []).score,
      capturedAt: p.createdAt,
    }));
    leads.sort((a, b) => b.score - a.score || b.capturedAt - a.capturedAt || a.name.localeCompare(b.name));
    return { rows: Number.isFinite(limit) ? leads.slice(0, limit) : leads, total: leads.length };
  });
}
