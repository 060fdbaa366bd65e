import { checkBackupRow } from './backup-rows';
import { BACKUP_REFS, BACKUP_TABLE_NAMES, keyOf, UNIQUE_FIELDS, type BackupTable } from './backup-tables';
import { isBackupTable, type BackupHeader } from './backup-reader';

const SAMPLES = 50;

export interface RejectedRow {
  table: string;
  where: string;
  reason: string;
}
export interface DanglingRef {
  table: BackupTable;
  id: string;
  field: string;
  target: BackupTable;
  outcome: 'left-out' | 'cleared';
}

/** What a restore would do, shown before the user confirms it. */
export interface RestoreSummary {
  header: BackupHeader;
  /** Rows per table that would be restored. */
  tables: Record<BackupTable, number>;
  rejected: RejectedRow[];
  rejectedCount: number;
  dangling: DanglingRef[];
  danglingCount: number;
  /** People left out because they are on the suppression list (this machine's or the backup's). */
  suppressed: number;
}

/** What the restore does to rows whose references point nowhere: `table:key` left out, or fields cleared. */
export interface Repairs {
  drop: string[];
  clear: Record<string, string[]>;
}

type Ref = [table: BackupTable, key: string, field: string, to: BackupTable, toId: string, required: boolean];

/**
 * Check a whole backup, row by row as it is read: each row against its table's schema, each key and
 * unique field once, and at the end every reference. Rows are handed back as they will be stored.
 */
export class BackupCheck {
  private readonly ids = new Map<BackupTable, Set<string>>(BACKUP_TABLE_NAMES.map((t) => [t, new Set()]));
  private readonly uniques = new Map<string, Set<unknown>>();
  private readonly refs: Ref[] = [];
  private readonly counts = Object.fromEntries(BACKUP_TABLE_NAMES.map((t) => [t, 0])) as Record<BackupTable, number>;
  private readonly rejected: RejectedRow[] = [];
  private rejectedCount = 0;
  private readonly forgotten = new Set<string>();
  header: BackupHeader = { format: 0, schemaVersion: null, exportedAt: null };

  /** Check one row; the row to store, or null when it is rejected (counted, with why). */
  accept(tableName: string, raw: unknown, where: string): Record<string, unknown> | null {
    if (!isBackupTable(tableName)) return this.reject(tableName, where, 'not a table Sidecar backs up');
    const table = tableName;
    const checked = checkBackupRow(table, raw, this.header.format);
    if (!checked.ok) return this.reject(table, where, checked.reason);
    const { row } = checked;
    const key = keyOf(table, row);
    if (this.ids.get(table)!.has(key)) return this.reject(table, where, 'the same record twice');
    const field = UNIQUE_FIELDS[table];
    const unique = field ? row[field] : undefined;
    const seen = this.uniques.get(table) ?? new Set();
    if (unique != null && seen.has(unique)) return this.reject(table, where, `the same ${field} twice`);
    if (unique != null) this.uniques.set(table, seen.add(unique));
    this.ids.get(table)!.add(key);
    this.counts[table] += 1;
    for (const ref of BACKUP_REFS[table] ?? []) {
      const to = row[ref.field];
      if (typeof to === 'string') this.refs.push([table, key, ref.field, ref.to, to, ref.required]);
    }
    return row;
  }

  /** People on the suppression list: left out, with every row that must point to them. */
  suppress(personIds: Iterable<string>): void {
    for (const id of personIds) {
      if (!this.ids.get('prospects')!.delete(id)) continue;
      this.forgotten.add(id);
      this.counts.prospects -= 1;
    }
  }

  /** A line that could not be read at all. */
  unreadable(where: string, detail: string): void {
    this.reject('?', where, detail);
  }

  private reject(table: string, where: string, reason: string): null {
    this.rejectedCount += 1;
    if (this.rejected.length < SAMPLES) this.rejected.push({ table, where, reason });
    return null;
  }

  /** Resolve every reference: required ones that point nowhere leave their row out, optional ones are cleared. */
  finish(): { summary: RestoreSummary; repairs: Repairs } {
    const dropped = new Set<string>();
    const dangling: DanglingRef[] = [];
    let danglingCount = 0;
    const note = (d: DanglingRef) => {
      danglingCount += 1;
      if (dangling.length < SAMPLES) dangling.push(d);
    };
    for (const id of this.forgotten) dropped.add(`prospects:${id}`);
    for (const [table, key, field, to, toId, required] of this.refs) {
      if (!required || this.ids.get(to)!.has(toId)) continue;
      if (!dropped.has(`${table}:${key}`)) this.counts[table] -= 1;
      dropped.add(`${table}:${key}`);
      // What was a forgotten person's goes with them, unlisted: the summary names no one.
      if (!(to === 'prospects' && this.forgotten.has(toId)))
        note({ table, id: key, field, target: to, outcome: 'left-out' });
    }
    const clear: Record<string, string[]> = {};
    for (const [table, key, field, to, toId, required] of this.refs) {
      if (required || dropped.has(`${table}:${key}`)) continue;
      if (this.ids.get(to)!.has(toId) && !dropped.has(`${to}:${toId}`)) continue;
      (clear[`${table}:${key}`] ??= []).push(field);
      note({ table, id: key, field, target: to, outcome: 'cleared' });
    }
    const summary: RestoreSummary = {
      header: this.header,
      tables: this.counts,
      rejected: this.rejected,
      rejectedCount: this.rejectedCount,
      dangling,
      danglingCount,
      suppressed: this.forgotten.size,
    };
    return { summary, repairs: { drop: [...dropped], clear } };
  }
}

/** Apply the repairs to a chunk of checked rows of one table, as the restore stages them. */
export function repairRows(
  table: BackupTable,
  rows: Record<string, unknown>[],
  repairs: Repairs,
): Record<string, unknown>[] {
  const drop = new Set(repairs.drop);
  return rows
    .filter((row) => !drop.has(`${table}:${keyOf(table, row)}`))
    .map((row) => {
      const fields = repairs.clear[`${table}:${keyOf(table, row)}`];
      if (!fields) return row;
      const next = { ...row };
      // activities.dealId is optional (absent, not null); the other references are nullable.
      for (const f of fields) {
        if (table === 'activities') delete next[f];
        else next[f] = null;
      }
      return next;
    });
}
