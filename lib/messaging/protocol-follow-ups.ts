import { z } from 'zod';
import { EpochSchema } from '../domain/epoch';
import { IdSchema as Id } from '../domain/entity-fields';
import { FollowUpKindSchema, FollowUpOutcomeSchema } from '../domain/follow-up';
import { FollowUpPresetSchema } from '../domain/follow-up-presets';
import { CadenceStepSchema } from '../domain/cadence';
import { Ok, OpIdSchema, result } from './protocol-shared';

/**
 * Extension-only messages about follow-ups and cadences (side panel, palette); same gate as
 * protocol-extension.ts.
 */
export const followUpMessages = {
  scheduleFollowUp: {
    scope: 'extension',
    in: z.object({
      opId: OpIdSchema,
      personId: Id,
      dealId: Id.nullable(),
      dueAt: EpochSchema,
      kind: FollowUpKindSchema,
      note: z.string().max(5000),
    }),
    out: result(z.object({ followUpId: z.string() })),
  },
  /** Done, with what came of it when the user said (optional: Done alone stays one click). */
  completeFollowUp: {
    scope: 'extension',
    in: z.object({ opId: OpIdSchema, followUpId: Id, outcome: FollowUpOutcomeSchema.nullable().optional() }),
    out: result(Ok),
  },
  snoozeFollowUp: {
    scope: 'extension',
    in: z.object({ opId: OpIdSchema, followUpId: Id, until: EpochSchema }),
    out: result(Ok),
  },
  rescheduleFollowUp: {
    scope: 'extension',
    in: z.object({ opId: OpIdSchema, followUpId: Id, dueAt: EpochSchema }),
    out: result(Ok),
  },
  /**
   * Schedule from a preset (tomorrow morning, in 3 days, next week, custom) in the user's working
   * time; the side panel, the palette and the overlay all go through this one computation.
   */
  scheduleFollowUpPreset: {
    scope: 'extension',
    in: z.object({
      opId: OpIdSchema,
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
      opId: OpIdSchema,
      cadence: z.object({
        id: z.string().min(1).max(200).optional(),
        name: z.string().trim().min(1).max(200),
        steps: z.array(CadenceStepSchema).min(1).max(20),
      }),
    }),
    out: result(z.object({ cadenceId: z.string() })),
  },
  deleteCadence: {
    scope: 'extension',
    in: z.object({ opId: OpIdSchema, cadenceId: z.string().min(1).max(200) }),
    out: result(Ok),
  },
  /** Plan every touch of a cadence for a person as follow-ups. */
  startCadence: {
    scope: 'extension',
    in: z.object({
      opId: OpIdSchema,
      personId: Id,
      cadenceId: z.string().min(1).max(200),
      dealId: Id.nullable().optional(),
    }),
    out: result(z.object({ cadenceRunId: z.string(), followUps: z.number().int() })),
  },
  /** Cancel the open touches of a cadence run. */
  stopCadence: {
    scope: 'extension',
    in: z.object({ opId: OpIdSchema, cadenceRunId: Id }),
    out: result(z.object({ cancelled: z.number().int() })),
  },
} as const;
