import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PersonRow } from '@/lib/db/rows';
import type { Deal } from '@/lib/domain/deal';
import type { Pipeline } from '@/lib/domain/pipeline';
import { sortColumnDeals, summarizeColumns, type BoardColumn } from '@/lib/panel/board-columns';
import { applyBoardFilters, countActiveFilters, type BoardFilters } from '@/lib/panel/board-filters';
import { useDb } from '@/lib/panel/db-context';
import { useLiveQuery } from '@/lib/panel/use-live-query';
import { DEAL_PAGE, peopleById } from './deal-page';

export interface BoardDeals {
  /** Every stage with its count (null until read); totals are exact for the selected stage (the only one whose are shown). */
  columns: BoardColumn[];
  /** The selected stage's deals after the filters, in card order; undefined while loading. */
  columnDeals: Deal[] | undefined;
  /** The people on the first page of the selected stage's cards, read with its deals (unfiltered board only). */
  firstPeople?: Map<string, PersonRow> | undefined;
  /** Whether the pipeline has no deals at all (for the empty state); false while unknown. */
  pipelineEmpty: boolean;
}

interface StageRead {
  deals: Deal[];
  people: Map<string, PersonRow>;
}

interface Options {
  selectedId: string;
  filters: BoardFilters;
  now: number;
  stalledDays: number;
  taggedPersonIds: ReadonlySet<string> | null;
}

/**
 * The board's data. Without filters it reads only the selected stage's deals and counts the other
 * stages, both through the [pipelineId+stageId] index (pipelines may share stage ids, e.g. two B2B
 * ones; counts read no values): opening the panel on 5,000 deals reads a few hundred. With a filter
 * set, every deal of the pipeline is read, as each count depends on the filter.
 */
export function useBoardDeals(pipeline: Pipeline, o: Options): BoardDeals {
  const db = useDb();
  const filtering = countActiveFilters(o.filters) > 0;
  const inStage = (stageId: string) => db.deals.where('[pipelineId+stageId]').equals([pipeline.id, stageId]);
  // The chosen stage's deals and the people on its first page of cards, in one read: a live query's
  // first run waits for a timer (and often a frame), so the cards' names no longer wait for a second one.
  const stageRead = useLiveQuery(
    async () => {
      if (filtering) return null;
      const deals = sortColumnDeals(await inStage(o.selectedId).toArray());
      const ids = [...new Set(deals.slice(0, DEAL_PAGE).map((d) => d.personId))];
      return { deals, people: peopleById(await db.prospects.bulkGet(ids)) };
    },
    [db, pipeline.id, o.selectedId, filtering],
    undefined as StageRead | null | undefined,
  );
  const stage = stageRead === undefined ? undefined : (stageRead?.deals ?? null);
  // The other stages are counted after the chosen stage's cards have asked for their people's names:
  // IndexedDB answers one request after another, and counting the stages of 5,000 deals (50-100 ms
  // here) used to hold up the cards the user opened the panel for. Their chips show no number meanwhile.
  const stageKnown = stage !== undefined;
  const [countsWanted, setCountsWanted] = useState(false);
  useEffect(() => {
    if (!stageKnown || countsWanted) return;
    const timer = setTimeout(() => setCountsWanted(true), 0);
    return () => clearTimeout(timer);
  }, [stageKnown, countsWanted]);
  const counts = useLiveQuery(
    () =>
      filtering || !countsWanted
        ? Promise.resolve(null)
        : Promise.all(pipeline.stages.map((s) => inStage(s.id).count())),
    [db, pipeline, filtering, countsWanted],
    undefined as number[] | null | undefined,
  );
  const all = useLiveQuery(
    () => (filtering ? db.deals.where('pipelineId').equals(pipeline.id).toArray() : Promise.resolve(null)),
    [db, pipeline.id, filtering],
    undefined as Deal[] | null | undefined,
  );
  return useMemo(() => {
    if (filtering) {
      if (!all) return { columns: summarizeColumns(pipeline, []), columnDeals: undefined, pipelineEmpty: false };
      const kept = applyBoardFilters(all, o.filters, {
        now: o.now,
        stalledDays: o.stalledDays,
        taggedPersonIds: o.taggedPersonIds,
      });
      return {
        columns: summarizeColumns(pipeline, kept),
        columnDeals: sortColumnDeals(kept.filter((d) => d.stageId === o.selectedId)),
        pipelineEmpty: all.length === 0,
      };
    }
    const columns = summarizeColumns(pipeline, stage ?? []).map((c, i) => ({
      ...c,
      count: counts?.[i] ?? (stage && c.stage.id === o.selectedId ? c.count : null),
    }));
    return {
      columns,
      // An empty stage waits for the counts: whether the whole pipeline is empty decides what it says.
      columnDeals: stage && (stage.length > 0 || counts) ? stage : undefined,
      firstPeople: stageRead?.people,
      pipelineEmpty: counts ? counts.every((n) => n === 0) : false,
    };
  }, [
    filtering,
    all,
    stage,
    stageRead,
    counts,
    pipeline,
    o.filters,
    o.now,
    o.stalledDays,
    o.taggedPersonIds,
    o.selectedId,
  ]);
}
