import { z } from 'zod';
import { SafeLinkSchema, SourceUrlSchema } from './safe-link';
import { PageKindSchema } from './contact';
import { IdSchema } from './entity-fields';
import { EpochSchema } from './epoch';
import { FollowUpOutcomeSchema } from './follow-up';
import { PersonSchema } from './person';
import { QualificationStatusSchema } from './qualification';

/** Fields every timeline entry has. `at` is when it happened; `createdAt` when it was logged. */
const base = {
  id: IdSchema,
  personId: IdSchema,
  dealId: IdSchema.optional(),
  at: EpochSchema,
  createdAt: EpochSchema,
};
const note = z.string().max(10_000);
const DirectionSchema = z.enum(['sent', 'received']);

export const CapturedActivitySchema = z.object({
  ...base,
  kind: z.literal('captured'),
  site: z.enum(['linkedin', 'gmail', 'csv', 'user']),
  pageKind: PageKindSchema,
  url: SourceUrlSchema,
});

export const EmailActivitySchema = z.object({
  ...base,
  kind: z.literal('email'),
  subject: z.string().max(1000),
  direction: DirectionSchema,
  /** Normalised addresses of everyone on the message. */
  participants: z.array(z.string().max(320)).max(100),
  threadUrl: SafeLinkSchema.nullable(),
  /** Short preview only: we log that an email happened, not its body. */
  snippet: z.string().max(200),
  gmailMessageId: z.string().min(1).max(200),
  /** The signed-in mailbox it was logged from. */
  account: z.string().max(320),
});

/** LinkedIn messages are touches too (DOMAIN.md: emails, calls, meetings, LinkedIn messages). */
export const LinkedinMessageActivitySchema = z.object({
  ...base,
  kind: z.literal('linkedin-message'),
  direction: DirectionSchema,
  threadUrl: SafeLinkSchema.nullable(),
  snippet: z.string().max(200),
});

export const NoteActivitySchema = z.object({ ...base, kind: z.literal('note'), text: note });

export const CallActivitySchema = z.object({
  ...base,
  kind: z.literal('call'),
  direction: z.enum(['outbound', 'inbound']),
  outcome: z.enum(['connected', 'no-answer', 'voicemail', 'busy']),
  durationMinutes: z.number().int().min(0).max(1440).nullable(),
  note,
});

export const MeetingActivitySchema = z.object({
  ...base,
  kind: z.literal('meeting'),
  title: z.string().max(300),
  /** A demo or presentation: DOMAIN.md proposes a follow-up the next working day after one. */
  isDemo: z.boolean(),
  durationMinutes: z.number().int().min(0).max(1440).nullable(),
  note,
});

export const StageChangeActivitySchema = z.object({
  ...base,
  kind: z.literal('stage-change'),
  dealId: IdSchema,
  fromStageId: z.string().nullable(),
  toStageId: z.string(),
});

export const QualificationChangeActivitySchema = z.object({
  ...base,
  kind: z.literal('qualification-change'),
  fromStatus: QualificationStatusSchema,
  toStatus: QualificationStatusSchema,
});

/** Enough to undo a merge: both people as they were, and what was re-pointed to the survivor. */
export const MergeUndoSchema = z.object({
  survivorBefore: PersonSchema,
  absorbed: PersonSchema,
  movedActivityIds: z.array(IdSchema),
  movedDealIds: z.array(IdSchema),
  movedFollowUpIds: z.array(IdSchema).default([]),
  /** Absent in merges made before cadence runs moved with their person. */
  movedCadenceRunIds: z.array(IdSchema).optional(),
});
export type MergeUndo = z.infer<typeof MergeUndoSchema>;

export const MergeActivitySchema = z.object({
  ...base,
  kind: z.literal('merge'),
  absorbedPersonId: IdSchema,
  undo: MergeUndoSchema,
});

export const FollowUpDoneActivitySchema = z.object({
  ...base,
  kind: z.literal('follow-up-done'),
  followUpId: IdSchema,
  note,
  /** What came of it, when the user said (absent otherwise). */
  outcome: FollowUpOutcomeSchema.optional(),
});

export const ActivitySchema = z.discriminatedUnion('kind', [
  CapturedActivitySchema,
  EmailActivitySchema,
  LinkedinMessageActivitySchema,
  NoteActivitySchema,
  CallActivitySchema,
  MeetingActivitySchema,
  StageChangeActivitySchema,
  QualificationChangeActivitySchema,
  MergeActivitySchema,
  FollowUpDoneActivitySchema,
]);
export type Activity = z.infer<typeof ActivitySchema>;
export type ActivityKind = Activity['kind'];

/** Cut a preview to the 200 characters the schema allows, without splitting a surrogate pair. */
export function truncateSnippet(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return [...collapsed].length <= 200 ? collapsed : [...collapsed].slice(0, 199).join('') + '…';
}
