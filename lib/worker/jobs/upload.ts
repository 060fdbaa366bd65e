import type { Result } from '../../domain/result';
import type { SidecarDB } from '../../db/schema';
import { countJobData } from '../../db/repositories/jobs';
import { runUseCase, type Call } from '../use-case';
import { JOB_KINDS, type JobKindName } from './job-kinds';
import { newJob } from './commands';

/** A job whose input arrives in pieces (the upload port): created 'receiving', without input yet. */
export function beginUpload(
  db: SidecarDB,
  input: { kind: JobKindName; params: Record<string, unknown> },
  call: Call,
): Promise<Result<{ jobId: string }>> {
  return runUseCase(db, `upload:${input.kind}`, call, [db.jobs], async () => {
    const job = newJob(input.kind, input.params, call.now, true);
    await db.jobs.add(job);
    return { ok: true, value: { jobId: job.id } };
  });
}

/** Store one piece of a job's input, in order (a piece sent twice is stored once, at its number). */
export async function addUploadPiece(
  db: SidecarDB,
  input: { jobId: string; seq: number; text: string },
): Promise<boolean> {
  return db.transaction('rw', db.jobs, db.jobData, async () => {
    const job = await db.jobs.get(input.jobId);
    if (job?.status !== 'receiving' || input.seq > (await countJobData(db, job.id, 'in'))) return false;
    await db.jobData.put({ jobId: job.id, part: 'in', seq: input.seq, data: input.text });
    await db.jobs.put({ ...job, progress: { done: input.seq + 1, total: 0 }, updatedAt: Date.now() });
    return true;
  });
}

/** The input is complete (all `pieces` stored): the job starts running. */
export async function endUpload(db: SidecarDB, input: { jobId: string; pieces: number }): Promise<boolean> {
  return db.transaction('rw', db.jobs, db.jobData, async () => {
    const job = await db.jobs.get(input.jobId);
    if (job?.status !== 'receiving' || (await countJobData(db, job.id, 'in')) !== input.pieces) return false;
    const phase = JOB_KINDS[job.kind]!.firstPhase;
    await db.jobs.put({ ...job, status: 'running', phase, progress: { done: 0, total: 0 }, updatedAt: Date.now() });
    return true;
  });
}
