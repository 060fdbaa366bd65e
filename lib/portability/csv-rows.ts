import { normalizeEmail } from '../domain/email-address';
import { canonicalizeLinkedinProfileUrl } from '../domain/linkedin-url';
import { LeadSourceSchema, LifecycleSchema, PERSON_LIMITS, type LeadSource, type Lifecycle } from '../domain/person';
import type { ColumnMapping, ImportField } from './csv-columns';
import { unquoteFormula } from './csv-formula';
import type { CsvRecord } from './csv-reader';

/** One row of a file, read through the mapping: what it says about one person. */
export interface ImportRow {
  line: number;
  displayName: string | null;
  givenName: string | null;
  familyName: string | null;
  emails: string[];
  phones: string[];
  company: string | null;
  title: string | null;
  headline: string | null;
  location: string | null;
  linkedinUrl: string | null;
  notes: string | null;
  tags: string[];
  stage: string | null;
  leadSource: LeadSource | null;
  lifecycle: Lifecycle | null;
}

/** Why a row was not imported; the options page words each. */
export type RowProblem =
  | 'unclosed-quote'
  | 'row-too-long'
  | 'malformed-row'
  | 'no-name-or-email'
  | 'bad-email'
  | 'bad-linkedin-url'
  | 'too-long'
  | 'too-many'
  | 'suppressed'
  | 'exists';

export type RowOutcome =
  { ok: true; row: ImportRow } | { ok: false; line: number; problem: RowProblem; detail: string };

const LIMITS = {
  displayName: 300,
  givenName: 150,
  familyName: 150,
  company: 300,
  title: 300,
  headline: 500,
  location: 300,
  linkedinUrl: 600,
  notes: 10_000,
  stage: 100,
} as const;
/** Lists in one cell: separated as the side panel's fields are (person-form.ts). */
const splitList = (s: string) =>
  s
    .split(/[,;\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

// HubSpot's and Salesforce's words for the same stages of a contact's life.
const LIFECYCLES: Record<string, Lifecycle> = {
  subscriber: 'prospect',
  'marketing qualified lead': 'mql',
  marketingqualifiedlead: 'mql',
  'sales qualified lead': 'sql',
  salesqualifiedlead: 'sql',
  opportunity: 'sql',
  evangelist: 'customer',
};

/** "Nowak, Jan" and "Jan Maria Nowak": the given names and the family name of a full name. */
export function splitFullName(name: string): { givenName: string | null; familyName: string | null } {
  const comma = name.indexOf(',');
  if (comma > 0)
    return { givenName: name.slice(comma + 1).trim() || null, familyName: name.slice(0, comma).trim() || null };
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length < 2) return { givenName: words[0] ?? null, familyName: null };
  return { givenName: words.slice(0, -1).join(' '), familyName: words.at(-1)! };
}

const fits = (v: string | null, max: number) => (v !== null && v.length <= max ? v : null);

/** Read one record through the mapping: a row to import, or why it cannot be. */
export function rowOf(record: CsvRecord, mapping: ColumnMapping): RowOutcome {
  const { line, cells } = record;
  const fail = (problem: RowProblem, detail = ''): RowOutcome => ({ ok: false, line, problem, detail });
  // Spreadsheets leave trailing delimiters; any other difference means the row is not what the header says.
  const extra = cells.slice(mapping.length);
  if (cells.length < mapping.length || extra.some((c) => c.trim() !== ''))
    return fail('malformed-row', `${cells.length}/${mapping.length}`);
  const all = (f: ImportField) =>
    mapping.flatMap((m, i) => (m === f ? [unquoteFormula(cells[i] ?? '').trim()] : [])).filter(Boolean);
  const one = (f: ImportField) => all(f)[0] ?? null;
  const values = {
    full: one('fullName'),
    first: one('firstName'),
    last: one('lastName'),
    company: one('company'),
    title: one('title'),
    headline: one('headline'),
    location: one('location'),
    notes: all('notes').join('\n\n') || null,
    stage: one('stage'),
  };
  for (const [k, v] of Object.entries(values)) {
    const key = k === 'full' ? 'displayName' : k === 'first' ? 'givenName' : k === 'last' ? 'familyName' : k;
    if (v !== null && v.length > LIMITS[key as keyof typeof LIMITS]) return fail('too-long', key);
  }
  const rawEmails = all('email').flatMap(splitList);
  const emails = rawEmails.map(normalizeEmail);
  const bad = rawEmails.find((_, i) => emails[i] === null);
  if (bad !== undefined) return fail('bad-email', bad.slice(0, 320));
  const phones = all('phone').flatMap(splitList);
  const tags = all('tags').flatMap(splitList);
  if (phones.some((p) => p.length > 50) || tags.some((t) => t.length > 60)) return fail('too-long', 'list');
  if (emails.length > PERSON_LIMITS.emails || phones.length > PERSON_LIMITS.phones || tags.length > PERSON_LIMITS.tags)
    return fail('too-many');
  const rawUrl = one('linkedinUrl');
  const linkedinUrl = rawUrl ? canonicalizeLinkedinProfileUrl(rawUrl) : null;
  if (rawUrl && (!linkedinUrl || linkedinUrl.length > LIMITS.linkedinUrl))
    return fail('bad-linkedin-url', rawUrl.slice(0, 600));
  const joined = [values.first, values.last].filter(Boolean).join(' ') || null;
  const displayName = values.full ?? fits(joined, LIMITS.displayName);
  const named = mapping.includes('firstName') || mapping.includes('lastName');
  const split =
    values.full && !named ? splitFullName(values.full) : { givenName: values.first, familyName: values.last };
  if (!displayName && emails.length === 0) return fail('no-name-or-email');
  const lifecycleText = one('lifecycle')?.toLocaleLowerCase('en') ?? '';
  const lifecycle = LifecycleSchema.safeParse(lifecycleText).data ?? LIFECYCLES[lifecycleText] ?? null;
  const leadSource = LeadSourceSchema.safeParse(one('leadSource')?.toLocaleLowerCase('en')).data ?? null;
  return {
    ok: true,
    row: {
      line,
      displayName,
      givenName: fits(split.givenName, LIMITS.givenName),
      familyName: fits(split.familyName, LIMITS.familyName),
      emails: [...new Set(emails as string[])],
      phones: [...new Set(phones)],
      company: values.company,
      title: values.title,
      headline: values.headline,
      location: values.location,
      linkedinUrl,
      notes: values.notes,
      tags: [...new Set(tags)],
      stage: values.stage,
      leadSource,
      lifecycle,
    },
  };
}
