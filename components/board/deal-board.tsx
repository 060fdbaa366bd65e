import { useState } from 'preact/hooks';
import { firstOpenStage, findStage, type Pipeline } from '@/lib/domain/pipeline';
import type { Settings } from '@/lib/domain/settings';
import { foldText } from '@/lib/domain/text-fold';
import { countActiveFilters, NO_FILTERS, type BoardFilters } from '@/lib/panel/board-filters';
import { useDb } from '@/lib/panel/db-context';
import { useI18n } from '@/lib/panel/i18n-context';
import { useLiveQuery } from '@/lib/panel/use-live-query';
import { useNow } from '@/lib/panel/use-now';
import { BulkBar } from '../bulk/bulk-bar';
import { BoardFiltersForm } from './board-filters-form';
import { ColumnSummary } from './column-summary';
import { DealList } from './deal-list';
import { MoveDialogs } from './move-dialogs';
import { StageStrip } from './stage-strip';
import { useBoardDeals } from './use-board-deals';
import { useDealMove } from './use-deal-move';

const toggled = (set: ReadonlySet<string>, id: string, on: boolean) => {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
};

export interface DealBoardProps {
  pipeline: Pipeline;
  settings: Settings;
  onOpenPerson(personId: string): void;
}

/** The deals of one pipeline: stage strip (switcher and drop targets), filters, the chosen stage's cards. */
export function DealBoard({ pipeline, settings, onOpenPerson }: DealBoardProps) {
  const { t } = useI18n();
  const db = useDb();
  const now = useNow();
  const [chosen, setChosen] = useState<string | null>(null);
  const [filters, setFilters] = useState<BoardFilters>(NO_FILTERS);
  const [showFilters, setShowFilters] = useState(false);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const move = useDealMove(pipeline);
  // Tags live on people and have no index: scanned only while a tag filter is set, folded like search.
  const tagged = useLiveQuery(
    async () => {
      if (filters.tag === null) return null;
      const tag = foldText(filters.tag);
      return new Set(await db.prospects.filter((p) => p.tags.some((x) => foldText(x) === tag)).primaryKeys());
    },
    [db, filters.tag],
    null as Set<string> | null,
  );
  const selectedId =
    chosen !== null && findStage(pipeline, chosen)
      ? chosen
      : (firstOpenStage(pipeline)?.id ?? pipeline.stages[0]?.id ?? '');
  const { columns, columnDeals, firstPeople, pipelineEmpty } = useBoardDeals(pipeline, {
    selectedId,
    filters,
    now,
    stalledDays: settings.stalledDays,
    taggedPersonIds: tagged,
  });
  const column = columns.find((c) => c.stage.id === selectedId);
  const active = countActiveFilters(filters);
  const targets = (columnDeals ?? []).filter((d) => selected.has(d.id)).map((d) => ({ personId: d.personId, deal: d }));
  // The last card of a stage moved away: the stage's chip keeps the keyboard user's place.
  const focusStage = () =>
    document.querySelector<HTMLElement>(`.stage-chip[data-stage-id="${CSS.escape(selectedId)}"]`)?.focus();

  return (
    <div class="deal-board">
      <StageStrip
        columns={columns}
        selectedId={selectedId}
        onSelect={(id) => {
          setChosen(id);
          setSelected(new Set());
        }}
        onDropDeal={(id, to) => {
          const d = columnDeals?.find((x) => x.id === id);
          if (d) move.request(d, to);
        }}
      />
      <div class="board-tools">
        <button type="button" class="linkish" aria-expanded={showFilters} onClick={() => setShowFilters(!showFilters)}>
          {active > 0 ? t('board.filtersActive', { count: active }) : t('board.filters')}
        </button>
      </div>
      {showFilters && <BoardFiltersForm value={filters} onChange={setFilters} />}
      {move.error && (
        <p class="sc-error" role="alert">
          {t('board.moveFailed', { reason: t(`error.${move.error}`) })}
        </p>
      )}
      {column && <ColumnSummary column={column} />}
      {targets.length > 0 && (
        <BulkBar
          targets={targets}
          pipeline={pipeline}
          workingTime={settings.workingTime}
          onDone={() => setSelected(new Set())}
        />
      )}
      {columnDeals === undefined ? (
        <p class="muted">{t('loading')}</p>
      ) : (
        <DealList
          key={selectedId}
          deals={columnDeals}
          firstPeople={firstPeople}
          pipeline={pipeline}
          now={now}
          stalledDays={settings.stalledDays}
          emptyText={
            pipelineEmpty ? t('board.emptyPipeline') : active > 0 ? t('board.emptyFiltered') : t('board.emptyStage')
          }
          onOpenPerson={onOpenPerson}
          onMove={move.request}
          onListEmptied={focusStage}
          selected={selected}
          onSelect={(id, on) => setSelected(toggled(selected, id, on))}
        />
      )}
      <MoveDialogs move={move} pipeline={pipeline} workingTime={settings.workingTime} />
    </div>
  );
}
