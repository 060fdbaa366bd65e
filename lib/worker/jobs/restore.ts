import type { SidecarDB } from '../../db/schema';
import type { JobRow } from '../../db/rows';
import { countJobData, getJobData } from '../../db/repositories/jobs';
import { BackupCheck, repairRows, type Repairs } from '../../portability/backup-check';
import { createBackupReader, NotABackupError, type BackupEntry } from '../../portability/backup-reader';
import type { BackupTable } from '../../portability/backup-tables';
import type { JobKind } from './job-kind';
import { inJobStep } from './job-step';
import { switchToRestored } from './restore-switch';
import { RestoreSuppression } from './restore-suppression';

/** Rows per piece of checked work and of staging: each staging step is one transaction. */
const ROWS_PER_PIECE = 500;
/** The repairs (rows left out, references cleared) live beside the work, at this piece number. */
const REPAIRS_SEQ = -1;

export interface CheckedPiece {
  table: BackupTable;
  rows: Record<string, unknown>[];
}

/**
 * Read the whole file and check it (backup-check.ts), keeping the checked rows as work in pieces of
 * one table, then wait for the user with the summary: rows per table, rows rejected and why,
 * references that point nowhere, people left out because they were forgotten. Nothing of the user's data is touched yet. A stopped worker checks
 * again from the start (the same file gives the same pieces).
 */
async function validate(db: SidecarDB, job: JobRow): Promise<void> {
  const reader = createBackupReader();
  const check = new BackupCheck();
  const suppression = new RestoreSuppression();
  let piece: CheckedPiece | null = null;
  let seq = 0;
  const flush = async () => {
    if (piece?.rows.length) await db.jobData.put({ jobId: job.id, part: 'work', seq: seq++, data: piece });
    piece = null;
  };
  const take = async (entries: BackupEntry[]) => {
    for (const e of entries) {
      if (e.type === 'header') check.header = e.header;
      else if (e.type === 'bad') check.unreadable(e.where, e.detail);
      else {
        const row = check.accept(e.table, e.row, e.where);
        if (!row) continue;
        const table = e.table as BackupTable;
        suppression.see(table, row);
        if (piece && (piece.table !== table || piece.rows.length >= ROWS_PER_PIECE)) await flush();
        (piece ??= { table, rows: [] }).rows.push(row);
      }
    }
  };
  const total = await countJobData(db, job.id, 'in');
  try {
    for (let i = 0; i < total; i++) {
      await take(reader.push(String(await getJobData(db, job.id, 'in', i))));
      await db.jobs.update(job.id, { progress: { done: i + 1, total } });
    }
    await take(reader.end());
  } catch (error) {
    if (!(error instanceof NotABackupError)) throw error;
    const code = error.code;
    await inJobStep(db, job, [], async () => ({ status: 'failed', error: code }));
    return;
  }
  await flush();
  check.suppress(await suppression.forgotten(db));
  const { summary, repairs } = check.finish();
  await inJobStep(db, job, [db.jobData], async () => {
    await db.jobData.put({ jobId: job.id, part: 'work', seq: REPAIRS_SEQ, data: repairs });
    return {
      status: 'awaiting-confirmation',
      phase: 'stage',
      cursor: 0,
      progress: { done: 0, total: seq },
      result: summary,
    };
  });
}

/** Copy one piece of checked rows, repaired, into the staging table; the last one leads to the switch-over. */
async function stage(db: SidecarDB, job: JobRow): Promise<void> {
  const piece = (await getJobData(db, job.id, 'work', job.cursor)) as CheckedPiece | undefined;
  const repairs = ((await getJobData(db, job.id, 'work', REPAIRS_SEQ)) as Repairs | undefined) ?? {
    drop: [],
    clear: {},
  };
  await inJobStep(db, job, [db.stagedRows], async (current) => {
    if (!piece) return { phase: 'switch', cursor: 0 };
    const rows = repairRows(piece.table, piece.rows, repairs);
    await db.stagedRows.put({ jobId: job.id, seq: current.cursor, table: piece.table, rows });
    return { cursor: current.cursor + 1, progress: { done: current.cursor + 1, total: current.progress.total } };
  });
}

/**
 * Restore a backup: check it all (then wait for the user), stage it in resumable pieces, and switch
 * the user's data over to it in one transaction: it is all the old data or all the restored.
 */
export const restoreJob: JobKind = {
  firstPhase: 'validate',
  confirmPhase: 'stage',
  step: (db, job) =>
    job.phase === 'validate' ? validate(db, job) : job.phase === 'stage' ? stage(db, job) : switchToRestored(db, job),
};
