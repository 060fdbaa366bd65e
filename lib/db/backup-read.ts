import { BACKUP_TABLE_NAMES } from '../portability/backup-tables';
import { backupHeaderLine, backupRowLine } from '../portability/backup';
import type { SidecarDB } from './schema';

/**
 * Every line of a backup of this database (lib/portability/backup.ts), read in one read-only
 * transaction so the file is one consistent moment of the pipeline. Extension pages may read the
 * database: the options page builds the file without a message (a Blob of these parts).
 */
export async function readBackupLines(db: SidecarDB, exportedAt: number): Promise<string[]> {
  const tables = BACKUP_TABLE_NAMES.map((name) => db.table(name));
  return db.transaction('r', tables, async () => {
    const lines = [backupHeaderLine(exportedAt, db.verno)];
    for (const name of BACKUP_TABLE_NAMES) {
      for (const row of await db.table(name).toArray()) lines.push(backupRowLine(name, row));
    }
    return lines;
  });
}
