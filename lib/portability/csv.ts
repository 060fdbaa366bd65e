import Papa from 'papaparse';
import type { DetectedContact } from '../domain/contact';
import { normalizeEmail } from '../domain/email-address';
import { canonicalizeLinkedinProfileUrl } from '../domain/linkedin-url';
import type { Person } from '../domain/person';

/** One problem with one row: the 1-based line of the file and what is wrong, for the user to fix. */
export interface CsvRowError {
  line: number;
  message: 'no-name-or-email' | 'bad-email' | 'bad-linkedin-url' | 'too-long' | 'malformed-row';
  detail: string;
}

export interface CsvImport {
  contacts: DetectedContact[];
  errors: CsvRowError[];
}

// Header names people actually use, in the languages we ship; matched after folding case and spaces.
const COLUMNS: Record<string, keyof typeof FIELD_MAX> = {
  name: 'name',
  'full name': 'name',
  imię: 'name',
  'imię i nazwisko': 'name',
  "ім'я": 'name',
  имя: 'name',
  ad: 'name',
  'ad soyad': 'name',
  ชื่อ: 'name',
  email: 'email',
  'e-mail': 'email',
  'email address': 'email',
  poczta: 'email',
  пошта: 'email',
  почта: 'email',
  'e-posta': 'email',
  อีเมล: 'email',
  linkedin: 'linkedin',
  'linkedin url': 'linkedin',
  'profile url': 'linkedin',
  profile: 'linkedin',
  company: 'company',
  firma: 'company',
  компанія: 'company',
  компания: 'company',
  şirket: 'company',
  บริษัท: 'company',
  title: 'title',
  'job title': 'title',
  stanowisko: 'title',
  посада: 'title',
  должность: 'title',
  unvan: 'title',
  ตำแหน่ง: 'title',
  headline: 'headline',
  location: 'location',
  city: 'location',
  lokalizacja: 'location',
  місто: 'location',
  город: 'location',
  şehir: 'location',
};
const FIELD_MAX = {
  name: 300,
  email: 320,
  linkedin: 600,
  company: 300,
  title: 300,
  headline: 500,
  location: 300,
} as const;
type Field = keyof typeof FIELD_MAX;

const fold = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('en').replace(/\s+/g, ' ');

/**
 * Parse a CSV of prospects (papaparse: quoting, BOMs, \r\n and delimiters are its job, not ours).
 * Every row becomes a contact or an error with its line number: a broken row never stops the
 * others, and nothing in a cell is ever interpreted as markup.
 */
export function parseProspectsCsv(text: string): CsvImport {
  // header: false, so that row i is line i + 1 of the file (blank lines included) for error messages.
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: false });
  const contacts: DetectedContact[] = [];
  const errors: CsvRowError[] = [];
  const [head = [], ...rows] = parsed.data;
  const columns = head.map((h) => COLUMNS[fold(h)] ?? null);
  rows.forEach((cells, i) => {
    const line = i + 2;
    if (cells.every((c) => c.trim() === '')) return;
    if (cells.length !== columns.length) {
      errors.push({ line, message: 'malformed-row', detail: `${cells.length} cells, ${columns.length} columns` });
      return;
    }
    const row: Partial<Record<Field, string>> = {};
    columns.forEach((field, k) => {
      if (field) row[field] = cells[k] ?? '';
    });
    const result = contactFromRow(row, line);
    if ('message' in result) errors.push(result);
    else contacts.push(result);
  });
  return { contacts, errors };
}

function contactFromRow(row: Partial<Record<Field, string>>, line: number): DetectedContact | CsvRowError {
  const cell = (f: Field): string | null => {
    const v = row[f]?.replace(/\s+/g, ' ').trim();
    return v ? v : null;
  };
  for (const f of Object.keys(FIELD_MAX) as Field[]) {
    if ((cell(f)?.length ?? 0) > FIELD_MAX[f]) return { line, message: 'too-long', detail: f };
  }
  const rawEmail = cell('email');
  const email = rawEmail ? normalizeEmail(rawEmail) : null;
  if (rawEmail && !email) return { line, message: 'bad-email', detail: rawEmail };
  const rawUrl = cell('linkedin');
  const linkedinUrl = rawUrl ? canonicalizeLinkedinProfileUrl(rawUrl) : null;
  if (rawUrl && !linkedinUrl) return { line, message: 'bad-linkedin-url', detail: rawUrl };
  const name = cell('name');
  if (!name && !email) return { line, message: 'no-name-or-email', detail: '' };
  return {
    key: `csv:${line}`,
    site: 'csv',
    name,
    linkedinUrl,
    salesNavUrl: null,
    emails: email ? [email] : [],
    headline: cell('headline'),
    title: cell('title'),
    company: cell('company'),
    location: cell('location'),
    role: null,
    automated: false,
  };
}

// Spreadsheets run cells that start with these as formulas (CSV injection): quote them as text.
const FORMULA = /^[=+\-@\t\r]/;
const safe = (v: string | null | undefined) => (v && FORMULA.test(v) ? `'${v}` : (v ?? ''));

/** Serialise people to CSV (the same columns the importer reads), safe to open in a spreadsheet. */
export function serializeProspectsCsv(people: readonly Person[]): string {
  const rows = people.map((p) => ({
    name: safe(p.displayName),
    email: safe(p.emails.join(' ')),
    linkedin: safe(p.linkedinUrl),
    company: safe(p.company),
    title: safe(p.title),
    headline: safe(p.headline),
    location: safe(p.location),
    lifecycle: p.lifecycle,
    'lead source': p.leadSource,
    tags: safe(p.tags.join(', ')),
  }));
  return Papa.unparse(rows, { newline: '\r\n' });
}
