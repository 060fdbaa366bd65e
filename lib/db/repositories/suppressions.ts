import type { SidecarDB } from '../schema';
import type { SuppressionRow, SuppressionSaltRow } from '../rows';

/** The salts, oldest first: the first is the one new entries are hashed with. */
export async function listSalts(db: SidecarDB): Promise<SuppressionSaltRow[]> {
  return (await db.suppressionSalts.toArray()).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/** The hashes among `ids` that are on the list. */
export async function findSuppressed(db: SidecarDB, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.suppressions.bulkGet([...new Set(ids)]);
  return new Set(rows.flatMap((r) => (r ? [r.id] : [])));
}

/** Put entries on the list (an entry already there stays as it was). */
export async function addSuppressions(db: SidecarDB, rows: readonly SuppressionRow[]): Promise<void> {
  const present = await findSuppressed(
    db,
    rows.map((r) => r.id),
  );
  await db.suppressions.bulkAdd(rows.filter((r) => !present.has(r.id)));
}
