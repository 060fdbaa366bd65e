import { z } from 'zod';
import { DetectedContactSchema, DetectionSchema, PageKindSchema } from '../domain/contact';
import { LoggedActivityInputSchema, PersonPatchSchema } from './payloads';
import { EpochMsSchema, IdSchema as Id, IsoDateSchema } from '../domain/entity-fields';
import { CurrencyCodeSchema, MinorUnitsSchema } from '../domain/money';
import { NextStepSchema } from '../domain/deal';
import { FollowUpKindSchema } from '../domain/follow-up';
import { FollowUpPresetSchema } from '../domain/follow-up-presets';
import { CadenceStepSchema } from '../domain/cadence';
import { SettingsSchema } from '../domain/settings';
import { PipelineSchema } from '../domain/pipeline';
import { STAGE_TEMPLATE_IDS } from '../domain/stage-templates';
import { BANT_CRITERIA, BantAnswerSchema, QualificationStatusSchema } from '../domain/qualification';

/**
 * The one messaging protocol. Each message has a zod schema for its payload (`in`) and reply (`out`);
 * those schemas are the only source of the message types. `scope` says who may send it:
 * - 'page': content scripts, and only about the tab they run in (sender.tab.id);
 * - 'extension': extension pages only (sender.id is ours and sender.url lies under runtime.getURL('/')).
 * The background parses every payload on arrival; see lib/messaging/register.ts.
 */

const ContactKeySchema = z.string().min(1).max(600);
const Ok = z.object({});

export const ContactStatusSchema = z.discriminatedUnion('known', [
  /** `neverLog`: on the user's Never-log list; overlays show nothing for them. */
  z.object({ known: z.literal(false), neverLog: z.boolean().optional() }),
  z.object({
    known: z.literal(true),
    personId: z.string(),
    lifecycle: z.enum(['prospect', 'lead', 'mql', 'sql', 'customer']),
    stage: z.object({ nameKey: z.string().nullable(), name: z.string().nullable() }).nullable(),
    nextFollowUpAt: z.number().nullable(),
  }),
]);
export type ContactStatus = z.infer<typeof ContactStatusSchema>;

const StatusMapSchema = z.record(z.string(), ContactStatusSchema);

const AddressSchema = z.object({ email: z.email().max(320), name: z.string().max(300).nullable() });

/** One expanded message of an open Gmail thread, as the content script read it. */
export const EmailMessageSchema = z.object({
  gmailMessageId: z.string().min(1).max(200),
  threadId: z.string().max(200).nullable(),
  subject: z.string().max(1000),
  /** Epoch ms when the page gave a parsable date; else the time of logging. */
  at: z.number().int().min(0),
  from: AddressSchema,
  to: z.array(AddressSchema).max(100),
  cc: z.array(AddressSchema).max(100),
  snippet: z.string().max(200),
});
export type EmailMessage = z.infer<typeof EmailMessageSchema>;

/** The error codes a handler may answer with; the UI maps each to a message-catalogue string. */
export const ErrorCodeSchema = z.enum([
  'invalid-input', 'forbidden', 'not-found', 'conflict', 'untrusted-event', 'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** Every reply is a Result: `{ok: true, value}` or `{ok: false, error, detail?}`. */
const result = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: ErrorCodeSchema, detail: z.string().optional() }),
  ]);

