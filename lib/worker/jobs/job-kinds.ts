import { csvImportJob } from './csv-import';
import type { JobKind } from './job-kind';
import { restoreJob } from './restore';

/** Every kind of job. Issue 20's mapped import runs as one more kind here. */
export const JOB_KINDS: Record<string, JobKind> = {
  'csv-import': csvImportJob,
  restore: restoreJob,
};
export type JobKindName = 'csv-import' | 'restore';
