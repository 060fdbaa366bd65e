import { z } from 'zod';
import { DetectedContactSchema, PageKindSchema } from '../domain/contact';
import { LoggedActivityInputSchema, PersonPatchSchema } from './payloads';
import { IdSchema as Id, IsoDateSchema } from '../domain/entity-fields';
import { EpochSchema } from '../domain/epoch';
import { SourceUrlSchema } from '../domain/safe-link';
import { CurrencyCodeSchema, MinorUnitsSchema } from '../domain/money';
import { NextStepSchema } from '../domain/deal';
import { FollowUpKindSchema } from '../domain/follow-up';
import { FollowUpPresetSchema } from '../domain/follow-up-presets';
import { ContactKeySchema, ContactStatusSchema, Ok, result } from './protocol-shared';
import { CadenceStepSchema } from '../domain/cadence';
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
    in: z.object({ tabId: z.number().int().min(0), key: ContactKeySchema }),
    out: result(z.object({ personId: z.string(), status: ContactStatusSchema })),
  },

  /** Capture by hand: what detection found (maybe nothing) completed by the user. */
  captureManual: {
    scope: 'extension',
    in: z.object({ contact: DetectedContactSchema, pageKind: PageKindSchema, url: SourceUrlSchema }),
    out: result(z.object({ personId: z.string(), created: z.boolean() })),
  },
  updatePerson: { scope: 'extension', in: z.object({ personId: Id, patch: PersonPatchSchema }), out: result(Ok) },
  deletePerson: { scope: 'extension', in: z.object({ personId: Id }), out: result(Ok) },
  changeQualification: {
    scope: 'extension',
    in: z.object({
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
    in: z.object({ survivorId: Id, absorbedId: Id, choices: z.record(z.string(), z.enum(['a', 'b'])) }),
    out: result(z.object({ personId: z.string(), mergeActivityId: z.string() })),
  },
  undoMerge: { scope: 'extension', in: z.object({ mergeActivityId: Id }), out: result(Ok) },
  /**
   * Undo (the panel's toast and Ctrl/Cmd+Z, for 10 seconds): put back the rows of the people an action
   * touched as the panel's snapshot had them, and remove the rows it created (lib/panel/undo-snapshot.ts).
   */
  restoreRows: { scope: 'extension', in: RestoreRowsSchema, out: result(z.object({ rows: z.number().int() })) },
  createDeal: {
    scope: 'extension',
    in: z.object({
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
    in: z.object({ activity: LoggedActivityInputSchema }),
    out: result(z.object({ activityId: z.string() })),
  },
  scheduleFollowUp: {
    scope: 'extension',
    in: z.object({
      personId: Id,
      dealId: Id.nullable(),
      dueAt: EpochSchema,
      kind: FollowUpKindSchema,
      note: z.string().max(5000),
    }),
    out: result(z.object({ followUpId: z.string() })),
  },
  completeFollowUp: { scope: 'extension', in: z.object({ followUpId: Id }), out: result(Ok) },
  snoozeFollowUp: { scope: 'extension', in: z.object({ followUpId: Id, until: EpochSchema }), out: result(Ok) },
  rescheduleFollowUp: { scope: 'extension', in: z.object({ followUpId: Id, dueAt: EpochSchema }), out: result(Ok) },
  updateSettings: { scope: 'extension', in: z.object({ patch: SettingsSchema.partial() }), out: result(Ok) },
  addPipeline: {
    scope: 'extension',
    in: z.object({ templateId: z.enum(STAGE_TEMPLATE_IDS) }),
    out: result(z.object({ pipelineId: z.string() })),
  },
  /** Rename, reorder or add stages. */
  savePipeline: { scope: 'extension', in: z.object({ pipeline: PipelineSchema }), out: result(Ok) },
  /** Remove a stage, moving its deals to another stage of the same kind first. */
  removeStage: {
    scope: 'extension',
    in: z.object({ pipelineId: z.string().min(1), stageId: z.string().min(1), moveDealsTo: z.string().min(1) }),
    out: result(Ok),
  },

  // ---- follow-ups, cadences, reminders (lib/messaging/handlers/follow-ups.ts) ----
  /**
   * Schedule from a preset (tomorrow morning, in 3 days, next week, custom) in the user's working
   * time; the side panel, the palette and the overlay all go through this one computation.
   */
  scheduleFollowUpPreset: {
    scope: 'extension',
    in: z.object({
      personId: Id,
      dealId: Id.nullable(),
      preset: FollowUpPresetSchema,
      kind: FollowUpKindSchema,
      note: z.string().max(5000),
    }),
    out: result(z.object({ followUpId: z.string(), dueAt: EpochSchema })),
  },
  /** Create (no id) or replace a user cadence; built-in templates cannot be overwritten. */
  saveCadence: {
    scope: 'extension',
    in: z.object({
      cadence: z.object({
        id: z.string().min(1).max(200).optional(),
        name: z.string().trim().min(1).max(200),
        steps: z.array(CadenceStepSchema).min(1).max(20),
      }),
    }),
    out: result(z.object({ cadenceId: z.string() })),
  },
  deleteCadence: { scope: 'extension', in: z.object({ cadenceId: z.string().min(1).max(200) }), out: result(Ok) },
  /** Plan every touch of a cadence for a person as follow-ups. */
  startCadence: {
    scope: 'extension',
    in: z.object({ personId: Id, cadenceId: z.string().min(1).max(200), dealId: Id.nullable().optional() }),
    out: result(z.object({ cadenceRunId: z.string(), followUps: z.number().int() })),
  },
  /** Cancel the open touches of a cadence run. */
  stopCadence: {
    scope: 'extension',
    in: z.object({ cadenceRunId: Id }),
    out: result(z.object({ cancelled: z.number().int() })),
  },
  /** Import prospects from a CSV file's text; bad rows come back with their line numbers. */
  importCsv: {
    scope: 'extension',
    in: z.object({ text: z.string().max(10_000_000), fileName: z.string().max(300) }),
    out: result(
      z.object({
        created: z.number().int(),
        matched: z.number().int(),
        errors: z.array(z.object({ line: z.number().int(), message: z.string(), detail: z.string() })),
      }),
    ),
  },
  /** Restore a JSON backup; damaged rows are reported and left out, valid ones restored. */
  restoreBackup: {
    scope: 'extension',
    in: z.object({ text: z.string().max(200_000_000) }),
    out: result(z.object({ restored: z.number().int(), skipped: z.number().int(), rejected: z.number().int() })),
  },
} as const;
