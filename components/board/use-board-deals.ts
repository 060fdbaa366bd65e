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
  const stage = useLiveQuery(
    () => (filtering ? Promise.resolve(null) : inStage(o.selectedId).toArray()),
    [db, pipeline.id, o.selectedId, filtering],
    undefined as Deal[] | null | undefined,
  );
  const counts = useLiveQuery(
    () => (filtering ? Promise.resolve(null) : Promise.all(pipeline.stages.map((s) => inStage(s.id).count()))),
    [db, pipeline, filtering],
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
    const columns = summarizeColumns(pipeline, stage ?? []).map((c, i) => ({ ...c, count: counts?.[i] ?? c.count }));
    return {
      columns,
      columnDeals: stage ? sortColumnDeals(stage) : undefined,
      pipelineEmpty: counts ? counts.every((n) => n === 0) : false,
    };
  }, [filtering, all, stage, counts, pipeline, o.filters, o.now, o.stalledDays, o.taggedPersonIds, o.selectedId]);
}
