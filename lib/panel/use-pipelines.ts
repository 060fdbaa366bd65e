import { listPipelines } from '../db/repositories/pipelines';
import type { PipelineRow } from '../db/rows';
import { useDb } from './db-context';
import { useLiveQuery } from './use-live-query';

/** The pipelines in the user's order, live; undefined while loading (so "no pipeline" never flashes). */
export function usePipelines(): PipelineRow[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listPipelines(db), [db], undefined as PipelineRow[] | undefined);
}
