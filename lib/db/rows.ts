import type { Activity } from '../domain/activity';
import type { Cadence, CadenceRun } from '../domain/cadence';
import type { Company } from '../domain/company';
import type { Deal } from '../domain/deal';
import type { FollowUp } from '../domain/follow-up';
import type { Person } from '../domain/person';
import type { Pipeline } from '../domain/pipeline';
import type { Settings } from '../domain/settings';
import type { Suppression, SuppressionSalt } from '../domain/suppression';

/**
 * Stored rows are the domain entities, plus the few fields that exist only to be indexed. Those are
 * maintained by lib/db (the repositories; for deals, the database itself on every write) and are
 * left out of backups.
 */
export type PersonRow = Person;
export type CompanyRow = Company;
/**
 * An open deal carries Today's two index fields (lib/db/deal-rows.ts, absent once closed): when it was
 * last touched (stalled is "touched before a cutoff") and when its next step is due (-1: none).
 */
export type DealRow = Deal & { openTouchedAt?: number; openStepDueAt?: number };

/** `dedupeKey` makes logging idempotent (e.g. `email:<account>:<gmail id>:<person>`). */
export type ActivityRow = Activity & { dedupeKey?: string };

/** `openDueAt` is the snooze-aware due time while open, absent once done: the reminder scan's index. */
export type FollowUpRow = FollowUp & { openDueAt?: number };

export type PipelineRow = Pipeline & { position: number };

/** A forgotten identity key's salted hash (lib/domain/suppression.ts), and the salts. */
export type SuppressionRow = Suppression;
export type SuppressionSaltRow = SuppressionSalt;

export interface SettingsRow {
  id: 'settings';
  value: Settings;
}

/** Detections per page kind per day, for the options page ("detection counts over time"). */
export interface DetectionStatRow {
  day: string;
  pageKind: string;
  pages: number;
  contacts: number;
  degraded: number;
}

/** A user-defined cadence (the built-in one lives in lib/domain/cadence.ts and is never stored). */
export type CadenceRow = Cadence;

/** Why a cadence run ended; 'active' while touches remain. */
export type CadenceRunStatus = CadenceRun['status'];

/** One person going through one cadence; its touches are follow-ups with this cadenceRunId. */
export type CadenceRunRow = CadenceRun;

/** Small facts the background keeps between runs (e.g. the day the stalled-deal nudge last ran). */
export interface MetaRow {
  id: string;
  value: string | number | boolean | null;
}

/**
 * A notification owed to the user: written in the transaction that marks follow-ups notified and
 * deleted once the notification exists (see lib/reminders/claim.ts). `id` is the notification id;
 * `leaseUntil` keeps a second deliverer off a row that one is delivering (until it expires).
 */
export interface ReminderOutboxRow {
  id: string;
  followUpIds: string[];
  summary: boolean;
  createdAt: number;
  leaseUntil: number | null;
}

/**
 * A user-started write that was applied (lib/worker/use-case.ts): its operation id, the message, and
 * the reply it got. A retried message with the same id is answered from here, not applied again.
 * Kept for OPERATION_TTL_MS (lib/worker/operations.ts).
 */
export interface OperationRow {
  id: string;
  name: string;
  at: number;
  reply: unknown;
}

/** Where a job stands; 'awaiting-confirmation' is a restore whose summary the user must accept. */
export type JobStatus = 'receiving' | 'running' | 'awaiting-confirmation' | 'done' | 'failed' | 'cancelled';

/**
 * Long work (an import, a restore) stored with its progress, so a stopped worker resumes it where it
 * was (lib/worker/jobs). `cursor` is the kind's own position, written in the same transaction as the
 * chunk it moves past: a chunk is applied once however often the worker stops.
 */
export interface JobRow {
  id: string;
  kind: string;
  status: JobStatus;
  /** The kind's current step (e.g. 'parse', 'apply', 'validate', 'stage', 'switch'). */
  phase: string;
  progress: { done: number; total: number };
  cursor: number;
  params: Record<string, unknown>;
  /** What the job found or did, shown by the options page (a restore's summary, an import's counts). */
  result: unknown;
  /** A catalogue error code when it failed. */
  error: string | null;
  createdAt: number;
  updatedAt: number;
}

/** A job's input as it arrived (part 'in', in order) or prepared work (part 'work'): one chunk per row. */
export interface JobDataRow {
  jobId: string;
  part: 'in' | 'work';
  seq: number;
  data: unknown;
}

/** A restore's validated rows of one table, waiting for the switch-over (one chunk per row). */
export interface StagedRowsRow {
  jobId: string;
  seq: number;
  table: string;
  rows: unknown[];
}

/** What a CSV import job did (its `result`): people created and matched, and the rows it could not read. */
export interface CsvImportResult {
  /** New people. */
  created: number;
  /** People already there who gained something from their row. */
  updated: number;
  /** Rows about someone already there with nothing new, left alone by choice, or forgotten (suppressed). */
  skipped: number;
  /** Rows that could not be read or stored. */
  failed: number;
  /** The header of the file, for the report of rows not imported. */
  headers: string[];
  /** The first rows not imported (all are counted), with their line, the reason and their cells. */
  errors: { line: number; message: string; detail: string; cells?: string[] }[];
  errorCount: number;
  /** Deals the import opened (absent in results stored before imports opened deals). */
  deals?: number;
  /** Rows imported without a deal because the stage they name is not one of the user's: line and the stage's text (the first ones). */
  stagesNotFound?: { line: number; stage: string }[];
}
