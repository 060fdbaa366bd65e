import type { SidecarDB } from '../schema';
import type { CadenceRunStatus } from '../rows';

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
