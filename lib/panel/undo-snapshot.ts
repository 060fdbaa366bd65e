import type { ActivityRow, CadenceRunRow, DealRow, FollowUpRow, PersonRow } from '../db/rows';
import type { SidecarDB } from '../db/schema';
import type { RestoreRowsInput } from '../messaging/undo-rows';

// Undo keeps no log in the database: before an action the panel reads the rows of the people it
// touches (this snapshot, held in memory for the toast's 10 seconds); Undo compares them with what is
// stored now and asks the worker to put back what changed and remove what the action created.

type Table = 'prospects' | 'deals' | 'followUps' | 'activities' | 'cadenceRuns';
type Rows = {
  prospects: PersonRow[];
  deals: DealRow[];
  followUps: FollowUpRow[];
  activities: ActivityRow[];
  cadenceRuns: CadenceRunRow[];
};

/** The rows of some people, as they were before an action. */
export interface Snapshot {
  personIds: string[];
  rows: Rows;
}

const TABLES: readonly Table[] = ['prospects', 'deals', 'followUps', 'activities', 'cadenceRuns'];

/** Read every row belonging to these people (the person, deals, follow-ups, timeline, cadence runs). */
export async function readRowsOf(db: SidecarDB, personIds: readonly string[]): Promise<Rows> {
  const ids = [...new Set(personIds)];
  const byPerson = <T>(table: { where(i: string): { anyOf(k: string[]): { toArray(): Promise<T[]> } } }) =>
    ids.length ? table.where('personId').anyOf(ids).toArray() : Promise.resolve([] as T[]);
  const [prospects, deals, followUps, activities, cadenceRuns] = await Promise.all([
    db.prospects.bulkGet(ids).then((rows) => rows.filter((p): p is PersonRow => p !== undefined)),
    byPerson<DealRow>(db.deals),
    byPerson<FollowUpRow>(db.followUps),
    byPerson<ActivityRow>(db.activities),
    byPerson<CadenceRunRow>(db.cadenceRuns),
  ]);
  return { prospects, deals, followUps, activities, cadenceRuns };
}

/** Take the snapshot an Undo will go back to. */
export async function takeSnapshot(db: SidecarDB, personIds: readonly string[]): Promise<Snapshot> {
  return { personIds: [...new Set(personIds)], rows: await readRowsOf(db, personIds) };
}

// Index fields are the worker's to recompute: they are left out of what is sent back.
const INDEX_FIELDS = new Set(['openTouchedAt', 'openStepDueAt', 'openDueAt', 'dedupeKey']);
const withoutIndexFields = (row: object) =>
  Object.fromEntries(Object.entries(row).filter(([k]) => !INDEX_FIELDS.has(k)));
const same = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What `restoreRows` needs to bring `now` back to `before`: the snapshot's rows that are missing or
 * differ, and the rows that exist now but did not then (what the action created).
 */
export function planUndo(before: Rows, now: Rows): RestoreRowsInput {
  const put: Record<string, object[]> = {};
  const remove: Record<string, string[]> = {};
  for (const table of TABLES) {
    const current = new Map((now[table] as { id: string }[]).map((r) => [r.id, r]));
    const then = new Set((before[table] as { id: string }[]).map((r) => r.id));
    put[table] = (before[table] as { id: string }[])
      .filter((r) => {
        const stored = current.get(r.id);
        return !stored || !same(stored, r);
      })
      .map(withoutIndexFields);
    remove[table] = [...current.keys()].filter((id) => !then.has(id));
  }
  return { put, remove } as RestoreRowsInput;
}

/** Whether an undo would change nothing (someone else already put things back). */
export function isEmptyUndo(plan: RestoreRowsInput): boolean {
  return [...Object.values(plan.put), ...Object.values(plan.remove)].every((list) => (list?.length ?? 0) === 0);
}
