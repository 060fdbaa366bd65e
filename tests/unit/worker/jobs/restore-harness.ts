import { readBackupLines } from '@/lib/db/backup-read';
import type { SidecarDB } from '@/lib/db/schema';
import type { JobRow } from '@/lib/db/rows';
import type { RestoreSummary } from '@/lib/portability/backup-check';
import { BACKUP_TABLE_NAMES } from '@/lib/portability/backup-tables';
import { runJob } from '@/lib/worker/jobs/runner';
import { messagesFor } from '../harness';

/** A backup of the database, as the options page writes it. */
export const backupOf = async (db: SidecarDB, now = 1_000): Promise<string> =>
  (await readBackupLines(db, now)).join('');

/** Send a backup to restore and run its check: the job waiting for confirmation, with its summary. */
export async function checkBackup(db: SidecarDB, text: string): Promise<{ job: JobRow; summary: RestoreSummary }> {
  const m = messagesFor(db);
  const { jobId } = await m.sendOk('restoreBackup', { text });
  await runJob(db, jobId);
  const job = (await db.jobs.get(jobId))!;
  return { job, summary: job.result as RestoreSummary };
}

/** Restore a backup through the messages, confirming its summary; the job as it ended. */
export async function restore(db: SidecarDB, text: string): Promise<JobRow> {
  const { job } = await checkBackup(db, text);
  if (job.status !== 'awaiting-confirmation') return job;
  await messagesFor(db).sendOk('confirmJob', { jobId: job.id });
  await runJob(db, job.id);
  return (await db.jobs.get(job.id))!;
}

/** The user's data: every table a backup carries, and only those (jobs and the operation log are bookkeeping). */
export async function userData(db: SidecarDB): Promise<Record<string, unknown[]>> {
  const names = BACKUP_TABLE_NAMES;
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await db.table(n).toArray()] as const)));
}
