import { useMemo } from 'preact/hooks';
import type { Deal } from '@/lib/domain/deal';
import type { Pipeline } from '@/lib/domain/pipeline';
import { sortColumnDeals, summarizeColumns, type ColumnSummary } from '@/lib/panel/board-columns';
import { applyBoardFilters, countActiveFilters, type BoardFilters } from '@/lib/panel/board-filters';
import { useDb } from '@/lib/panel/db-context';
import { useLiveQuery } from '@/lib/panel/use-live-query';

export interface BoardDeals {
  /** Every stage with its count; totals are exact for the selected stage (the only one whose are shown). */
  columns: ColumnSummary[];
  /** The selected stage's deals after the filters, in card order; undefined while loading. */
  columnDeals: Deal[] | undefined;
  /** Whether the pipeline has no deals at all (for the empty state); false while unknown. */
  pipelineEmpty: boolean;
}

interface Options {
  selectedId: string;
  filters: BoardFilters;
  now: number;
  stalledDays: number;
  taggedPersonIds: ReadonlySet<string> | null;
  /** Other pipelines may reuse stage ids (two B2B pipelines): index counts by stage would mix them. */
  shared: boolean;
}

/**
 * The board's data. Without filters it reads only the selected stage's deals and counts the other
 * stages through the stageId index (no values read): opening the panel on 5,000 deals reads a few
 * hundred. With a filter set, every deal of the pipeline is read, as each count depends on the filter.
 */
export function useBoardDeals(pipeline: Pipeline, o: Options): BoardDeals {
  const db = useDb();
  const filtering = countActiveFilters(o.filters) > 0;
  const stage = useLiveQuery(
    () => (filtering ? Promise.resolve(null) : db.deals.where('stageId').equals(o.selectedId).filter((d) => d.pipelineId === pipeline.id).toArray()),
    [db, pipeline.id, o.selectedId, filtering], undefined as Deal[] | null | undefined,
  );
  const counts = useLiveQuery(
    () => (filtering ? Promise.resolve(null) : Promise.all(pipeline.stages.map((s) => {
      const inStage = db.deals.where('stageId').equals(s.id);
      return o.shared ? inStage.filter((d) => d.pipelineId === pipeline.id).count() : inStage.count();
    }))),
    [db, pipeline, filtering, o.shared], undefined as number[] | null | undefined,
  );
  const all = useLiveQuery(
    () => (filtering ? db.deals.where('pipelineId').equals(pipeline.id).toArray() : Promise.resolve(null)),
    [db, pipeline.id, filtering], undefined as Deal[] | null | undefined,
  );
  return useMemo(() => {
    if (filtering) {
      if (!all) return { columns: summarizeColumns(pipeline, []), columnDeals: undefined, pipelineEmpty: false };
      const kept = applyBoardFilters(all, o.filters, { now: o.now, stalledDays: o.stalledDays, taggedPersonIds: o.taggedPersonIds });
      return {
        columns: summarizeColumns(pipeline, kept),
        columnDeals: sortColumnDeals(kept.filter((d) => d.stageId === o.selectedId)),
        pipelineEmpty: all.length === 0,
      };
    }
    const columns = summarizeColumns(pipeline, stage ?? []).map((c, i) => ({ ...c, count: counts?.[i] ?? c.count }));
    return {
      columns,
      columnDeals: stage ? sortColumnDeals(stage) : undefined,
      pipelineEmpty: counts ? counts.every((n) => n === 0) : false,
    };
  }, [filtering, all, stage, counts, pipeline, o.filters, o.now, o.stalledDays, o.taggedPersonIds, o.selectedId]);
}
