import { z } from 'zod';
import { ActivitySchema } from '../domain/activity';
import { CadenceRunSchema } from '../domain/cadence';
import { DealSchema } from '../domain/deal';
import { IdSchema } from '../domain/entity-fields';
import { FollowUpSchema } from '../domain/follow-up';
import { PersonSchema } from '../domain/person';
import { OpIdSchema } from './protocol-shared';

// The payload of `restoreRows` (protocol-extension.ts): the rows an undo puts back and the ones it
// removes, as the panel's in-memory snapshot says they were (lib/panel/undo-snapshot.ts). Every row is
// validated whole like a backup's; index fields are recomputed by the worker, never taken from here.

/** Rows per table in one undo: a bulk action over a few hundred people with their history. */
const MAX_ROWS = 50_000;

const ids = z.array(IdSchema).max(MAX_ROWS).default([]);

export const RestoreRowsSchema = z.object({
  opId: OpIdSchema,
  put: z.object({
    prospects: z.array(PersonSchema).max(MAX_ROWS).default([]),
    deals: z.array(DealSchema).max(MAX_ROWS).default([]),
    followUps: z.array(FollowUpSchema).max(MAX_ROWS).default([]),
    activities: z.array(ActivitySchema).max(MAX_ROWS).default([]),
    cadenceRuns: z.array(CadenceRunSchema).max(MAX_ROWS).default([]),
  }),
  remove: z.object({
    prospects: ids,
    deals: ids,
    followUps: ids,
    activities: ids,
    cadenceRuns: ids,
  }),
});
export type RestoreRows = z.output<typeof RestoreRowsSchema>;
export type RestoreRowsInput = z.input<typeof RestoreRowsSchema>;
