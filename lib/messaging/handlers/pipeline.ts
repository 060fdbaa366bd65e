import type { SidecarDB } from '../../db/schema';
import { DEFAULT_PIPELINE_ID } from '../../db/repositories/settings';
import { createDeal, moveDeal, updateDeal } from '../../worker/deals';
import { addPipeline, removeStage, savePipeline, updateSettings } from '../../worker/pipelines';
import type { Handlers } from './handler';
import { callOf, definedOnly, toReply } from './reply';

/** Handlers for deals, pipelines and settings. */
export function createPipelineHandlers(
  db: SidecarDB,
): Pick<
  Handlers,
  'createDeal' | 'updateDeal' | 'moveDeal' | 'updateSettings' | 'addPipeline' | 'savePipeline' | 'removeStage'
> {
  return {
    async createDeal({ pipelineId, opId, ...input }) {
      const deal = { ...input, pipelineId: pipelineId ?? DEFAULT_PIPELINE_ID };
      return toReply(await createDeal(db, deal, { now: Date.now(), opId }), (v) => v);
    },
    async updateDeal(input) {
      return toReply(await updateDeal(db, { dealId: input.dealId, patch: definedOnly(input.patch) }, callOf(input)));
    },
    async moveDeal({ dealId, toStageId, nextStep, lostReason, opId }) {
      const move = {
        dealId,
        toStageId,
        ...(nextStep ? { nextStep } : {}),
        ...(lostReason !== undefined ? { lostReason } : {}),
      };
      return toReply(await moveDeal(db, move, { now: Date.now(), opId }));
    },
    async updateSettings(input) {
      return toReply(await updateSettings(db, { patch: definedOnly(input.patch) }, callOf(input)));
    },
    async addPipeline(input) {
      return toReply(await addPipeline(db, input, callOf(input)), (v) => v);
    },
    async savePipeline(input) {
      return toReply(await savePipeline(db, input, callOf(input)));
    },
    async removeStage(input) {
      return toReply(await removeStage(db, input, callOf(input)));
    },
  };
}
