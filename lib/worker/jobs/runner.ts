import type { SidecarDB } from '../../db/schema';
import type { JobRow } from '../../db/rows';
import { storageErrorOf } from '../storage-errors';
import { JOB_KINDS } from './job-kinds';
import { failJob } from './job-step';

export interface JobHooks {
  /** Called between steps: keeps the worker alive and its resume alarm set (job-alarm.ts). */
  jobHeartbeat(): unknown;
  /** Called when a job stops running (done, failed, cancelled or waiting for the user). */
  jobSettled(job: JobRow): void;
}

export const NO_JOB_HOOKS: JobHooks = { jobHeartbeat: () => undefined, jobSettled: () => undefined };

// One loop per job in this worker: a message and the resume alarm may both ask for the same job.
const running = new Map<string, Promise<void>>();

/**
 * Run a job's steps until it stops running. Each step commits with the job's cursor, so wherever the
 * worker is stopped the job resumes (resumeJobs) at the step it was on. A step that throws fails the
 * job with a code the options page words (storage errors, else 'internal'); its data stays for a resume.
 */
export function runJob(db: SidecarDB, jobId: string, hooks: JobHooks = NO_JOB_HOOKS): Promise<void> {
  const existing = running.get(jobId);
  if (existing) return existing;
  // Never rejects: a job the loop could not even read (the database failing) stays running, and the
  // resume alarm or the next worker start picks it up.
  const loop = runSteps(db, jobId, hooks)
    .catch((error: unknown) => console.error('[sidecar] job runner stopped', error))
    .finally(() => running.delete(jobId));
  running.set(jobId, loop);
  return loop;
}

async function runSteps(db: SidecarDB, jobId: string, hooks: JobHooks): Promise<void> {
  for (;;) {
    const job = await db.jobs.get(jobId);
    if (!job || job.status !== 'running') {
      if (job) hooks.jobSettled(job);
      return;
    }
    const kind = JOB_KINDS[job.kind];
    try {
      if (!kind) throw new Error(`no job kind ${job.kind}`);
      await kind.step(db, job);
    } catch (error) {
      const code = storageErrorOf(error);
      if (code === null) console.error(`[sidecar] job ${job.kind} failed`, error);
      await failJob(db, jobId, code ?? 'internal').catch((e: unknown) => console.error('[sidecar] failJob', e));
    }
    await hooks.jobHeartbeat();
  }
}

/** Run every job that was running when the worker stopped (worker start, the resume alarm). */
export async function resumeJobs(db: SidecarDB, hooks: JobHooks = NO_JOB_HOOKS): Promise<void> {
  const ids = await db.jobs.where('status').equals('running').primaryKeys();
  await Promise.all(ids.map((id) => runJob(db, id, hooks)));
}
