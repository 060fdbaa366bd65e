import type { SidecarDB } from '../../db/schema';
import { deleteAllData } from '../../worker/delete-all';
import { forgetPerson, liftSuppression } from '../../worker/forget';
import { cancelJob, confirmJob, resumeJob, startJob } from '../../worker/jobs/commands';
import { runJob, type JobHooks } from '../../worker/jobs/runner';
import type { Handlers } from './handler';
import { callOf, toReply } from './reply';

/**
 * Handlers for imports, restores and deletions (exports are reads: the pages do them themselves).
 * An import or a restore is a job: the reply is its id, and it runs on after the reply (runner.ts).
 */
export function createPortabilityHandlers(
  db: SidecarDB,
  hooks: JobHooks,
): Pick<
  Handlers,
  | 'importCsv'
  | 'restoreBackup'
  | 'confirmJob'
  | 'cancelJob'
  | 'resumeJob'
  | 'forgetPerson'
  | 'liftSuppression'
  | 'deleteAllData'
> {
  const started = <T extends { ok: boolean }>(reply: T, jobId: string | null): T => {
    if (reply.ok && jobId) void runJob(db, jobId, hooks);
    return reply;
  };
  return {
    async importCsv(input) {
      const params = { fileName: input.fileName, options: input.options ?? {} };
      const r = await startJob(db, { kind: 'csv-import', params, text: input.text }, callOf(input));
      return started(
        toReply(r, (v) => v),
        r.ok ? r.value.jobId : null,
      );
    },
    async restoreBackup(input) {
      const params = { fileName: input.fileName ?? null };
      const r = await startJob(db, { kind: 'restore', params, text: input.text }, callOf(input));
      return started(
        toReply(r, (v) => v),
        r.ok ? r.value.jobId : null,
      );
    },
    async confirmJob(input) {
      return started(toReply(await confirmJob(db, input, callOf(input))), input.jobId);
    },
    async cancelJob(input) {
      return toReply(await cancelJob(db, input, callOf(input)));
    },
    async resumeJob(input) {
      return started(toReply(await resumeJob(db, input, callOf(input))), input.jobId);
    },
    async forgetPerson(input) {
      return toReply(await forgetPerson(db, input, callOf(input)));
    },
    async liftSuppression(input) {
      return toReply(await liftSuppression(db, input, callOf(input)), (v) => v);
    },
    async deleteAllData(input) {
      return toReply(await deleteAllData(db, { keepSuppressions: input.keepSuppressions }, callOf(input)));
    },
  };
}
