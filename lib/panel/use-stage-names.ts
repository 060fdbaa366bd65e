import { useMemo } from 'preact/hooks';
import { listPipelines } from '../db/repositories/pipelines';
import type { PipelineRow } from '../db/rows';
import { indexStages, resolveStageName } from '../domain/pipeline';
import { useDb } from './db-context';
import { useI18n } from './i18n-context';
import { useLiveQuery } from './use-live-query';

export interface StageNames {
  pipelines: PipelineRow[];
  /** A stage's name in the user's language (or as they renamed it); null when unknown. */
  nameOf: (pipelineId: string, stageId: string) => string | null;
}

/** The pipelines, live, and a stage-name lookup built once per change. */
export function useStageNames(): StageNames {
  const db = useDb();
  const { t } = useI18n();
  const pipelines = useLiveQuery(() => listPipelines(db), [db], [] as PipelineRow[]);
  return useMemo(() => {
    const index = indexStages(pipelines);
    return {
      pipelines,
      nameOf: (pipelineId, stageId) => {
        const stage = index.get(pipelineId)?.get(stageId);
        return stage ? resolveStageName(stage, t) : null;
      },
    };
  }, [pipelines, t]);
}
