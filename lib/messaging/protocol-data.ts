import { z } from 'zod';
import { IdSchema } from '../domain/entity-fields';
import { CsvImportOptionsSchema } from '../portability/csv-import-options';
import { Ok, OpIdSchema, result } from './protocol-shared';

const JobId = z.object({ jobId: z.string().min(1).max(100) });

/**
 * Extension-only messages about the user's data as a whole: imports and restores (which run as jobs,
 * lib/worker/jobs: the reply is the job's id; the options page follows its progress in the `jobs`
 * table), forgetting a person, deleting everything. Files too large for one message (runtime messages
 * stop at 64 MiB) go over the upload port instead (lib/messaging/stream-port.ts).
 */
export const dataMessages = {
  /** Import prospects from a CSV file's text, as a job; bad rows are in the job's result with their lines. */
  importCsv: {
    scope: 'extension',
    in: z.object({
      text: z.string().max(10_000_000),
      fileName: z.string().max(300),
      options: CsvImportOptionsSchema.optional(),
      opId: OpIdSchema,
    }),
    out: result(JobId),
  },
  /** Read and check a JSON backup, as a job that waits for confirmJob with its summary. */
  restoreBackup: {
    scope: 'extension',
    in: z.object({ text: z.string().max(50_000_000), fileName: z.string().max(300).optional(), opId: OpIdSchema }),
    out: result(JobId),
  },
  /** Go ahead with a job that waits for the user (a restore after its summary). */
  confirmJob: { scope: 'extension', in: JobId.extend({ opId: OpIdSchema }), out: result(Ok) },
  /** Stop a job; a restore cancelled before its switch-over leaves the data as it was. */
  cancelJob: { scope: 'extension', in: JobId.extend({ opId: OpIdSchema }), out: result(Ok) },
  /** Run a failed job again from where it stopped (after freeing disk space, say). */
  resumeJob: { scope: 'extension', in: JobId.extend({ opId: OpIdSchema }), out: result(Ok) },
  /** Forget a person: they and everything only theirs are deleted, and they go on the suppression list. */
  forgetPerson: { scope: 'extension', in: z.object({ personId: IdSchema, opId: OpIdSchema }), out: result(Ok) },
  /** Take an address or a LinkedIn profile off the suppression list (typed again by the user). */
  liftSuppression: {
    scope: 'extension',
    in: z.object({ address: z.string().trim().min(1).max(600), opId: OpIdSchema }),
    out: result(z.object({ lifted: z.number().int().min(0) })),
  },
  /**
   * Delete every record of the pipeline (settings and pipelines go back to the defaults); the
   * suppression list stays unless `keepSuppressions` is false.
   */
  deleteAllData: {
    scope: 'extension',
    in: z.object({
      confirm: z.literal('delete everything'),
      keepSuppressions: z.boolean().default(true),
      opId: OpIdSchema,
    }),
    out: result(Ok),
  },
} as const;
