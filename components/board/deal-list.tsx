import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PersonRow } from '@/lib/db/rows';
import type { Deal } from '@/lib/domain/deal';
import type { Pipeline } from '@/lib/domain/pipeline';
import { dealFlags } from '@/lib/domain/analytics-health';
import { useDb } from '@/lib/panel/db-context';
import { useI18n } from '@/lib/panel/i18n-context';
import { useLiveQuery } from '@/lib/panel/use-live-query';
import { DealCard } from './deal-card';
import { DEAL_PAGE, peopleById } from './deal-page';

export interface DealListProps {
  deals: readonly Deal[];
  pipeline: Pipeline;
  now: number;
  stalledDays: number;
  emptyText: string;
  onOpenPerson(personId: string): void;
  onMove(deal: Deal, toStageId: string): void;
  /** The deals chosen for a bulk action. */
  selected: ReadonlySet<string>;
  onSelect(dealId: string, selected: boolean): void;
  /** The people on the first page, when the stage's read brought them (use-board-deals.ts). */
  firstPeople?: Map<string, PersonRow> | undefined;
  /** Where focus goes when the last card left the list (the stage's own chip). */
  onListEmptied?(): void;
}

/**
 * Keep keyboard users in place: when the focused card leaves the list (moved to another stage, by
 * any means), focus goes to the card that took its place, else to `onEmpty` (issue 19: it fell to
 * <body>). Focus that went elsewhere on purpose is left alone.
 */
function useFocusFollow(deals: readonly Deal[], onEmpty?: () => void) {
  const list = useRef<HTMLUListElement>(null);
  const last = useRef<{ id: string; index: number } | null>(null);
  useLayoutEffect(() => {
    const was = last.current;
    if (!was || deals.some((d) => d.id === was.id)) return;
    last.current = null;
    const active = document.activeElement;
    if (active && active !== document.body && document.contains(active)) return;
    const cards = list.current?.querySelectorAll<HTMLElement>('.deal-card') ?? [];
    const next = cards[Math.min(was.index, cards.length - 1)];
    if (next) next.focus();
    else onEmpty?.();
  }, [deals, onEmpty]);
  const onFocusIn = (e: FocusEvent) => {
    const card = (e.target as HTMLElement).closest<HTMLElement>('.deal-card');
    if (!card?.dataset.dealId) return;
    const index = [...(list.current?.querySelectorAll('.deal-card') ?? [])].indexOf(card);
    last.current = { id: card.dataset.dealId, index };
  };
  return { list, onFocusIn };
}

/** The chosen stage's cards, a page at a time; names are read for the shown cards only. */
export function DealList(props: DealListProps) {
  const { deals, pipeline, now, stalledDays, emptyText, onOpenPerson, onMove } = props;
  const { t } = useI18n();
  const db = useDb();
  const { list, onFocusIn } = useFocusFollow(deals, props.onListEmptied);
  const [limit, setLimit] = useState(DEAL_PAGE);
  const shown = deals.slice(0, limit);
  const ids = [...new Set(shown.map((d) => d.personId))];
  const read = useLiveQuery(
    async () => peopleById(await db.prospects.bulkGet(ids)),
    [db, ids.join(',')],
    undefined as Map<string, PersonRow> | undefined,
  );
  const first = props.firstPeople;
  const people = read ?? (first && ids.every((id) => first.has(id)) ? first : undefined);
  if (deals.length === 0) return <p class="muted empty">{emptyText}</p>;
  return (
    <>
      <ul
        ref={list}
        class="deal-list"
        aria-label={t('board.deals')}
        data-ready={people ? 'true' : undefined}
        onFocusIn={onFocusIn}
      >
        {shown.map((d) => (
          <DealCard
            key={d.id}
            deal={d}
            pipeline={pipeline}
            personName={people?.get(d.personId)?.displayName ?? null}
            flags={dealFlags(d, stalledDays, now)}
            onOpenPerson={onOpenPerson}
            onMove={onMove}
            selected={props.selected.has(d.id)}
            onSelect={(on) => props.onSelect(d.id, on)}
          />
        ))}
      </ul>
      {deals.length > limit && (
        <button type="button" class="linkish" onClick={() => setLimit(limit + DEAL_PAGE)}>
          {t('board.showMore', { count: Math.min(DEAL_PAGE, deals.length - limit) })}
        </button>
      )}
    </>
  );
}
