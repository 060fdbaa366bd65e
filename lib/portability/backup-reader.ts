import { BACKUP_TABLE_NAMES, type BackupTable } from './backup-tables';

export const BACKUP_FORMAT = 'sidecar-backup';
/** 1: one JSON object (until schema v5); 2: JSON Lines, a header then one row per line, every table. */
export const BACKUP_VERSION = 2;

export interface BackupHeader {
  format: number;
  schemaVersion: number | null;
  exportedAt: number | null;
}

/** What a backup file holds, in order: its header, then rows (with where they were in the file) or unreadable lines. */
export type BackupEntry =
  | { type: 'header'; header: BackupHeader }
  | { type: 'row'; table: string; row: unknown; where: string }
  | { type: 'bad'; where: string; detail: string };

/** The file is not a Sidecar backup at all, or one from a newer Sidecar: nothing in it is restored. */
export class NotABackupError extends Error {
  constructor(
    readonly code: 'not-a-backup' | 'newer-backup',
    detail: string,
  ) {
    super(detail);
  }
}

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The entries of a format-1 backup (one JSON object: settings apart, tables of rows). */
function entriesOfV1(doc: Record<string, unknown>): BackupEntry[] {
  const out: BackupEntry[] = [{ type: 'header', header: { format: 1, schemaVersion: null, exportedAt: num(doc) } }];
  if (isRecord(doc.settings))
    out.push({ type: 'row', table: 'settings', row: { id: 'settings', value: doc.settings }, where: 'settings' });
  const tables = isRecord(doc.tables) ? doc.tables : {};
  for (const [table, rows] of Object.entries(tables)) {
    if (!Array.isArray(rows)) continue;
    rows.forEach((row, i) => out.push({ type: 'row', table, row, where: `${table}[${i}]` }));
  }
  return out;
}
const num = (doc: Record<string, unknown>) => (typeof doc.exportedAt === 'number' ? doc.exportedAt : null);

/** Check the first JSON value of a file: a backup of a format this version reads, or an error. */
function headerOf(value: unknown): Record<string, unknown> | null {
  if (!isRecord(value) || value.format !== BACKUP_FORMAT) return null;
  if (typeof value.version === 'number' && value.version > BACKUP_VERSION)
    throw new NotABackupError('newer-backup', `format ${value.version}`);
  return value;
}

/**
 * Read a backup in pieces, any size: push text as it arrives, then end. Format 2 streams line by line;
 * format 1 (one object) is read whole at the end. Throws NotABackupError for anything else.
 */
export function createBackupReader(): { push: (text: string) => BackupEntry[]; end: () => BackupEntry[] } {
  let mode: 'start' | 'lines' | 'whole' | 'done' = 'start';
  let pending = '';
  let line = 0;
  const rowOf = (text: string): BackupEntry[] => {
    line += 1;
    if (text.trim() === '') return [];
    const value = parse(text);
    if (!isRecord(value) || typeof value.t !== 'string')
      return [{ type: 'bad', where: `line ${line}`, detail: 'not a row' }];
    return [{ type: 'row', table: value.t, row: value.r, where: `line ${line}` }];
  };
  const start = (first: string): BackupEntry[] => {
    line = 1;
    const header = headerOf(parse(first));
    if (header?.version === 2) {
      mode = 'lines';
      const schemaVersion = typeof header.schemaVersion === 'number' ? header.schemaVersion : null;
      return [{ type: 'header', header: { format: 2, schemaVersion, exportedAt: num(header) } }];
    }
    if (header?.version === 1) {
      mode = 'done';
      return entriesOfV1(header);
    }
    mode = 'whole'; // a format-1 file laid out over several lines, or not a backup: decided at the end
    pending = first + '\n' + pending;
    return [];
  };
  const push = (text: string): BackupEntry[] => {
    if (mode === 'done') return [];
    pending += text;
    if (mode === 'whole') return [];
    const out: BackupEntry[] = [];
    let nl: number;
    while ((mode === 'start' || mode === 'lines') && (nl = pending.indexOf('\n')) >= 0) {
      const head = pending.slice(0, nl);
      pending = pending.slice(nl + 1);
      out.push(...(mode === 'start' ? start(head) : rowOf(head)));
    }
    return out;
  };
  const end = (): BackupEntry[] => {
    if (mode === 'start') {
      const rest = pending;
      pending = '';
      const out = start(rest);
      if ((mode as string) !== 'whole') return out;
    }
    if (mode === 'lines') return rowOf(pending);
    if (mode === 'whole') {
      const header = headerOf(parse(pending));
      if (header?.version !== 1) throw new NotABackupError('not-a-backup', 'not a Sidecar backup');
      return entriesOfV1(header);
    }
    return [];
  };
  return { push, end };
}

/** Whether a table name from a file is one a backup carries. */
export const isBackupTable = (name: string): name is BackupTable => (BACKUP_TABLE_NAMES as string[]).includes(name);
