import { z } from 'zod';
import { EmailAddressSchema } from '../domain/email-address';
import { DetectionSchema } from '../domain/contact';
import { FollowUpPresetSchema } from '../domain/follow-up-presets';
import { EpochSchema } from '../domain/epoch';
import { GmailLinkSchema } from '../domain/safe-link';
import {
  ContactKeySchema,
  ContactStatusSchema,
  EmailMessageSchema,
  Ok,
  OpIdSchema,
  StatusMapSchema,
  result,
} from './protocol-shared';

/**
 * Page-facing messages: sent by content scripts, and only ever about the tab they run in
 * (the handlers take the tab from sender.tab.id, never from the payload).
 */
export const pageMessages = {
  /** A content script reports what it detected on its page; the reply carries each contact's status. */
  reportDetection: { scope: 'page', in: DetectionSchema, out: result(StatusMapSchema) },
  /** Capture a contact detected on the sender's tab (by its key); the click must have been trusted. */
  captureContact: {
    scope: 'page',
    in: z.object({ key: ContactKeySchema, trusted: z.literal(true), opId: OpIdSchema }),
    out: result(z.object({ personId: z.string(), status: ContactStatusSchema })),
  },
  /**
   * The overlays' labels in the browser's language (lib/i18n/overlay-strings.ts): catalogue key →
   * template with slot marks for its values. Asked once per content-script instance.
   */
  getOverlayStrings: {
    scope: 'page',
    in: z.object({}).strict(),
    out: result(
      z.object({
        labels: z.record(z.string().max(200), z.string().max(2000)),
        /** Off when the user chose "Draw nothing in <site>'s pages": the content script only detects. */
        drawInPage: z.boolean(),
      }),
    ),
  },
  /** Statuses of contacts detected on the sender's tab. */
  getContactStatuses: {
    scope: 'page',
    in: z.object({ keys: z.array(ContactKeySchema).max(200) }),
    out: result(StatusMapSchema),
  },

  /**
   * "Log email": the open thread's expanded messages go on each participant's timeline, once per
   * (signed-in account, Gmail legacy message id) however often it is clicked. `unknown` says what to do
   * with participants not in the pipeline: 'ask' follows the setting and, while it is "ask", logs
   * nothing and answers how many would be added (`asking`); 'add' or 'skip' is the user's answer, for
   * this call only unless `remember` (then kept in settings.logEmailUnknown). Absent: add them (a
   * caller that decided already).
   */
  logEmail: {
    scope: 'page',
    in: z.object({
      account: EmailAddressSchema,
      threadUrl: GmailLinkSchema.nullable(),
      messages: z.array(EmailMessageSchema).min(1).max(100),
      unknown: z.enum(['ask', 'add', 'skip']).optional(),
      /** The user ticked "Remember my choice": the answer becomes the setting. */
      remember: z.boolean().optional(),
      opId: OpIdSchema,
    }),
    out: result(
      z.object({
        logged: z.number().int(),
        alreadyLogged: z.number().int(),
        people: z.number().int(),
        asking: z.number().int().optional(),
      }),
    ),
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
      account: EmailAddressSchema.nullable(),
      recipients: z.array(z.object({ email: EmailAddressSchema, name: z.string().max(300).nullable() })).max(100),
      subject: z.string().max(1000).nullable(),
      /** When the message goes out: now, or the scheduled-send time. */
      sendAt: EpochSchema,
      days: z.number().int().min(1).max(60),
      opId: OpIdSchema,
    }),
    out: result(z.object({ followUps: z.number().int() })),
  },
  /**
   * LinkedIn's bootstrap (a page with nobody to show) navigated in-app to a page with people: bring the
   * content script into the sender's tab (lib/sites/runtime/bootstrap.ts).
   */
  loadPageScript: { scope: 'page', in: z.object({}).strict(), out: result(Ok) },
  /** Gmail's compose: the statuses of recipients typed so far (by address). */
  getEmailStatuses: {
    scope: 'page',
    in: z.object({ emails: z.array(EmailAddressSchema).max(100) }),
    out: result(StatusMapSchema),
  },

  /** The overlay's "Follow up…": a preset for a known contact detected on the sender's own tab. */
  scheduleFollowUpForContact: {
    scope: 'page',
    in: z.object({ key: ContactKeySchema, preset: FollowUpPresetSchema, opId: OpIdSchema }),
    out: result(z.object({ followUpId: z.string(), dueAt: EpochSchema, status: ContactStatusSchema })),
  },
} as const;
