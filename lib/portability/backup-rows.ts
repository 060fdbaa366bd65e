import { capPersonLists, computePersonSearchTokens, type Person } from '../domain/person';
import { BACKUP_TABLES, DERIVED_FIELDS, type BackupTable } from './backup-tables';

type Row = Record<string, unknown>;
export type RowCheck = { ok: true; row: Row } | { ok: false; reason: string };

const isRecord = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A stored row as a backup writes it: without its derived fields. */
export function toBackupRow(table: BackupTable, row: object): Row {
  const derived = DERIVED_FIELDS[table] ?? [];
  return Object.fromEntries(Object.entries(row).filter(([k]) => !derived.includes(k)));
}

/**
 * People stored before the lists had limits carry more sources, addresses or aliases than a person
 * may have: they are capped (first source and latest sightings kept), never dropped (issue 18).
 */
function capPerson(raw: Row): Row {
  const lists = ['sources', 'emails', 'salesNavUrls', 'phones', 'tags'];
  if (!lists.every((k) => Array.isArray(raw[k])) || !Array.isArray(raw.sources)) return raw;
  try {
    const person = { ...raw, searchTokens: [] } as unknown as Person;
    const capped = capPersonLists(person);
    return capped === person ? raw : (capped as unknown as Row);
  } catch {
    return raw; // malformed: the schema says why below
  }
}

/** The dedupeKey of a logged email, for files that did not carry it (format 1). */
function emailDedupeKey(a: Row): string | undefined {
  if (a.kind !== 'email' || typeof a.account !== 'string' || typeof a.gmailMessageId !== 'string') return undefined;
  return `email:${a.account}:${a.gmailMessageId}:${String(a.personId)}`;
}

/** Normalise a row before validation: derived fields out, people within the limits (also inside merge undo records). */
function normalise(table: BackupTable, raw: Row): Row {
  let row = toBackupRow(table, raw);
  if (table === 'prospects') row = capPerson(row);
  if (table === 'activities' && row.kind === 'merge' && isRecord(row.undo)) {
    const undo = row.undo;
    const cap = (p: unknown) => (isRecord(p) ? capPerson({ searchTokens: [], ...p }) : p);
    row = { ...row, undo: { ...undo, survivorBefore: cap(undo.survivorBefore), absorbed: cap(undo.absorbed) } };
  }
  return row;
}

/**
 * Check one row of a backup against its table's schema, as it will be stored: derived fields
 * recomputed (search tokens; deals' and follow-ups' index fields are the database's), a logged
 * email's dedupeKey kept, or rebuilt when the file (format 1) left it out. Says why when it fails.
 */
export function checkBackupRow(table: BackupTable, raw: unknown, format: number): RowCheck {
  if (!isRecord(raw)) return { ok: false, reason: 'not an object' };
  const row = normalise(table, raw);
  const candidate = table === 'prospects' ? { ...row, searchTokens: [] } : row;
  const parsed = BACKUP_TABLES[table].safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `${issue?.path.join('.') || 'row'}: ${issue?.message ?? 'invalid'}` };
  }
  const out = parsed.data as Row;
  if (table === 'prospects') out.searchTokens = computePersonSearchTokens(out as unknown as Person);
  if (table === 'activities') {
    const kept = typeof raw.dedupeKey === 'string' && raw.dedupeKey.length <= 300 ? raw.dedupeKey : undefined;
    const dedupeKey = format >= 2 ? kept : emailDedupeKey(out);
    if (dedupeKey !== undefined) out.dedupeKey = dedupeKey;
  }
  return { ok: true, row: out };
}
