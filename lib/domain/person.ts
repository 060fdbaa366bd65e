import { z } from 'zod';
import { LinkedinLinkSchema, SourceUrlSchema } from './safe-link';
import { PageKindSchema } from './contact';
import { EmailSetSchema } from './email-address';
import { IdSchema } from './entity-fields';
import { EpochSchema } from './epoch';
import { QualificationSchema } from './qualification';
import { phraseTokensOf, searchTokensOf } from './text-fold';

export const LeadSourceSchema = z.enum(['inbound', 'outbound', 'referral', 'event', 'other']);
export type LeadSource = z.infer<typeof LeadSourceSchema>;

export const LifecycleSchema = z.enum(['prospect', 'lead', 'mql', 'sql', 'customer']);
export type Lifecycle = z.infer<typeof LifecycleSchema>;

/** Who set a field last. 'user' (and 'merge', a user's choice while merging) is never overwritten by capture. */
export const FieldSourceSchema = z.enum(['linkedin', 'gmail', 'csv', 'user', 'merge']);
export type FieldSource = z.infer<typeof FieldSourceSchema>;

/**
 * Where and when a value was collected (GDPR Art. 14: the person may ask). `url` and `pageKind` say
 * which page a capture read it on, or which file an import read it from (`csv:<file name>`); absent
 * for what the user typed, and on values stored before they were recorded.
 */
