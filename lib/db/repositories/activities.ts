import type { SidecarDB } from '../schema';
import type { ActivityRow } from '../rows';

/** A person's timeline, newest first. */
export const listTimeline = (db: SidecarDB, personId: string): Promise<ActivityRow[]> =>
  db.activities.where('[personId+at]').between([personId, -Infinity], [personId, Infinity]).reverse().toArray();

/** What makes a logged email one per (signed-in account, Gmail message, person): the unique dedupeKey. */
export function emailDedupeKey(account: string, gmailMessageId: string, personId: string): string {
  return `email:${account}:${gmailMessageId}:${personId}`;
}
