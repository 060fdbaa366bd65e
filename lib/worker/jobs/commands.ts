import type { Result } from '../../domain/result';
import type { SidecarDB } from '../../db/schema';
import type { JobRow } from '../../db/rows';
import { deleteJobData } from '../../db/repositories/jobs';
import { runUseCase, type Call } from '../use-case';
import { JOB_KINDS, type JobKindName } from './job-kinds';

/** A new job's row: running in its kind's first phase, or receiving while its input is uploaded. */
export function newJob(kind: JobKindName, params: Record<string, unknown>, now: number, receiving = false): JobRow {
  return {
    id: crypto.randomUUID(),
    kind,
    status: receiving ? 'receiving' : 'running',
    phase: receiving ? 'receive' : JOB_KINDS[kind]!.firstPhase,
    progress: { done: 0, total: 0 },
    cursor: 0,
    params,
    result: null,
    error: null,
    createdAt: now,
    updatedAt: now,
  };
}

/** Start a job whose whole input came in one message: the job and its input in one transaction. */
export function startJob(
  db: SidecarDB,
  input: { kind: JobKindName; params: Record<string, unknown>; text: string },
  call: Call,
): Promise<Result<{ jobId: string }>> {
  return runUseCase(db, `start:${input.kind}`, call, [db.jobs, db.jobData], async () => {
    const job = newJob(input.kind, input.params, call.now);
    await db.jobs.add(job);
    await db.jobData.add({ jobId: job.id, part: 'in', seq: 0, data: input.text });
    return { ok: true, value: { jobId: job.id } };
  });
}

type Change = (job: JobRow) => Result<Partial<JobRow>> | null;

/** Change a job's status as the user asks; `change` answers null when the job is not in a state that allows it. */
function changeJob(db: SidecarDB, name: string, jobId: string, call: Call, change: Change) {
  return runUseCase(db, name, call, [db.jobs, db.jobData, db.stagedRows], async () => {
    const job = await db.jobs.get(jobId);
    if (!job) return { ok: false, error: 'not-found' };
    const next = change(job);
    if (!next) return { ok: false, error: 'conflict', detail: `the job is ${job.status}` };
    if (!next.ok) return next;
    if (next.value.status === 'cancelled') await deleteJobData(db, jobId);
    await db.jobs.put({ ...job, ...next.value, updatedAt: call.now });
    return { ok: true, value: {} };
  });
}

/** Go on with a job that waited for the user (a restore, after its summary). */
export const confirmJob = (db: SidecarDB, input: { jobId: string }, call: Call) =>
  changeJob(db, 'confirmJob', input.jobId, call, (job) => {
    const phase = JOB_KINDS[job.kind]?.confirmPhase;
    return job.status === 'awaiting-confirmation' && phase ? { ok: true, value: { status: 'running', phase } } : null;
  });

/** Stop a job: what it already committed stays (an import's rows), a restore not yet switched over changes nothing. */
export const cancelJob = (db: SidecarDB, input: { jobId: string }, call: Call) =>
  changeJob(db, 'cancelJob', input.jobId, call, (job) =>
    ['receiving', 'running', 'awaiting-confirmation', 'failed'].includes(job.status)
      ? { ok: true, value: { status: 'cancelled' } }
      : null,
  );

/** Run a failed job again from the step it failed at (after the user freed disk space, say). */
export const resumeJob = (db: SidecarDB, input: { jobId: string }, call: Call) =>
  changeJob(db, 'resumeJob', input.jobId, call, (job) =>
    job.status === 'failed' && job.phase !== 'validate-failed'
      ? { ok: true, value: { status: 'running', error: null } }
      : null,
  );
