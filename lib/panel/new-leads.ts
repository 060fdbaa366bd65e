import type { ActivityRow, PersonRow } from '../db/rows';
import type { SidecarDB } from '../db/schema';
import { scoreLead } from '../domain/analytics-lead-score';

// Today's "New leads to touch" (issue 19): people captured and then left alone. A capture writes a
// "captured" activity and, on the board, its deal's first stage-change; anything past that (an email,
// a note, a call, a move, a follow-up even done) means someone already acted on them.

export interface NewLead {
  personId: string;
  name: string;
  score: number;
  capturedAt: number;
}

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
    const [activities, deals] = await Promise.all([
      db.activities.where('personId').anyOf(ids).toArray(),
      db.deals.where('personId').anyOf(ids).toArray(),
    ]);
    const byPerson = new Map<string, ActivityRow[]>();
    for (const a of activities) byPerson.set(a.personId, [...(byPerson.get(a.personId) ?? []), a]);
    const untouched = candidates.filter((p) => (byPerson.get(p.id) ?? []).every(isCaptureOnly));
    const leads = untouched.map((p: PersonRow) => ({
      personId: p.id,
      name: p.displayName,
      score: scoreLead(p, byPerson.get(p.id) ?? [], deals).score,
      capturedAt: p.createdAt,
    }));
    leads.sort((a, b) => b.score - a.score || b.capturedAt - a.capturedAt || a.name.localeCompare(b.name));
    return { rows: Number.isFinite(limit) ? leads.slice(0, limit) : leads, total: leads.length };
  });
}
