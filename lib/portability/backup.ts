import { toBackupRow } from './backup-rows';
import { BACKUP_FORMAT, BACKUP_VERSION } from './backup-reader';
import type { BackupTable } from './backup-tables';

/**
 * A backup file (format 2) is JSON Lines: this header, then one row per line, `{"t": table, "r": row}`,
 * table by table in BACKUP_TABLES order. Lines let a file of any size be written in parts, sent in
 * chunks and checked as it streams; the header names the schema version the rows come from.
 */
export function backupHeaderLine(exportedAt: number, schemaVersion: number): string {
  return `${JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, schemaVersion, exportedAt })}\n`;
}

/** One row of a backup, without its derived fields. */
export function backupRowLine(table: BackupTable, row: object): string {
  return `${JSON.stringify({ t: table, r: toBackupRow(table, row) })}\n`;
}
