import { useMemo } from 'preact/hooks';
import type { DealRow, PersonRow } from '../db/rows';
import { personStatusOf } from '../domain/person-status';
import { useDb } from './db-context';
import { useI18n } from './i18n-context';
import { loadDealsOf } from './page-data';
import { statusText, type StatusText } from './person-status-text';
import { useLiveQuery } from './use-live-query';
import { useStageNames } from './use-stage-names';

/**
 * The one status of each shown person (a page of the Pipeline list, search results), from their
 * deals, read in a live query of its own: a deal moving re-reads deals, never the people.
 */
export function usePeopleStatuses(people: readonly PersonRow[]): Map<string, StatusText> {
  const db = useDb();
  const { t } = useI18n();
  const { nameOf } = useStageNames();
  const ids = people.map((p) => p.id);
  const deals = useLiveQuery(() => loadDealsOf(db, ids), [db, ids.join(',')], [] as DealRow[]);
  return useMemo(() => {
    const out = new Map<string, StatusText>();
    for (const p of people) {
      const own = deals.filter((d) => d.personId === p.id);
      out.set(p.id, statusText(personStatusOf(p, own), nameOf, t));
    }
    return out;
  }, [people, deals, nameOf, t]);
}
