import { useState } from 'preact/hooks';
import type { PersonRow } from '@/lib/db/rows';
import type { Deal } from '@/lib/domain/deal';
import type { Pipeline } from '@/lib/domain/pipeline';
import { dealFlags } from '@/lib/domain/analytics-health';
import { useDb } from '@/lib/panel/db-context';
import { useI18n } from '@/lib/panel/i18n-context';
import { useLiveQuery } from '@/lib/panel/use-live-query';
import { DealCard } from './deal-card';

// A stage can hold thousands of deals; the panel shows a page at a time so opening it stays fast.
const PAGE = 30;

export interface DealListProps {
  deals: readonly Deal[];
  pipeline: Pipeline;
  now: number;
  stalledDays: number;
  emptyText: string;
  onOpenPerson(personId: string): void;
  onMove(deal: Deal, toStageId: string): void;
}

/** The chosen stage's cards, a page at a time; names are read for the shown cards only. */
export function DealList({ deals, pipeline, now, stalledDays, emptyText, onOpenPerson, onMove }: DealListProps) {
  const { t } = useI18n();
  const db = useDb();
  const [limit, setLimit] = useState(PAGE);
  const shown = deals.slice(0, limit);
  const ids = [...new Set(shown.map((d) => d.personId))];
  const people = useLiveQuery(
    async () =>
      new Map((await db.prospects.bulkGet(ids)).filter((p): p is PersonRow => p !== undefined).map((p) => [p.id, p])),
    [db, ids.join(',')],
    undefined as Map<string, PersonRow> | undefined,
  );
  if (deals.length === 0) return <p class="muted empty">{emptyText}</p>;
  return (
    <>
      <ul class="deal-list" aria-label={t('board.deals')} data-ready={people ? 'true' : undefined}>
        {shown.map((d) => (
          <DealCard
            key={d.id}
            deal={d}
            pipeline={pipeline}
            personName={people?.get(d.personId)?.displayName ?? null}
            flags={dealFlags(d, stalledDays, now)}
            onOpenPerson={onOpenPerson}
            onMove={onMove}
          />
        ))}
      </ul>
      {deals.length > limit && (
        <button type="button" class="linkish" onClick={() => setLimit(limit + PAGE)}>
          {t('board.showMore', { count: Math.min(PAGE, deals.length - limit) })}
        </button>
      )}
    </>
  );
}
