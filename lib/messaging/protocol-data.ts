import { z } from 'zod';
import { IdSchema } from '../domain/entity-fields';
import { Ok, OpIdSchema, result } from './protocol-shared';

/**
 * Extension-only messages about the user's data as a whole: imports and restores (which run as jobs,
 * lib/worker/jobs: the reply is the job's id; the options page follows its progress in the `jobs`
 * table), forgetting a person, deleting everything. Files too large for one message (runtime messages
 * stop at 64 MiB) go over the upload port instead (lib/messaging/stream-port.ts).
 */
export const dataMessages = {
  /** Import prospects from a CSV file's text; bad rows come back with their line numbers. */
  importCsv: {
    scope: 'extension',
    in: z.object({ text: z.string().max(10_000_000), fileName: z.string().max(300), opId: OpIdSchema }),
    out: result(
      z.object({
        created: z.number().int(),
        matched: z.number().int(),
        errors: z.array(z.object({ line: z.number().int(), message: z.string(), detail: z.string() })),
      }),
    ),
  },
  /** Restore a JSON backup; damaged rows are reported and left out, valid ones restored. */
  restoreBackup: {
    scope: 'extension',
    in: z.object({ text: z.string().max(200_000_000), opId: OpIdSchema }),
    out: result(z.object({ restored: z.number().int(), skipped: z.number().int(), rejected: z.number().int() })),
  },
  /** Forget a person: they and everything only theirs are deleted. */
  forgetPerson: { scope: 'extension', in: z.object({ personId: IdSchema, opId: OpIdSchema }), out: result(Ok) },
  /** Delete every record of the pipeline (settings and pipelines go back to the defaults). */
  deleteAllData: {
    scope: 'extension',
    in: z.object({ confirm: z.literal('delete everything'), opId: OpIdSchema }),
    out: result(Ok),
  },
} as const;
