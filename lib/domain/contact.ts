import { z } from 'zod';
import { LinkedinLinkSchema, SafeLinkSchema } from './safe-link';
import { EmailAddressSchema } from './email-address';

/** Where a contact was seen; also the `kind` of a detection source. */
export const PageKindSchema = z.enum([
  'linkedin-profile',
  'linkedin-search-people',
  'linkedin-messaging-thread',
  'linkedin-sales-lead',
  'linkedin-company',
  'gmail-thread',
  'gmail-inbox',
  'gmail-compose',
  'other',
]);
export type PageKind = z.infer<typeof PageKindSchema>;

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => text(max).nullable();

/**
 * A person as an extractor saw them on a page. Page text is plain text: it is never parsed as HTML,
 * and the UI renders it as text nodes only.
 */
export const DetectedContactSchema = z.object({
  /** Stable within one page: lets the overlay and the side panel refer to the same person. */
  key: text(600),
  site: z.enum(['linkedin', 'gmail', 'csv', 'user']),
  name: optionalText(300),
  /** Canonical https://www.linkedin.com/in/<slug>/ (see lib/domain/linkedin-url.ts). */
  linkedinUrl: LinkedinLinkSchema.max(600).nullable(),
  /** Sales Navigator lead URL, kept as an alias of the profile. */
  salesNavUrl: LinkedinLinkSchema.nullable(),
  emails: z.array(EmailAddressSchema).max(20),
  headline: optionalText(500),
  title: optionalText(300),
  company: optionalText(300),
  location: optionalText(300),
  /** Gmail only: from > to > cc across the thread. */
  role: z.enum(['from', 'to', 'cc', 'bcc']).nullable(),
  automated: z.boolean(),
});
export type DetectedContact = z.infer<typeof DetectedContactSchema>;

export const DetectedCompanySchema = z.object({
  name: text(300),
  linkedinUrl: LinkedinLinkSchema.max(600).nullable(),
  website: z.string().max(600).nullable(),
  industry: optionalText(300),
  size: optionalText(100),
  headquarters: optionalText(300),
});
export type DetectedCompany = z.infer<typeof DetectedCompanySchema>;

export const SignedInUserSchema = z.object({
  name: z.string().max(300).nullable(),
  email: z.string().max(320).nullable(),
  linkedinUrl: z.string().max(600).nullable(),
});
export type SignedInUser = z.infer<typeof SignedInUserSchema>;

/** What one extraction of a page yields. `degraded` is set when the page should have had a contact. */
export const DetectionSchema = z.object({
  /** The tab's address: content scripts run on LinkedIn and Gmail only. */
  url: SafeLinkSchema,
  pageKind: PageKindSchema,
  contacts: z.array(DetectedContactSchema).max(200),
  company: DetectedCompanySchema.nullable(),
  signedInUser: SignedInUserSchema.nullable(),
  degraded: z.boolean(),
  warnings: z.array(z.string().max(300)).max(50),
  /** Gmail: messages collapsed under "N older messages", whose participants are not on the page. */
  hiddenMessages: z.number().int().min(0).max(10_000),
});
export type Detection = z.infer<typeof DetectionSchema>;
