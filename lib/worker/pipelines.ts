import { PipelineSchema, type Pipeline } from '../domain/pipeline';
import { applyStageRemoval, removeStage as planStageRemoval } from '../domain/pipeline-edit';
import { createPipelineFromTemplate, type StageTemplateId } from '../domain/stage-templates';
import { SettingsSchema, type Settings } from '../domain/settings';
import type { Result } from '../domain/result';
import type { SidecarDB } from '../db/schema';
import { getSettings } from '../db/repositories/settings';
import { runUseCase, type Call } from './use-case';

/** Add a pipeline made from one of the DOMAIN.md templates, last in the user's order. */
export function addPipeline(
  db: SidecarDB,
  input: { templateId: StageTemplateId },
  call: Call,
): Promise<Result<{ pipelineId: string }>> {
  return runUseCase(db, 'addPipeline', call, [db.pipelines], async () => {
    const row = {
      ...createPipelineFromTemplate(input.templateId, crypto.randomUUID()),
      position: await db.pipelines.count(),
    };
    await db.pipelines.add(row);
    return { ok: true, value: { pipelineId: row.id } };
  });
}

/** Store an edited pipeline (renamed, reordered or added stages); a stage that still holds deals stays. */
export function savePipeline(db: SidecarDB, input: { pipeline: Pipeline }, call: Call): Promise<Result<object>> {
  return runUseCase(db, 'savePipeline', call, [db.pipelines, db.deals], async () => {
    const { pipeline } = input;
    const existing = await db.pipelines.get(pipeline.id);
    if (!existing) return { ok: false, error: 'not-found' };
    const kept = new Set(pipeline.stages.map((s) => s.id));
    const orphaned = await db.deals
      .where('pipelineId')
      .equals(pipeline.id)
      .filter((d) => !kept.has(d.stageId))
      .count();
    if (orphaned > 0) return { ok: false, error: 'stage-in-use', detail: `${orphaned} deals` };
    await db.pipelines.put({ ...PipelineSchema.parse(pipeline), position: existing.position });
    return { ok: true, value: {} };
  });
}

/** Remove a stage, moving its deals (and their history) to another stage first: no deal is lost. */
export function removeStage(
  db: SidecarDB,
  input: { pipelineId: string; stageId: string; moveDealsTo: string },
  call: Call,
): Promise<Result<object>> {
  return runUseCase(db, 'removeStage', call, [db.pipelines, db.deals], async () => {
    const pipeline = await db.pipelines.get(input.pipelineId);
    if (!pipeline) return { ok: false, error: 'not-found' };
    const deals = await db.deals.where('pipelineId').equals(input.pipelineId).toArray();
    const plan = planStageRemoval(pipeline, input.stageId, input.moveDealsTo, deals);
    if (!plan.ok) return plan;
    await db.deals.bulkPut(applyStageRemoval(plan.value, deals, call.now));
    await db.pipelines.put({ ...plan.value.pipeline, position: pipeline.position });
    return { ok: true, value: {} };
  });
}

/** Apply a partial change to the settings; the whole result is validated before it is stored. */
export function updateSettings(
  db: SidecarDB,
  input: { patch: Partial<Settings> },
  call: Call,
): Promise<Result<object>> {
  return runUseCase(db, 'updateSettings', call, [db.settings], async () => {
    const parsed = SettingsSchema.safeParse({ ...(await getSettings(db)), ...input.patch });
    if (!parsed.success) return { ok: false, error: 'invalid-input', detail: parsed.error.message };
    await db.settings.put({ id: 'settings', value: parsed.data });
    return { ok: true, value: {} };
  });
}
