import type { SidecarDB } from '../../db/schema';
import type { FollowUpRow, JobRow } from '../../db/rows';
import { deleteJobData } from '../../db/repositories/jobs';
import { toFollowUpRow } from '../../db/repositories/follow-ups';
import { ensureDefaults } from '../../db/repositories/settings';
import { BACKUP_TABLE_NAMES, MERGED_ON_RESTORE } from '../../portability/backup-tables';
import type { RestoreSummary } from '../../portability/backup-check';
import { inJobStep } from './job-step';

/**
 * The switch-over: in one transaction, every table a backup carries is emptied (with the notifications
 * owed, which belong to the old follow-ups) and filled from the staged rows, the defaults put back
 * where the file had none, and the job's data deleted. The suppression list is added to, never
 * emptied (MERGED_ON_RESTORE). A stopped worker or a full disk leaves the
 * old data whole, and the switch is simply tried again. Derived fields come back as the rows are
 * written: deals' index fields from the database's middleware, follow-ups' openDueAt here.
 */
export async function switchToRestored(db: SidecarDB, job: JobRow): Promise<void> {
  const tables = [...BACKUP_TABLE_NAMES.map((t) => db.table(t)), db.reminderOutbox, db.jobData, db.stagedRows];
  await inJobStep(db, job, tables, async (current) => {
    const replaced = BACKUP_TABLE_NAMES.filter((t) => !MERGED_ON_RESTORE.includes(t));
    await Promise.all([...replaced.map((t) => db.table(t).clear()), db.reminderOutbox.clear()]);
    const restored: Record<string, number> = {};
    // One staged piece in memory at a time: a backup of any size switches over.
    for (let seq = 0; ; seq++) {
      const piece = await db.stagedRows.get([job.id, seq]);
      if (!piece) break;
      const { table, rows } = piece;
      const stored = table === 'followUps' ? rows.map((r) => toFollowUpRow(r as FollowUpRow)) : rows;
      // The suppression list merges: an entry already here stays as it is.
      if (MERGED_ON_RESTORE.includes(table as never)) await db.table(table).bulkPut(stored);
      else await db.table(table).bulkAdd(stored);
      restored[table] = (restored[table] ?? 0) + rows.length;
    }
    await ensureDefaults(db);
    await deleteJobData(db, job.id);
    const summary = current.result as RestoreSummary;
    return { status: 'done', phase: 'done', result: { ...summary, restored } };
  });
}
