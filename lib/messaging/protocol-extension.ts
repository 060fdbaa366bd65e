import { z } from 'zod';
import { DetectedContactSchema, PageKindSchema } from '../domain/contact';
import { LoggedActivityInputSchema, PersonPatchSchema } from './payloads';
import { IdSchema as Id, IsoDateSchema } from '../domain/entity-fields';
import { SourceUrlSchema } from '../domain/safe-link';
import { CurrencyCodeSchema, MinorUnitsSchema } from '../domain/money';
import { NextStepSchema } from '../domain/deal';
import { ContactKeySchema, ContactStatusSchema, Ok, OpIdSchema, result } from './protocol-shared';
import { SettingsSchema } from '../domain/settings';
import { PipelineSchema } from '../domain/pipeline';
import { STAGE_TEMPLATE_IDS } from '../domain/stage-templates';
import { BANT_CRITERIA, BantAnswerSchema, QualificationStatusSchema } from '../domain/qualification';
import { RestoreRowsSchema } from './undo-rows';

/**
 * Extension-only messages: sent by extension pages (side panel, options), accepted only when
 * sender.id is ours and sender.url lies under runtime.getURL('/').
 */
export const extensionMessages = {
  /** Capture a contact detected on a tab, from the side panel. */
  captureFromTab: {
    scope: 'extension',
    in: z.object({ opId: OpIdSchema, tabId: z.number().int().min(0), key: ContactKeySchema }),
    out: result(z.object({ personId: z.string(), status: ContactStatusSchema })),
  },

  /** Capture by hand: what detection found (maybe nothing) completed by the user. */
  captureManual: {
    scope: 'extension',
    in: z.object({
      opId: OpIdSchema,
      contact: DetectedContactSchema,
      pageKind: PageKindSchema,
      url: SourceUrlSchema,
    }),
    out: result(z.object({ personId: z.string(), created: z.boolean() })),
  },
  updatePerson: {
    scope: 'extension',
    in: z.object({ opId: OpIdSchema, personId: Id, patch: PersonPatchSchema }),
    out: result(Ok),
  },
  deletePerson: { scope: 'extension', in: z.object({ opId: OpIdSchema, personId: Id }), out: result(Ok) },
  changeQualification: {
    scope: 'extension',
    in: z.object({
      opId: OpIdSchema,
      personId: Id,
      criterion: z
        .object({ key: z.enum(BANT_CRITERIA), answer: BantAnswerSchema, note: z.string().max(2000).optional() })
        .optional(),
      fit: z.number().int().min(0).max(100).nullable().optional(),
      status: QualificationStatusSchema.optional(),
    }),
    out: result(Ok),
  },
  mergePersons: {
    scope: 'extension',
    in: z.object({
      opId: OpIdSchema,
      survivorId: Id,
      absorbedId: Id,
      choices: z.record(z.string(), z.enum(['a', 'b'])),
    }),
    out: result(z.object({ personId: z.string(), mergeActivityId: z.string() })),
  },
  undoMerge: { scope: 'extension', in: z.object({ opId: OpIdSchema, mergeActivityId: Id }), out: result(Ok) },
  /**
   * Undo (the panel's toast and Ctrl/Cmd+Z, for 10 seconds): put back the rows of the people an action
   * touched as the panel's snapshot had them, and remove the rows it created (lib/panel/undo-snapshot.ts).
   */
  restoreRows: { scope: 'extension', in: RestoreRowsSchema, out: result(z.object({ rows: z.number().int() })) },
  createDeal: {
    scope: 'extension',
    in: z.object({
      opId: OpIdSchema,
      personId: Id,
      pipelineId: z.string().min(1).max(100).optional(),
      title: z.string().trim().min(1).max(300),
      value: MinorUnitsSchema,
      currency: CurrencyCodeSchema,
      expectedClose: IsoDateSchema.nullable(),
    }),
    out: result(z.object({ dealId: z.string() })),
  },
  updateDeal: {
    scope: 'extension',
    in: z.object({
      opId: OpIdSchema,
      dealId: Id,
      patch: z
        .object({
          title: z.string().trim().min(1).max(300),
          value: MinorUnitsSchema,
          currency: CurrencyCodeSchema,
          probability: z.number().int().min(0).max(100).nullable(),
          expectedClose: IsoDateSchema.nullable(),
          nextStep: NextStepSchema.nullable(),
        })
        .partial(),
    }),
    out: result(Ok),
  },
  /** Move a deal; leaving the first stage needs a next step (given here or already set). */
  moveDeal: {
    scope: 'extension',
    in: z.object({
      opId: OpIdSchema,
      dealId: Id,
      toStageId: z.string().min(1).max(100),
      nextStep: NextStepSchema.optional(),
      lostReason: z.string().trim().min(1).max(500).nullable().optional(),
    }),
    out: result(Ok),
  },
  /** A note, call, meeting or LinkedIn message on a person's timeline. */
  logActivity: {
    scope: 'extension',
    in: z.object({ opId: OpIdSchema, activity: LoggedActivityInputSchema }),
    out: result(z.object({ activityId: z.string() })),
  },
  updateSettings: {
    scope: 'extension',
    in: z.object({ opId: OpIdSchema, patch: SettingsSchema.partial() }),
    out: result(Ok),
  },
  addPipeline: {
    scope: 'extension',
    in: z.object({ opId: OpIdSchema, templateId: z.enum(STAGE_TEMPLATE_IDS) }),
    out: result(z.object({ pipelineId: z.string() })),
  },
  /** Rename, reorder or add stages. */
  savePipeline: { scope: 'extension', in: z.object({ opId: OpIdSchema, pipeline: PipelineSchema }), out: result(Ok) },
  /** Remove a stage, moving its deals to another stage of the same kind first. */
  removeStage: {
    scope: 'extension',
    in: z.object({
      opId: OpIdSchema,
      pipelineId: z.string().min(1),
      stageId: z.string().min(1),
      moveDealsTo: z.string().min(1),
    }),
    out: result(Ok),
  },
} as const;
