import type { Browser } from 'wxt/browser';
import type { SidecarDB } from '../../db/schema';
import type { JobRow } from '../../db/rows';
import { pruneOperations } from '../../db/repositories/operations';
import { deleteJobData } from '../../db/repositories/jobs';
import { resumeJobs, type JobHooks } from './runner';

/** The alarm that resumes jobs a stopped worker left running. */
export const JOB_ALARM = 'sidecar:jobs';
/** While a job runs, its alarm is pushed back this far at every heartbeat: it fires only once the worker is gone. */
const RESUME_AFTER_MIN = 0.5;
/** At most one heartbeat call into the browser this often. */
const HEARTBEAT_MS = 10_000;

type Alarms = Pick<typeof Browser.alarms, 'create' | 'onAlarm'>;

/**
 * The job hooks of the worker: a heartbeat that keeps the resume alarm ahead (a call into the
 * extension API also counts as activity, so MV3 does not stop a worker busy with a long job), and
 * `settled` for what follows a job (the badge, the tabs' statuses).
 */
export function createJobHooks(alarms: Alarms, settled: (job: JobRow) => void, now = Date.now): JobHooks {
  let last = 0;
  return {
    jobHeartbeat: async () => {
      if (now() - last < HEARTBEAT_MS) return;
      last = now();
      await alarms.create(JOB_ALARM, { delayInMinutes: RESUME_AFTER_MIN });
    },
    jobSettled: settled,
  };
}

/**
 * On worker start and when the alarm fires: uploads cut off by a stop are cancelled (no port survives
 * a worker), old operation replies are forgotten, and running jobs resume where they were.
 */
export async function startJobs(db: SidecarDB, hooks: JobHooks, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.jobs, db.jobData, db.stagedRows, async () => {
    const cut = await db.jobs.where('status').equals('receiving').toArray();
    for (const job of cut) {
      await deleteJobData(db, job.id);
      await db.jobs.put({ ...job, status: 'cancelled', error: 'interrupted', updatedAt: now });
    }
  });
  await pruneOperations(db, now);
  await resumeJobs(db, hooks);
}

/** Register the resume alarm's listener (synchronously, so the alarm that wakes a stopped worker finds it) and start. */
export function registerJobs(db: SidecarDB, alarms: Alarms, hooks: JobHooks): void {
  const report = (error: unknown) => console.error('[sidecar] jobs', error);
  alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === JOB_ALARM) void resumeJobs(db, hooks).catch(report);
  });
  void startJobs(db, hooks).catch(report);
}
