import { effectiveDueAt, type FollowUp } from '../../domain/follow-up';
import type { SidecarDB } from '../schema';
import type { FollowUpRow } from '../rows';

/** The stored form: the index field `openDueAt` is the snooze-aware due time while open, absent when done. */
export function toFollowUpRow(f: FollowUp): FollowUpRow {
  const { openDueAt: _drop, ...plain } = f as FollowUpRow;
  void _drop;
  return f.done ? plain : { ...plain, openDueAt: effectiveDueAt(f) };
}

/** Store changed follow-ups (inside the caller's transaction). */
export async function putFollowUps(db: SidecarDB, followUps: readonly FollowUp[]): Promise<void> {
  if (followUps.length) await db.followUps.bulkPut(followUps.map(toFollowUpRow));
}
