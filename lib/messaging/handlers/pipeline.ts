import type { SidecarDB } from '../../db/schema';
import { createDeal, moveDeal, updateDeal } from '../../db/repositories/deals';
import { addPipelineFromTemplate, removePipelineStage, savePipeline } from '../../db/repositories/pipelines';
import { DEFAULT_PIPELINE_ID, updateSettings } from '../../db/repositories/settings';
import type { Handlers } from './handler';
import { definedOnly, toReply } from './reply';

/** Handlers for deals, pipelines and settings. */
export function createPipelineHandlers(
  db: SidecarDB,
): Pick<
  Handlers,
  'createDeal' | 'updateDeal' | 'moveDeal' | 'updateSettings' | 'addPipeline' | 'savePipeline' | 'removeStage'
> {
  return {
    async createDeal({ pipelineId, ...input }) {
      const result = await createDeal(db, { ...input, pipelineId: pipelineId ?? DEFAULT_PIPELINE_ID }, Date.now());
      return toReply(result, (deal) => ({ dealId: deal.id }));
    },
    async updateDeal({ dealId, patch }) {
      return toReply(await updateDeal(db, dealId, definedOnly(patch), Date.now()));
    },
    async moveDeal({ dealId, toStageId, nextStep, lostReason }) {
      const extra = { ...(nextStep ? { nextStep } : {}), ...(lostReason !== undefined ? { lostReason } : {}) };
      return toReply(await moveDeal(db, dealId, toStageId, Date.now(), extra));
    },
    async updateSettings({ patch }) {
      await updateSettings(db, definedOnly(patch));
      return { ok: true, value: {} };
    },
    async addPipeline({ templateId }) {
      const row = await addPipelineFromTemplate(db, templateId);
      return { ok: true, value: { pipelineId: row.id } };
    },
    async savePipeline({ pipeline }) {
      return toReply(await savePipeline(db, pipeline));
    },
    async removeStage({ pipelineId, stageId, moveDealsTo }) {
      return toReply(await removePipelineStage(db, pipelineId, stageId, moveDealsTo, Date.now()));
    },
  };
}
