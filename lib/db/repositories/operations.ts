import type { SidecarDB } from '../schema';
import type { OperationRow } from '../rows';

/** How long an operation's reply is kept for a retry: far longer than any retry waits. */
export const OPERATION_TTL_MS = 7 * 86_400_000;

/** The reply an operation got, or undefined when it was never applied (inside the caller's transaction). */
export async function findOperation(db: SidecarDB, id: string): Promise<OperationRow | undefined> {
  return db.operations.get(id);
}

/** Record an applied operation with its reply (inside the transaction that applied it). */
export async function recordOperation(db: SidecarDB, row: OperationRow): Promise<void> {
  await db.operations.add(row);
}

/** Forget operations older than OPERATION_TTL_MS; returns how many. */
export async function pruneOperations(db: SidecarDB, now: number): Promise<number> {
  return db.operations
    .where('at')
    .below(now - OPERATION_TTL_MS)
    .delete();
}
