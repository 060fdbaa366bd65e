import { fieldOfHeader, finishMapping, foldHeader, type ColumnMapping, type ImportField } from './csv-columns';

/** The exports Sidecar recognises by their headers, and maps without asking. */
export const CSV_PRESETS = ['linkedin-connections', 'hubspot', 'pipedrive', 'apollo', 'salesforce'] as const;
export type CsvPreset = (typeof CSV_PRESETS)[number];

interface PresetRule {
  /** Whether a file's folded headers are this export's. */
  matches(headers: ReadonlySet<string>): boolean;
  /** The field of a folded header in this export; undefined: as any file (csv-columns.ts). */
  column(header: string): ImportField | null | undefined;
}

const all = (h: ReadonlySet<string>, ...names: string[]) => names.every((n) => h.has(n));
const some = (h: ReadonlySet<string>, ...names: string[]) => names.some((n) => h.has(n));
const table = (entries: Record<string, ImportField | null>) => (header: string) => entries[header];

// Pipedrive names its columns "<item> - <field>" and a person's addresses "Email - Work", "Phone - Home".
const PIPEDRIVE = /^(person|organization|deal) - (.+?)(?: - (?:work|home|other|mobile|main))?$/;
function pipedriveColumn(header: string): ImportField | null | undefined {
  const m = PIPEDRIVE.exec(header);
  if (!m) return undefined;
  const [, item, field = ''] = m;
  if (item === 'organization') return field === 'name' ? 'company' : null;
  if (item === 'deal') return field === 'stage' ? 'stage' : null;
  if (field === 'organization') return 'company';
  if (field === 'labels' || field === 'label') return 'tags';
  return fieldOfHeader(field);
}

const RULES: Record<CsvPreset, PresetRule> = {
  // Settings › Data privacy › Get a copy of your data › Connections: three lines of notes, then this header.
  'linkedin-connections': {
    matches: (h) => all(h, 'first name', 'last name', 'url', 'email address', 'company', 'position', 'connected on'),
    column: table({ url: 'linkedinUrl', position: 'title', 'connected on': null }),
  },
  hubspot: {
    matches: (h) => all(h, 'record id', 'first name', 'last name') || all(h, 'contact id', 'lifecycle stage'),
    column: table({ 'record id': null, 'contact id': null, 'lead status': null, 'contact owner': null }),
  },
  pipedrive: {
    matches: (h) => [...h].filter((x) => PIPEDRIVE.test(x)).length >= 2,
    column: pipedriveColumn,
  },
  // Apollo's "Stage" is its own sequence state (Cold, Approaching…), not a pipeline stage.
  apollo: {
    matches: (h) => all(h, 'person linkedin url') || all(h, 'email status', 'seniority'),
    column: table({
      stage: null,
      'company linkedin url': null,
      'company name for emails': null,
      website: null,
      'email status': null,
      'contact owner': null,
      'account owner': null,
    }),
  },
  salesforce: {
    matches: (h) =>
      some(h, 'account name', 'account.name', 'accountname') || all(h, 'firstname', 'lastname', 'leadsource'),
    column: table({
      'account.name': 'company',
      accountname: 'company',
      mobilephone: 'phone',
      'mailing city': 'location',
      mailingcity: 'location',
      leadsource: 'leadSource',
      'lead status': null,
      status: null,
      'contact owner': null,
      id: null,
    }),
  },
};

/** The export a header row comes from, or null for any other file. */
export function presetOf(headers: readonly string[]): CsvPreset | null {
  const folded = new Set(headers.map(foldHeader));
  return CSV_PRESETS.find((p) => RULES[p].matches(folded)) ?? null;
}

/** Map a header row: the preset's own columns first, then the words of any file. */
export function mapColumns(headers: readonly string[], preset: CsvPreset | null = presetOf(headers)): ColumnMapping {
  const rule = preset ? RULES[preset] : null;
  return finishMapping(
    headers.map((h) => {
      const own = rule?.column(foldHeader(h));
      return own === undefined ? fieldOfHeader(h) : own;
    }),
  );
}
