import { PipelineSchema, type Pipeline } from '../../domain/pipeline';
import { applyStageRemoval, removeStage } from '../../domain/pipeline-edit';
import { createPipelineFromTemplate, type StageTemplateId } from '../../domain/stage-templates';
import type { Result } from '../../domain/result';
import type { SidecarDB } from '../schema';
import type { PipelineRow } from '../rows';

/** All pipelines in the user's order. */
export const listPipelines = (db: SidecarDB): Promise<PipelineRow[]> => db.pipelines.orderBy('position').toArray();

/** Add a pipeline made from one of the DOMAIN.md templates. */
export async function addPipelineFromTemplate(db: SidecarDB, templateId: StageTemplateId): Promise<PipelineRow> {
  return db.transaction('rw', db.pipelines, async () => {
    const row = {
      ...createPipelineFromTemplate(templateId, crypto.randomUUID()),
      position: await db.pipelines.count(),
    };
    await db.pipelines.add(row);
    return row;
  });
}

/** Store an edited pipeline (renamed, reordered or added stages); removing stages goes through removePipelineStage. */
export async function savePipeline(
  db: SidecarDB,
  pipeline: Pipeline,
): Promise<Result<PipelineRow, 'not-found' | 'stage-in-use'>> {
  return db.transaction('rw', db.pipelines, db.deals, async () => {
    const existing = await db.pipelines.get(pipeline.id);
    if (!existing) return { ok: false, error: 'not-found' } as const;
    const kept = new Set(pipeline.stages.map((s) => s.id));
    const orphaned = await db.deals
      .where('pipelineId')
      .equals(pipeline.id)
      .filter((d) => !kept.has(d.stageId))
      .count();
    if (orphaned > 0) return { ok: false, error: 'stage-in-use', detail: `${orphaned} deals` } as const;
    const row = { ...PipelineSchema.parse(pipeline), position: existing.position };
    await db.pipelines.put(row);
    return { ok: true, value: row } as const;
  });
}

/** Remove a stage, moving its deals (and their history) to another stage first: no deal is lost. */
export async function removePipelineStage(
  db: SidecarDB,
  pipelineId: string,
  stageId: string,
  moveDealsTo: string,
  now: number,
): Promise<Result<PipelineRow, string>> {
  return db.transaction('rw', db.pipelines, db.deals, async () => {
    const pipeline = await db.pipelines.get(pipelineId);
    if (!pipeline) return { ok: false, error: 'not-found' };
    const deals = await db.deals.where('pipelineId').equals(pipelineId).toArray();
    const plan = removeStage(pipeline, stageId, moveDealsTo, deals);
    if (!plan.ok) return plan;
    await db.deals.bulkPut(applyStageRemoval(plan.value, deals, now));
    const row = { ...plan.value.pipeline, position: pipeline.position };
    await db.pipelines.put(row);
    return { ok: true, value: row };
  });
}
