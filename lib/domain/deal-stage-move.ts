import type { Deal, DealStatus } from './deal';
import { firstOpenStage, findStage, isWinKind, type Pipeline, type Stage } from './pipeline';
import { fail, ok, type Result } from './result';

export type StageMoveError =
  'wrong-pipeline' | 'unknown-stage' | 'same-stage' | 'next-step-required' | 'lost-reason-required';

export type StageMove = { from: Stage | undefined; to: Stage; status: DealStatus };

/** The deal status implied by a stage kind. */
export function statusForStage(stage: Stage): DealStatus {
  if (isWinKind(stage.kind)) return 'won';
  return stage.kind === 'lost' ? 'lost' : 'open';
}

/**
 * Check a stage move. Entering any open stage after the first needs a next step with a date
 * ("don't forget to follow up"): this is what makes leaving the first stage require one, and keeps a
 * deal from being pushed along without one later. Winning needs none (the deal ends); losing does not
 * need a next step either, but the reason is asked for when `lostReason` is passed as null.
 */
export function validateStageMove(
  deal: Pick<Deal, 'pipelineId' | 'stageId' | 'nextStep'>,
  toStageId: string,
  pipeline: Pipeline,
  lostReason?: string | null,
): Result<StageMove, StageMoveError> {
  if (deal.pipelineId !== pipeline.id) return fail('wrong-pipeline');
  const to = findStage(pipeline, toStageId);
  if (to === undefined) return fail('unknown-stage', toStageId);
  if (deal.stageId === toStageId) return fail('same-stage');
  const status = statusForStage(to);
  if (status === 'open' && to.id !== firstOpenStage(pipeline)?.id && deal.nextStep === null) {
    return fail('next-step-required');
  }
  if (status === 'lost' && lostReason === null) return fail('lost-reason-required');
  return ok({ from: findStage(pipeline, deal.stageId), to, status });
}

/**
 * Move a deal: closes the current stage visit, opens a new one, derives status and won/lost dates.
 * A probability override is cleared, because it described the deal in the stage it was set in.
 */
export function moveDealToStage(
  deal: Deal,
  toStageId: string,
  pipeline: Pipeline,
  now: number,
  lostReason?: string | null,
): Result<Deal, StageMoveError> {
  const check = validateStageMove(deal, toStageId, pipeline, lostReason);
  if (!check.ok) return check;
  const { status } = check.value;
  const history = deal.stageHistory.map((v) => (v.leftAt === null ? { ...v, leftAt: now } : v));
  history.push({ stageId: toStageId, enteredAt: now, leftAt: null });
  return ok({
    ...deal,
    stageId: toStageId,
    status,
    probability: null,
    stageHistory: history,
    wonAt: status === 'won' ? (deal.wonAt ?? now) : null,
    lostAt: status === 'lost' ? now : null,
    lostReason: status === 'lost' ? (lostReason ?? deal.lostReason) : null,
    updatedAt: now,
    lastActivityAt: now,
  });
}
