import type { Collection } from 'dexie';
import { getSettings } from '../db/repositories/settings';
import type { DealRow, FollowUpRow } from '../db/rows';
import type { SidecarDB } from '../db/schema';
import { dealHealthOf, type DealHealth } from '../domain/analytics-health';
import type { Deal } from '../domain/deal';
import { DAY_MS } from '../domain/entity-fields';
import { startOfNextLocalDay } from '../domain/follow-up';
import type { Settings } from '../domain/settings';

export type TodayListKey = 'overdue' | 'today' | 'stalled' | 'nextStep';

export interface TodayData {
  settings: Settings;
  /** Each list cut to the rows shown; `totals` has the full counts. */
  overdue: FollowUpRow[];
  today: FollowUpRow[];
  stalled: DealHealth[];
  nextStep: DealHealth[];
  totals: Record<TodayListKey, number>;
  /** The deals on the shown rows. */
  deals: Map<string, Deal>;
  /** Display names of the people on the shown rows. */
  names: Map<string, string>;
}

const firstOf = <T, I>(c: Collection<T, string, I>, n: number): Promise<T[]> =>
  (Number.isFinite(n) ? c.limit(n) : c).toArray();
const firstIds = (ids: string[], n: number): string[] => (Number.isFinite(n) ? ids.slice(0, n) : ids);

/**
 * The first `n` primary keys of `range` (in its index order) that `keep` passes, `total` of them in
 * all. Keys are read in growing chunks until enough are found: the fresh deals are most of the open
 * ones, and Today shows ten of those that need a step.
 */
async function firstKept<T, I>(
  range: () => Collection<T, string, I>,
  keep: (id: string) => boolean,
  n: number,
  total: number,
): Promise<string[]> {
  const wanted = Math.min(n, total);
  if (wanted === 0) return [];
  for (let chunk = Math.max(64, 4 * n); ; chunk *= 4) {
    const ids = await (Number.isFinite(chunk) ? range().limit(chunk) : range()).primaryKeys();
    const hits = ids.filter(keep);
    if (hits.length >= wanted || ids.length < chunk) return firstIds(hits, n);
  }
}

/**
 * Everything Today shows, reading only the rows it shows (`limit` per list; Infinity for all), in one
 * read transaction. Follow-ups through openDueAt: overdue is everything due before now (past its due
 * time, whatever the day), today is from now to the end of the local day; counted, then their first
 * rows (soonest first). Open deals as ids only, through their index
 * fields (lib/db/deal-rows.ts): those whose next step is missing or overdue (openStepDueAt before now),
 * the stalled ones (openTouchedAt at or before the cutoff, quietest first; those needing a step first,
 * as assessDealHealth ranks them), and the first fresh ones needing a step. Then the shown deals and
 * the names of the people on the shown rows. One async function, so the panel renders once.
 */
export async function loadToday(db: SidecarDB, now: number, limit: (key: TodayListKey) => number): Promise<TodayData> {
  return db.transaction('r', [db.settings, db.followUps, db.deals, db.prospects], async () => {
    const [settings, stepIds] = await Promise.all([
      getSettings(db),
      db.deals.where('openStepDueAt').below(now).primaryKeys(),
    ]);
    const { timeZone } = settings.workingTime;
    const overdueDue = () => db.followUps.where('openDueAt').below(now);
    const todayDue = () => db.followUps.where('openDueAt').between(now, startOfNextLocalDay(now, timeZone));
    const quietSince = now - settings.stalledDays * DAY_MS;
    const [overdueTotal, todayTotal, overdue, today, stalledIds] = await Promise.all([
      overdueDue().count(),
      todayDue().count(),
      firstOf(overdueDue(), limit('overdue')),
      firstOf(todayDue(), limit('today')),
      db.deals.where('openTouchedAt').belowOrEqual(quietSince).primaryKeys(),
    ]);
    const needsStep = new Set(stepIds);
    const stalled = new Set(stalledIds);
    const stalledAll = [
      ...stalledIds.filter((id) => needsStep.has(id)),
      ...stalledIds.filter((id) => !needsStep.has(id)),
    ];
    const nextStepTotal = stepIds.filter((id) => !stalled.has(id)).length;
    // The follow-ups' people are read beside the fresh deals' keys and the shown deals; the deals' own
    // people after them.
    const followUpPeople = [...new Set([...overdue, ...today].map((f) => f.personId))];
    const readingFollowUpPeople = db.prospects.bulkGet(followUpPeople);
    const shown = {
      stalled: firstIds(stalledAll, limit('stalled')),
      // Bounded by the exact total: with most deals needing a step stalled, a looser bound would read
      // every fresh deal's key looking for ones that are not there.
      nextStep: await firstKept(
        () => db.deals.where('openTouchedAt').above(quietSince),
        (id) => needsStep.has(id),
        limit('nextStep'),
        nextStepTotal,
      ),
    };
    const [rows, peopleOfFollowUps] = await Promise.all([
      db.deals.bulkGet([...shown.stalled, ...shown.nextStep]),
      readingFollowUpPeople,
    ]);
    const deals = new Map(rows.filter((d): d is DealRow => d !== undefined).map((d) => [d.id, d]));
    const health = (ids: string[]) =>
      ids.flatMap((id) => {
        const deal = deals.get(id);
        const h = deal && dealHealthOf(deal, settings.stalledDays, now);
        return h ? [h] : [];
      });
    const known = new Set(followUpPeople);
    const dealPeople = [...new Set([...deals.values()].map((d) => d.personId))].filter((id) => !known.has(id));
    const people = [...peopleOfFollowUps, ...(dealPeople.length ? await db.prospects.bulkGet(dealPeople) : [])];
    const names = new Map(people.flatMap((p) => (p ? [[p.id, p.displayName] as const] : [])));
    return {
      settings,
      overdue,
      today,
      stalled: health(shown.stalled),
      nextStep: health(shown.nextStep),
      deals,
      names,
      totals: { overdue: overdueTotal, today: todayTotal, stalled: stalledAll.length, nextStep: nextStepTotal },
    };
  });
}
