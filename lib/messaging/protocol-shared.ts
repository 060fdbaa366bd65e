import { z } from 'zod';
import { EmailAddressSchema } from '../domain/email-address';
import { EpochSchema } from '../domain/epoch';

/** Schemas shared by the page-facing and extension-only halves of the protocol. */

export const ContactKeySchema = z.string().min(1).max(600);
export const Ok = z.object({});

/**
 * The operation id of a write: one per user action, made by the sender (a UUID), and the same when
 * it retries the action after the worker went away before answering. The worker stores it with the
 * action's effect (lib/worker/use-case.ts), so a retry is answered, not applied twice. Optional: a
 * write without one is applied each time it arrives. Every message not in READ_MESSAGES
 * (message-kinds.ts) has it.
 */
export const OpIdSchema = z
  .string()
  .min(8)
  .max(100)
  .regex(/^[\w-]+$/)
  .optional();

export const ContactStatusSchema = z.discriminatedUnion('known', [
  /**
   * `neverLog`: on the user's Never-log list; `suppressed`: forgotten, on the suppression list. Overlays
   * show an inert word for either, in the same host as everyone's (the page learns nothing).
   */
  z.object({ known: z.literal(false), neverLog: z.boolean().optional(), suppressed: z.boolean().optional() }),
  z.object({
    known: z.literal(true),
    personId: z.string(),
    lifecycle: z.enum(['prospect', 'lead', 'mql', 'sql', 'customer']),
    stage: z.object({ nameKey: z.string().nullable(), name: z.string().nullable() }).nullable(),
    nextFollowUpAt: EpochSchema.nullable(),
  }),
]);
export type ContactStatus = z.infer<typeof ContactStatusSchema>;

export const StatusMapSchema = z.record(z.string(), ContactStatusSchema);

const AddressSchema = z.object({ email: EmailAddressSchema, name: z.string().max(300).nullable() });

/** One expanded message of an open Gmail thread, as the content script read it. */
export const EmailMessageSchema = z.object({
  gmailMessageId: z.string().min(1).max(200),
  threadId: z.string().max(200).nullable(),
  subject: z.string().max(1000),
  /** Epoch ms when the page gave a parsable date; else the time of logging. */
  at: EpochSchema,
  from: AddressSchema,
  to: z.array(AddressSchema).max(100),
  cc: z.array(AddressSchema).max(100),
  snippet: z.string().max(200),
});
export type EmailMessage = z.infer<typeof EmailMessageSchema>;

/** The error codes a handler may answer with; the UI maps each to a message-catalogue string. */
export const ErrorCodeSchema = z.enum([
  'invalid-input',
  'forbidden',
  'not-found',
  'conflict',
  'untrusted-event',
  'internal',
  /** Not a message of the protocol (the transport answers it; no handler runs). */
  'unknown',
  /** A content script asked more than its tab's share (transport/limits.ts). */
  'rate-limited',
  /** The person was forgotten: on the suppression list, so never captured again (lib/domain/suppression.ts). */
  'suppressed',
  // IndexedDB failing (lib/worker/storage-errors.ts): nothing was written.
  'storage-full',
  'storage-upgrading',
  'storage-unavailable',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** Every reply is a Result: `{ok: true, value}` or `{ok: false, error, detail?}`. */
export const result = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: ErrorCodeSchema, detail: z.string().optional() }),
  ]);
