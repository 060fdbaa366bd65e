import type { FollowUpKind } from '../domain/follow-up';
import type { SidecarDB } from '../db/schema';
import type { FollowUpRow } from '../db/rows';
import { kindMessageKey, toChromeMessageKey } from '../reminders/message-keys';
import { exportFollowUpsToIcs } from './ics';

export const ICS_FILE_NAME = 'sidecar-follow-ups.ics';
const PRODUCT_ID = '-//Sidecar//Follow-ups 1.0//EN';

export interface FollowUpExportOptions {
  now: number;
  /** Also export follow-ups closed since this instant (done stay CONFIRMED, cancelled become CANCELLED). */
  includeDoneSince?: number;
  /** The panel's translator over the catalogue (kind labels, generated notes, the calendar name). */
  translate?: (key: string) => string;
}

/** Map ics.ts's message keys ('followUp.kind.call', dotted noteKeys) onto the catalogue's keys. */
function toCatalogueKey(key: string): string {
  const kind = /^followUp\.kind\.(.+)$/.exec(key)?.[1];
  return kind === undefined ? toChromeMessageKey(key) : kindMessageKey(kind as FollowUpKind);
}

/**
 * The follow-ups as an .ics calendar: every open one (through the openDueAt index) and, optionally,
 * recently closed ones, with people's names. UIDs come from follow-up ids, so importing the file
 * again updates the events instead of duplicating them.
 */
export async function buildFollowUpsIcs(db: SidecarDB, opts: FollowUpExportOptions): Promise<string> {
  const open = await db.followUps.where('openDueAt').aboveOrEqual(0).toArray();
  const since = opts.includeDoneSince;
  const closed: FollowUpRow[] =
    since === undefined ? [] : await db.followUps.filter((f) => f.done && (f.doneAt ?? 0) >= since).toArray();
  const followUps = [...open, ...closed];
  const personIds = [...new Set(followUps.map((f) => f.personId))];
  const people = new Map<string, { displayName: string }>();
  (await db.prospects.bulkGet(personIds)).forEach((p) => p && people.set(p.id, { displayName: p.displayName }));
  const t = opts.translate;
  return exportFollowUpsToIcs(followUps, people, {
    now: opts.now,
    calendarName: 'Sidecar',
    productId: PRODUCT_ID,
    ...(t === undefined ? {} : { translate: (key: string) => t(toCatalogueKey(key)) }),
  });
}