export const protocol = {
  // ---- page-facing: content scripts, about their own tab only ----
  /** A content script reports what it detected on its page; the reply carries each contact's status. */
  reportDetection: { scope: 'page', in: DetectionSchema, out: result(StatusMapSchema) },
  /** Capture a contact detected on the sender's tab (by its key); the click must have been trusted. */
  captureContact: {
    scope: 'page',
    in: z.object({ key: ContactKeySchema, trusted: z.literal(true) }),
    out: result(z.object({ personId: z.string(), status: ContactStatusSchema })),
  },
  /** Statuses of contacts detected on the sender's tab. */
  getContactStatuses: { scope: 'page', in: z.object({ keys: z.array(ContactKeySchema).max(200) }), out: result(StatusMapSchema) },

  /**
   * "Log email": the open thread's expanded messages go on each participant's timeline, once per
   * (signed-in account, Gmail legacy message id) however often it is clicked.
   */
  logEmail: {
    scope: 'page',
    in: z.object({
      account: z.email().max(320),
      threadUrl: z.url().max(4000).nullable(),
      messages: z.array(EmailMessageSchema).min(1).max(100),
    }),
    out: result(z.object({ logged: z.number().int(), alreadyLogged: z.number().int(), people: z.number().int() })),
  },
  /**
   * "Follow up if no reply" from a compose window. `pending` when the user sends, `confirmed` when
   * Gmail shows "Message sent", `cancelled` when Undo reopens the draft. Keyed by the compose's draftKey.
   */
  composeFollowUp: {
    scope: 'page',
    in: z.object({
      draftKey: z.string().min(1).max(200),
      state: z.enum(['pending', 'confirmed', 'cancelled']),
      account: z.email().max(320).nullable(),
      recipients: z.array(z.object({ email: z.email().max(320), name: z.string().max(300).nullable() })).max(100),
      subject: z.string().max(1000).nullable(),
      /** When the message goes out: now, or the scheduled-send time. */
      sendAt: z.number().int().min(0),
      days: z.number().int().min(1).max(60),
    }),
    out: result(z.object({ followUps: z.number().int() })),
  },
  /** Gmail's compose: the statuses of recipients typed so far (by address). */
  getEmailStatuses: {
    scope: 'page',
    in: z.object({ emails: z.array(z.email().max(320)).max(100) }),
    out: result(StatusMapSchema),
  },

  // ---- extension-only: side panel and options pages ----
  /** Capture a contact detected on a tab, from the side panel. */
  captureFromTab: {
    scope: 'extension',
    in: z.object({ tabId: z.number().int().min(0), key: ContactKeySchema }),
    out: result(z.object({ personId: z.string(), status: ContactStatusSchema })),
  },

  /** Capture by hand: what detection found (maybe nothing) completed by the user. */
  captureManual: {
    scope: 'extension',
    in: z.object({ contact: DetectedContactSchema, pageKind: PageKindSchema, url: z.string().max(4000) }),
    out: result(z.object({ personId: z.string(), created: z.boolean() })),
  },
  updatePerson: { scope: 'extension', in: z.object({ personId: Id, patch: PersonPatchSchema }), out: result(Ok) },
  deletePerson: { scope: 'extension', in: z.object({ personId: Id }), out: result(Ok) },
  changeQualification: {
    scope: 'extension',
    in: z.object({
      personId: Id,
      criterion: z.object({ key: z.enum(BANT_CRITERIA), answer: BantAnswerSchema, note: z.string().max(2000).optional() }).optional(),
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
  createDeal: {
    scope: 'extension',
    in: z.object({
      personId: Id, pipelineId: z.string().min(1).max(100).optional(), title: z.string().trim().min(1).max(300),
      value: MinorUnitsSchema, currency: CurrencyCodeSchema, expectedClose: IsoDateSchema.nullable(),
    }),
    out: result(z.object({ dealId: z.string() })),
  },
  updateDeal: {
    scope: 'extension',
    in: z.object({
      dealId: Id,
      patch: z.object({
        title: z.string().trim().min(1).max(300), value: MinorUnitsSchema, currency: CurrencyCodeSchema,
        probability: z.number().int().min(0).max(100).nullable(), expectedClose: IsoDateSchema.nullable(),
        nextStep: NextStepSchema.nullable(),
      }).partial(),
    }),
    out: result(Ok),
  },
  /** Move a deal; leaving the first stage needs a next step (given here or already set). */
  moveDeal: {
    scope: 'extension',
    in: z.object({
      dealId: Id, toStageId: z.string().min(1).max(100),
      nextStep: NextStepSchema.optional(), lostReason: z.string().trim().min(1).max(500).nullable().optional(),
    }),
    out: result(Ok),
  },
  /** A note, call, meeting or LinkedIn message on a person's timeline. */
  logActivity: { scope: 'extension', in: z.object({ activity: LoggedActivityInputSchema }), out: result(z.object({ activityId: z.string() })) },
  scheduleFollowUp: {
    scope: 'extension',
    in: z.object({ personId: Id, dealId: Id.nullable(), dueAt: EpochMsSchema, kind: FollowUpKindSchema, note: z.string().max(5000) }),
    out: result(z.object({ followUpId: z.string() })),
  },
  completeFollowUp: { scope: 'extension', in: z.object({ followUpId: Id }), out: result(Ok) },
  snoozeFollowUp: { scope: 'extension', in: z.object({ followUpId: Id, until: EpochMsSchema }), out: result(Ok) },
  rescheduleFollowUp: { scope: 'extension', in: z.object({ followUpId: Id, dueAt: EpochMsSchema }), out: result(Ok) },
  updateSettings: { scope: 'extension', in: z.object({ patch: SettingsSchema.partial() }), out: result(Ok) },
  addPipeline: { scope: 'extension', in: z.object({ templateId: z.enum(STAGE_TEMPLATE_IDS) }), out: result(z.object({ pipelineId: z.string() })) },
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
    in: z.object({ personId: Id, dealId: Id.nullable(), preset: FollowUpPresetSchema, kind: FollowUpKindSchema, note: z.string().max(5000) }),
    out: result(z.object({ followUpId: z.string(), dueAt: z.number() })),
  },
  /** The overlay's "Follow up…": a preset for a known contact detected on the sender's own tab. */
  scheduleFollowUpForContact: {
    scope: 'page',
    in: z.object({ key: ContactKeySchema, preset: FollowUpPresetSchema }),
    out: result(z.object({ followUpId: z.string(), dueAt: z.number(), status: ContactStatusSchema })),
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
  stopCadence: { scope: 'extension', in: z.object({ cadenceRunId: Id }), out: result(z.object({ cancelled: z.number().int() })) },
  /** Import prospects from a CSV file's text; bad rows come back with their line numbers. */
  importCsv: {
    scope: 'extension',
    in: z.object({ text: z.string().max(10_000_000), fileName: z.string().max(300) }),
    out: result(z.object({
      created: z.number().int(), matched: z.number().int(),
      errors: z.array(z.object({ line: z.number().int(), message: z.string(), detail: z.string() })),
    })),
  },
  /** Restore a JSON backup; damaged rows are reported and left out, valid ones restored. */
  restoreBackup: {
    scope: 'extension',
    in: z.object({ text: z.string().max(200_000_000) }),
    out: result(z.object({ restored: z.number().int(), skipped: z.number().int(), rejected: z.number().int() })),
  },
} as const;

export type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type MessageIn<K extends MessageName> = z.input<Protocol[K]['in']>;
export type MessageOut<K extends MessageName> = z.output<Protocol[K]['out']>;

/** The type map @webext-core/messaging wants: one data argument, one reply. */
export type ProtocolMap = { [K in MessageName]: (data: MessageIn<K>) => MessageOut<K> };