export const ProvenanceSchema = z.object({
  source: FieldSourceSchema,
  at: EpochSchema,
  url: SourceUrlSchema.optional(),
  pageKind: PageKindSchema.optional(),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

/** Where one address or phone number came from: lists hold values from several pages. */
export const ValueProvenanceSchema = ProvenanceSchema.extend({
  field: z.enum(['emails', 'phones']),
  value: z.string().min(1).max(320),
});
export type ValueProvenance = z.infer<typeof ValueProvenanceSchema>;

/** Single-valued fields whose origin we track (lists such as emails only grow, so need none). */
export const PERSON_TRACKED_FIELDS = [
  'displayName',
  'givenName',
  'familyName',
  'headline',
  'title',
  'company',
  'companyId',
  'location',
  'linkedinUrl',
  'leadSource',
  'lifecycle',
] as const;
export const PersonTrackedFieldSchema = z.enum(PERSON_TRACKED_FIELDS);
export type PersonTrackedField = z.infer<typeof PersonTrackedFieldSchema>;

/** A page a person was seen on; one entry per URL, with first and last sighting. */
export const PersonSourceSchema = z.object({
  site: z.enum(['linkedin', 'gmail', 'csv', 'user']),
  pageKind: PageKindSchema,
  url: SourceUrlSchema,
  firstSeen: EpochSchema,
  lastSeen: EpochSchema,
});
export type PersonSource = z.infer<typeof PersonSourceSchema>;

const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * How long a person's lists may grow. The same limits hold when a capture or merge writes a person
 * and when a backup is restored (issue 18: a restore used to drop the most-captured people), so
 * captures and merges cap (capPersonLists) instead of growing past them.
 */
export const PERSON_LIMITS = {
  sources: 200,
  emails: 50,
  salesNavUrls: 20,
  phones: 20,
  tags: 50,
  searchTokens: 1000,
} as const;

export const PersonSchema = z.object({
  id: IdSchema,
  /** As written, in any script: "Łukasz Nowak", "Олена Коваль", "สมชาย ใจดี", "İlker Yılmaz". */
  displayName: text(300),
  givenName: text(150).nullable(),
  familyName: text(150).nullable(),
  headline: text(500).nullable(),
  title: text(300).nullable(),
  company: text(300).nullable(),
  companyId: IdSchema.nullable(),
  location: text(300).nullable(),
  /** Canonical profile URL (see linkedin-url.ts) and its identity key (decoded, NFC, lower-cased slug). */
  linkedinUrl: LinkedinLinkSchema.max(600).nullable(),
  linkedinKey: z.string().min(1).max(600).nullable(),
  /** Sales Navigator lead URLs known to be this person: aliases, never an identity on their own. */
  salesNavUrls: z.array(LinkedinLinkSchema).max(PERSON_LIMITS.salesNavUrls),
  emails: EmailSetSchema,
  phones: z.array(text(50)).max(PERSON_LIMITS.phones),
  tags: z.array(text(60)).max(PERSON_LIMITS.tags),
  leadSource: LeadSourceSchema,
  lifecycle: LifecycleSchema,
  sources: z.array(PersonSourceSchema).max(PERSON_LIMITS.sources),
  provenance: z.partialRecord(PersonTrackedFieldSchema, ProvenanceSchema),
  /** Where each address and phone number came from (absent on people stored before it was recorded). */
  valueProvenance: z
    .array(ValueProvenanceSchema)
    .max(PERSON_LIMITS.emails + PERSON_LIMITS.phones)
    .optional(),
  qualification: QualificationSchema,
  /** Folded name/company/email tokens and name/company phrases (text-fold.ts); recomputed by `computePersonSearchTokens`. */
  searchTokens: z.array(z.string()).max(PERSON_LIMITS.searchTokens),
  createdAt: EpochSchema,
  updatedAt: EpochSchema,
});
export type Person = z.infer<typeof PersonSchema>;

/**
 * Compute the search tokens a person should carry from their current fields. At most
 * PERSON_LIMITS.searchTokens: past that (a very long name and fifty addresses), name phrases and
 * words are kept before company and address tokens.
 */
export function computePersonSearchTokens(
  p: Pick<Person, 'displayName' | 'givenName' | 'familyName' | 'company' | 'emails'>,
): string[] {
  const ordered = [
    ...phraseTokensOf(p.displayName),
    ...searchTokensOf(p.displayName, p.givenName, p.familyName),
    ...phraseTokensOf(p.company),
    ...searchTokensOf(p.company),
    ...searchTokensOf(...p.emails),
  ];
  return withoutPhraseStarts([...new Set(ordered)])
    .slice(0, PERSON_LIMITS.searchTokens)
    .sort();
}

/**
 * Leave out a word that only repeats the start of a phrase token ("rebecca" beside "rebecca
 * thornton"): every prefix query, and every Thai infix, that finds the word finds the phrase, and
 * each index entry is paid on every write (about half of a person's `put`, measured for issue 20).
 * A word no phrase starts with (a one-word name, a seventh word, an address part) stays.
 */
function withoutPhraseStarts(tokens: string[]): string[] {
  const starts = new Set<string>();
  for (const t of tokens) {
    const space = t.indexOf(' ');
    if (space > 0) starts.add(t.slice(0, space));
  }
  return starts.size ? tokens.filter((t) => !starts.has(t)) : tokens;
}

/**
 * Keep a person's lists within PERSON_LIMITS: the first source (where they were first captured) and
 * the most recently seen others, and the first addresses, aliases, phones and tags (later ones are
 * the ones left out). Search tokens are recomputed only when something was cut.
 */
export function capPersonLists<P extends Person>(p: P): P {
  const over =
    p.sources.length > PERSON_LIMITS.sources ||
    p.emails.length > PERSON_LIMITS.emails ||
    p.salesNavUrls.length > PERSON_LIMITS.salesNavUrls ||
    p.phones.length > PERSON_LIMITS.phones ||
    p.tags.length > PERSON_LIMITS.tags;
  if (!over) return p;
  const next = {
    ...p,
    sources: capSources(p.sources),
    emails: p.emails.slice(0, PERSON_LIMITS.emails),
    salesNavUrls: p.salesNavUrls.slice(0, PERSON_LIMITS.salesNavUrls),
    phones: p.phones.slice(0, PERSON_LIMITS.phones),
    tags: p.tags.slice(0, PERSON_LIMITS.tags),
  };
  if (next.valueProvenance) next.valueProvenance = next.valueProvenance.filter((v) => next[v.field].includes(v.value));
  return { ...next, searchTokens: computePersonSearchTokens(next) };
}

function capSources(sources: readonly PersonSource[]): PersonSource[] {
  if (sources.length <= PERSON_LIMITS.sources) return [...sources];
  const [first, ...rest] = sources;
  const kept = new Set(
    [...rest]
      .sort((a, b) => b.lastSeen - a.lastSeen)
      .slice(0, PERSON_LIMITS.sources - 1)
      .map((s) => s.url),
  );
  return [first!, ...rest.filter((s) => kept.has(s.url))];
}

/** Check whether a field holds nothing (null, empty string): only such fields are filled by capture. */
export function isEmptyValue(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

/** Check whether a field was set by the user (directly or by choosing it in a merge) and so is protected. */
export function isUserOwned(person: Pick<Person, 'provenance'>, field: PersonTrackedField): boolean {
  const source = person.provenance[field]?.source;
  return source === 'user' || source === 'merge';
}
