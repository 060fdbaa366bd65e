import type { SidecarDB } from '../schema';
import type { JobDataRow } from '../rows';

/** One piece of a job's data: its input as it arrived (part 'in'), or prepared work (part 'work'). */
export async function getJobData(
  db: SidecarDB,
  jobId: string,
  part: JobDataRow['part'],
  seq: number,
): Promise<unknown | undefined> {
  return (await db.jobData.get([jobId, part, seq]))?.data;
}

/** How many pieces of a part a job has (they are numbered from 0). */
export async function countJobData(db: SidecarDB, jobId: string, part: JobDataRow['part']): Promise<number> {
  return db.jobData.where('[jobId+part+seq]').between([jobId, part, 0], [jobId, part, Infinity]).count();
}

/** Delete a job's data and staged rows (inside the caller's transaction, with jobData and stagedRows). */
export async function deleteJobData(db: SidecarDB, jobId: string): Promise<void> {
  await Promise.all([
    ...(['in', 'work'] as const).map((part) =>
      db.jobData.where('[jobId+part+seq]').between([jobId, part, -Infinity], [jobId, part, Infinity]).delete(),
    ),
    db.stagedRows.where('[jobId+seq]').between([jobId, -Infinity], [jobId, Infinity]).delete(),
  ]);
}
