import Dexie from 'dexie';
import type { PersonRow } from '../db/rows';
import type { SidecarDB } from '../db/schema';

/** How many people a listing shows at most; the rest are deleted in later rounds. */
const LISTED = 200;

/**
 * People with no sign of life since `cutoff`: neither an edit or capture (`updatedAt`) nor any activity
 * on their timeline. Read-only, for the options page's retention list; the oldest first.
 */
export async function peoplePastRetention(db: SidecarDB, cutoff: number): Promise<PersonRow[]> {
  const stale = await db.prospects.filter((p) => p.updatedAt < cutoff).toArray();
  const out: PersonRow[] = [];
  for (const person of stale.sort((a, b) => a.updatedAt - b.updatedAt)) {
    const last = await db.activities
      .where('[personId+at]')
      .between([person.id, Dexie.minKey], [person.id, Dexie.maxKey])
      .last();
    if (!last || last.at < cutoff) out.push(person);
    if (out.length === LISTED) break;
  }
  return out;
}
