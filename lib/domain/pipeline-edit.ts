import type { Deal } from './deal';
import { findStage, isWinKind, PipelineSchema, type Pipeline, type Stage, type StageKind } from './pipeline';
import { fail, ok, type Result } from './result';

export type PipelineEditError = 'unknown-stage' | 'invalid-pipeline' | 'same-stage' | 'kind-mismatch' | 'invalid-order';

/** Parse after every edit so an edit can never produce a pipeline the schema would reject. */
function checkPipeline(pipeline: Pipeline): Result<Pipeline, PipelineEditError> {
  const parsed = PipelineSchema.safeParse(pipeline);
  return parsed.success ? ok(parsed.data) : fail('invalid-pipeline', parsed.error.issues[0]?.message);
}

/** Rename a stage with user text; the message key stays so "reset name" can go back to the translation. */
export function renameStage(
  pipeline: Pipeline,
  stageId: string,
  name: string | null,
): Result<Pipeline, PipelineEditError> {
  if (!findStage(pipeline, stageId)) return fail('unknown-stage', stageId);
  const trimmed = name?.trim() ?? '';
  const stages = pipeline.stages.map((s) => (s.id === stageId ? { ...s, name: trimmed === '' ? null : trimmed } : s));
  return checkPipeline({ ...pipeline, stages });
}

/** Reorder stages; `orderedIds` must list every stage exactly once. */
export function reorderStages(pipeline: Pipeline, orderedIds: readonly string[]): Result<Pipeline, PipelineEditError> {
  const byId = new Map(pipeline.stages.map((s) => [s.id, s]));
  if (orderedIds.length !== byId.size || new Set(orderedIds).size !== orderedIds.length) return fail('invalid-order');
  const stages: Stage[] = [];
  for (const id of orderedIds) {
    const stage = byId.get(id);
    if (!stage) return fail('unknown-stage', id);
    stages.push(stage);
  }
  return checkPipeline({ ...pipeline, stages });
}

/** Insert a stage at `index` (default: before the first closed stage, i.e. last of the open ones). */
export function addStage(pipeline: Pipeline, stage: Stage, index?: number): Result<Pipeline, PipelineEditError> {
  const firstClosed = pipeline.stages.findIndex((s) => s.kind !== 'open');
  const at = index ?? (firstClosed === -1 ? pipeline.stages.length : firstClosed);
  const stages = [...pipeline.stages];
  stages.splice(Math.max(0, Math.min(at, stages.length)), 0, stage);
  return checkPipeline({ ...pipeline, stages });
}

export type DealReassignment = { dealId: string; fromStageId: string; toStageId: string };
export type StageRemovalPlan = {
  pipeline: Pipeline;
  removedStageId: string;
  moveDealsTo: string;
  moves: DealReassignment[];
};

// Won and post-sale both mean "won", so deals may move between them; otherwise kinds must match,
// so removing a stage never silently opens, wins or loses a deal.
function kindClass(kind: StageKind): string {
  return isWinKind(kind) ? 'won' : kind;
}

/**
 * Plan the removal of a stage: every deal in it is reassigned to `moveDealsTo`, a stage of the same
 * kind in the same pipeline, so no deal is lost. Nothing changes until the plan is applied.
 */
export function removeStage(
  pipeline: Pipeline,
  stageId: string,
  moveDealsTo: string,
  deals: readonly Pick<Deal, 'id' | 'pipelineId' | 'stageId'>[] = [],
): Result<StageRemovalPlan, PipelineEditError> {
  const removed = findStage(pipeline, stageId);
  const target = findStage(pipeline, moveDealsTo);
  if (!removed) return fail('unknown-stage', stageId);
  if (!target) return fail('unknown-stage', moveDealsTo);
  if (removed.id === target.id) return fail('same-stage');
  if (kindClass(removed.kind) !== kindClass(target.kind)) return fail('kind-mismatch');
  const checked = checkPipeline({ ...pipeline, stages: pipeline.stages.filter((s) => s.id !== stageId) });
  if (!checked.ok) return checked;
  const moves = deals
    .filter((d) => d.pipelineId === pipeline.id && d.stageId === stageId)
    .map((d) => ({ dealId: d.id, fromStageId: stageId, toStageId: moveDealsTo }));
  return ok({ pipeline: checked.value, removedStageId: stageId, moveDealsTo, moves });
}

/**
 * Apply a removal plan to deals: reassigned deals get the new stage and a history visit starting now.
 * Past visits to the removed stage stay in history (analytics skip stage ids the pipeline lacks).
 */
export function applyStageRemoval(plan: StageRemovalPlan, deals: readonly Deal[], now: number): Deal[] {
  const moving = new Set(plan.moves.map((m) => m.dealId));
  return deals.map((d) => {
    if (!moving.has(d.id) || d.stageId !== plan.removedStageId) return d;
    const history = d.stageHistory.map((v) => (v.leftAt === null ? { ...v, leftAt: now } : v));
    history.push({ stageId: plan.moveDealsTo, enteredAt: now, leftAt: null });
    return { ...d, stageId: plan.moveDealsTo, stageHistory: history, updatedAt: now };
  });
}
