import { z } from 'zod';
import {
  CallActivitySchema,
  LinkedinMessageActivitySchema,
  MeetingActivitySchema,
  NoteActivitySchema,
} from '../domain/activity';
import { PersonSchema } from '../domain/person';

/** The fields of a person a user may edit from the panel. */
export const PersonPatchSchema = PersonSchema.pick({
  displayName: true,
  givenName: true,
  familyName: true,
  headline: true,
  title: true,
  company: true,
  location: true,
  phones: true,
  tags: true,
  leadSource: true,
  lifecycle: true,
})
  .extend({ emails: z.array(z.string().max(320)).max(50) })
  .partial();

/** An activity the user logs by hand, without the ids and times the worker assigns. */
export const LoggedActivityInputSchema = z.discriminatedUnion('kind', [
  NoteActivitySchema.omit({ id: true, createdAt: true }),
  CallActivitySchema.omit({ id: true, createdAt: true }),
  MeetingActivitySchema.omit({ id: true, createdAt: true }),
  LinkedinMessageActivitySchema.omit({ id: true, createdAt: true }),
]);
