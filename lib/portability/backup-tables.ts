import { z } from 'zod';
import { ActivitySchema } from '../domain/activity';
import { CadenceRunSchema, CadenceSchema } from '../domain/cadence';
import { CompanySchema } from '../domain/company';
import { DealSchema } from '../domain/deal';
import { IsoDateSchema } from '../domain/entity-fields';
import { FollowUpSchema } from '../domain/follow-up';
import { PersonSchema } from '../domain/person';
import { PipelineSchema } from '../domain/pipeline';
import { SettingsSchema } from '../domain/settings';
import { SuppressionSaltSchema, SuppressionSchema } from '../domain/suppression';

/**
 * The tables a backup carries, in the order it writes them (a row's references point to tables
 * before it), each with the schema a row must pass to be restored. Stored fields that are only
 * derived (index fields, search tokens) are left out of the file and recomputed on restore; a logged
 * email's dedupeKey is kept (after a merge it no longer follows from the row).
 */
export const BACKUP_TABLES = {
  settings: z.object({ id: z.literal('settings'), value: SettingsSchema }),
  // Before the people: a restore reads the list first and leaves out everyone on it.
  suppressionSalts: SuppressionSaltSchema,
  suppressions: SuppressionSchema,
  pipelines: PipelineSchema.extend({ position: z.number().int() }),
  companies: CompanySchema,
  prospects: PersonSchema,
  cadences: CadenceSchema,
  deals: DealSchema,
  cadenceRuns: CadenceRunSchema,
  followUps: FollowUpSchema,
  activities: ActivitySchema,
  detectionStats: z.object({
    day: IsoDateSchema,
    pageKind: z.string().min(1).max(100),
    pages: z.number().int().nonnegative(),
    contacts: z.number().int().nonnegative(),
    degraded: z.number().int().nonnegative(),
  }),
} as const;
export type BackupTable = keyof typeof BACKUP_TABLES;
export const BACKUP_TABLE_NAMES = Object.keys(BACKUP_TABLES) as BackupTable[];

/**
 * Every other table of the database, and why a backup leaves it out. tests/unit/portability
 * fails for a table that is in neither list: a new table must be backed up or excluded with a reason.
 */
export const EXCLUDED_FROM_BACKUP: Record<string, string> = {
  reminderOutbox: 'notifications owed on this machine right now; a restore derives them again from the follow-ups',
  meta: "the worker's own bookkeeping (the day the stalled-deal nudge last ran), not the user's data",
  operations: 'replies kept a few days for retried messages; meaningless in another database',
  jobs: 'imports and restores in progress on this machine',
  jobData: 'the input and prepared work of jobs in progress',
  stagedRows: 'a restore waiting for its switch-over',
};

/**
 * Tables a restore adds to instead of replacing: the suppression list of this machine and the
 * backup's together, so someone forgotten after the backup was made stays forgotten.
 */
export const MERGED_ON_RESTORE: readonly BackupTable[] = ['suppressionSalts', 'suppressions'];

/** Fields of stored rows that are derived, so neither written to a backup nor trusted from one. */
export const DERIVED_FIELDS: Partial<Record<BackupTable, readonly string[]>> = {
  prospects: ['searchTokens'],
  deals: ['openTouchedAt', 'openStepDueAt'],
  followUps: ['openDueAt'],
};

/** A reference from one table to another; a required one cannot point nowhere (the row is left out). */
export interface BackupRef {
  field: string;
  to: BackupTable;
  required: boolean;
}

/** Each table's references (a deleted cadence's runs keep its id by design: not a reference checked here). */
export const BACKUP_REFS: Partial<Record<BackupTable, readonly BackupRef[]>> = {
  suppressions: [{ field: 'saltId', to: 'suppressionSalts', required: true }],
  prospects: [{ field: 'companyId', to: 'companies', required: false }],
  deals: [
    { field: 'personId', to: 'prospects', required: true },
    { field: 'pipelineId', to: 'pipelines', required: true },
    { field: 'companyId', to: 'companies', required: false },
  ],
  cadenceRuns: [
    { field: 'personId', to: 'prospects', required: true },
    { field: 'dealId', to: 'deals', required: false },
  ],
  followUps: [
    { field: 'personId', to: 'prospects', required: true },
    { field: 'dealId', to: 'deals', required: false },
    { field: 'cadenceRunId', to: 'cadenceRuns', required: false },
  ],
  activities: [
    { field: 'personId', to: 'prospects', required: true },
    { field: 'dealId', to: 'deals', required: false },
  ],
};

/** A row's identity in its table (the primary key as text). */
export function keyOf(table: BackupTable, row: Record<string, unknown>): string {
  return table === 'detectionStats' ? `${String(row.day)}|${String(row.pageKind)}` : String(row.id);
}

/** Unique indexes besides the key: a second row with the same value would break the restore. */
export const UNIQUE_FIELDS: Partial<Record<BackupTable, string>> = {
  prospects: 'linkedinKey',
  activities: 'dedupeKey',
  followUps: 'dedupeKey',
};
