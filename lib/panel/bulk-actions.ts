import type { Deal, NextStep } from '../domain/deal';
import { validateStageMove } from '../domain/deal-stage-move';
import type { FollowUpPresetKind } from '../domain/follow-up-presets';
import { findStage, type Pipeline } from '../domain/pipeline';
import type { Reply } from './message-error';
import type { Send } from './send-context';

/** A selected person, and the open deal a bulk move would move (null: none in this pipeline). */
export interface BulkTarget {
  personId: string;
  deal: Pick<Deal, 'id' | 'pipelineId' | 'stageId' | 'nextStep'> | null;
}

/** Run the messages one after another; the reply is the first failure, or ok when all worked. */
export async function sendAll(steps: readonly (() => Promise<Reply>)[]): Promise<Reply> {
  let failed: Reply | null = null;
  for (const step of steps) {
    const reply = await step().catch((): Reply => ({ ok: false, error: 'internal' }));
    if (!reply.ok) failed ??= reply;
  }
  return failed ?? { ok: true };
}

/** The deals a bulk move moves: open ones in this pipeline, not already in that stage. */
export function dealsToMove(targets: readonly BulkTarget[], pipeline: Pipeline, toStageId: string) {
  return targets.flatMap((t) =>
    t.deal && t.deal.pipelineId === pipeline.id && t.deal.stageId !== toStageId ? [t.deal] : [],
  );
}

/** What a bulk move must ask first: a next step (a deal without one entering a later stage), or a reason (lost). */
export function bulkMoveQuestion(
  targets: readonly BulkTarget[],
  pipeline: Pipeline,
  toStageId: string,
): 'next-step' | 'lost-reason' | null {
  if (findStage(pipeline, toStageId)?.kind === 'lost') return 'lost-reason';
  const needs = dealsToMove(targets, pipeline, toStageId).some((d) => {
    const check = validateStageMove(d, toStageId, pipeline);
    return !check.ok && check.error === 'next-step-required';
  });
  return needs ? 'next-step' : null;
}

/** The messages of a bulk move; a given next step goes only to the deals that have none. */
export function bulkMove(
  send: Send,
  targets: readonly BulkTarget[],
  pipeline: Pipeline,
  toStageId: string,
  extra: { nextStep?: NextStep; lostReason?: string } = {},
) {
  return dealsToMove(targets, pipeline, toStageId).map((d) => () => {
    const nextStep = d.nextStep === null && extra.nextStep ? { nextStep: extra.nextStep } : {};
    const lostReason = extra.lostReason ? { lostReason: extra.lostReason } : {};
    return send('moveDeal', { dealId: d.id, toStageId, ...nextStep, ...lostReason });
  });
}

/** A tag for each person (added to their own tags, read from `tagsOf`). */
export function bulkTag(
  send: Send,
  personIds: readonly string[],
  tagsOf: (id: string) => readonly string[],
  tag: string,
) {
  return personIds.map((personId) => () => {
    const tags = tagsOf(personId);
    return tags.includes(tag)
      ? Promise.resolve<Reply>({ ok: true })
      : send('updatePerson', { personId, patch: { tags: [...tags, tag] } });
  });
}

/** A follow-up from a preset for each person, computed in the user's working time by the worker. */
export function bulkSchedule(send: Send, personIds: readonly string[], preset: Exclude<FollowUpPresetKind, 'custom'>) {
  return personIds.map(
    (personId) => () =>
      send('scheduleFollowUpPreset', { personId, dealId: null, preset: { kind: preset }, kind: 'task', note: '' }),
  );
}

/** Delete each person with everything attached. */
export function bulkDelete(send: Send, personIds: readonly string[]) {
  return personIds.map((personId) => () => send('deletePerson', { personId }));
}
