import { getSettings } from '../db/repositories/settings';
import type { FollowUpRow } from '../db/rows';
import type { SidecarDB } from '../db/schema';
import type { DealHealth } from '../domain/analytics-health';
import type { Deal } from '../domain/deal';
import { startOfNextLocalDay } from '../domain/follow-up';
import type { Settings } from '../domain/settings';
import { groupDealAttention, groupDueFollowUps } from './today-items';

export type TodayListKey = 'overdue' | 'today' | 'stalled' | 'nextStep';

export interface TodayData {
  settings: Settings;
  /** Each list cut to the rows shown; `totals` has the full counts. */
  overdue: FollowUpRow[];
  today: FollowUpRow[];
  stalled: DealHealth[];
  nextStep: DealHealth[];
  totals: Record<TodayListKey, number>;
  deals: Map<string, Deal>;
  /** Display names of the people on the shown rows. */
  names: Map<string, string>;
}

// No time zone is more than 14 h ahead of UTC: this bound covers "before tomorrow" anywhere, so the
// follow-ups can be read in parallel with the settings that say which zone the user is in.
const LATEST_DAY_END_MS = 38 * 3_600_000;

/**
 * Everything Today shows, in one pass: settings, open follow-ups due before tomorrow (openDueAt
 * index), open deals (status index), then the names of the people on the rows shown. One async
 * function, so the panel renders once with all of it instead of once per query.
 */
export async function loadToday(db: SidecarDB, now: number, shown: (key: TodayListKey, total: number) => number): Promise<TodayData> {
  const [settings, due, open] = await Promise.all([
    getSettings(db),
    db.followUps.where('openDueAt').below(now + LATEST_DAY_END_MS).toArray(),
    db.deals.where('status').equals('open').toArray(),
  ]);
  const dayEnd = startOfNextLocalDay(now, settings.workingTime.timeZone);
  const groups = groupDueFollowUps(due.filter((f) => (f.openDueAt ?? Infinity) < dayEnd), now, settings.workingTime.timeZone);
  const attention = groupDealAttention(open, settings.stalledDays, now);
  const totals = { overdue: groups.overdue.length, today: groups.today.length, stalled: attention.stalled.length, nextStep: attention.nextStep.length };
  const cut = <T>(key: TodayListKey, rows: T[]) => rows.slice(0, shown(key, rows.length));
  const lists = { overdue: cut('overdue', groups.overdue), today: cut('today', groups.today), stalled: cut('stalled', attention.stalled), nextStep: cut('nextStep', attention.nextStep) };
  const deals = new Map(open.map((d) => [d.id, d]));
  const personIds = new Set([...lists.overdue, ...lists.today].map((f) => f.personId));
  for (const h of [...lists.stalled, ...lists.nextStep]) { const d = deals.get(h.dealId); if (d) personIds.add(d.personId); }
  const people = await db.prospects.bulkGet([...personIds]);
  const names = new Map(people.flatMap((p) => (p ? [[p.id, p.displayName] as const] : [])));
  return { settings, ...lists, totals, deals, names };
}
