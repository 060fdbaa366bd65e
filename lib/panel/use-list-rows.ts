import { useMemo } from 'preact/hooks';
import type { ActivityRow, DealRow, FollowUpRow, PersonRow } from '../db/rows';
import { countTouchesByPerson } from '../domain/analytics-touches';
import { buildListRows, type PeopleListRow } from '../domain/people-list';
import { useDb } from './db-context';
import { followUpText } from './follow-up-text';
import { useI18n } from './i18n-context';
import { useLiveQuery } from './use-live-query';

/** When each person was last touched: their newest email, call, meeting or LinkedIn message. */
export function lastTouchByPerson(activities: readonly ActivityRow[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const [id, counts] of countTouchesByPerson(activities))
    if (counts.lastTouchAt !== null) out.set(id, counts.lastTouchAt);
  return out;
}

/**
 * The list view's rows, live. Unlike the board, the list is over everyone, so it reads every person,
 * deal and open follow-up, and the touches among the activities: four live queries, so a write to
 * one table re-reads only that table. Undefined until the first three have answered; the last touches
 * (every activity is read: the slowest of the four) fill in when they arrive.
 */
export function useListRows(): PeopleListRow[] | undefined {
  const db = useDb();
  const { t } = useI18n();
  const people = useLiveQuery(() => db.prospects.toArray(), [db], undefined as PersonRow[] | undefined);
  const deals = useLiveQuery(() => db.deals.toArray(), [db], undefined as DealRow[] | undefined);
  // Only open follow-ups carry openDueAt (lib/db/repositories/follow-up-rows.ts).
  const followUps = useLiveQuery(
    () => db.followUps.where('openDueAt').aboveOrEqual(0).toArray(),
    [db],
    undefined as FollowUpRow[] | undefined,
  );
  // Activities have no kind index: every one is read, and the touches counted (analytics-touches.ts).
  const touches = useLiveQuery(
    async () => lastTouchByPerson(await db.activities.toArray()),
    [db],
    undefined as Map<string, number> | undefined,
  );
  return useMemo(() => {
    if (!people || !deals || !followUps) return undefined;
    return buildListRows(people, deals, followUps, touches ?? new Map(), (f) => followUpText(f, t));
  }, [people, deals, followUps, touches, t]);
}
