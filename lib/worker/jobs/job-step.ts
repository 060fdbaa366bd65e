import type { Table } from 'dexie';
import type { SidecarDB } from '../../db/schema';
import type { JobRow } from '../../db/rows';

/**
 * One step of a job: `body` does a piece of work and says how the job moves on, in one transaction
 * with the job's row, so the work and the cursor past it commit together (strict durability: the
 * transaction covers `jobs`). A step finds the job as it left it or does nothing: a cancel that
 * landed meanwhile, or another runner that already took the step, wins.
 */
export async function inJobStep(
  db: SidecarDB,
  job: JobRow,
  tables: readonly Table[],
  body: (job: JobRow) => Promise<Partial<JobRow>>,
): Promise<void> {
  await db.transaction('rw', [db.jobs, ...tables], async () => {
    const current = await db.jobs.get(job.id);
    if (!current || current.status !== 'running' || current.phase !== job.phase || current.cursor !== job.cursor)
      return;
    const change = await body(current);
    await db.jobs.put({ ...current, ...change, updatedAt: Date.now() });
  });
}

/** The job ended in a failure the user is told about (a catalogue code); its data stays for a resume. */
export async function failJob(db: SidecarDB, jobId: string, error: string): Promise<void> {
  await db.transaction('rw', db.jobs, async () => {
    const job = await db.jobs.get(jobId);
    if (job?.status === 'running') await db.jobs.put({ ...job, status: 'failed', error, updatedAt: Date.now() });
  });
}
