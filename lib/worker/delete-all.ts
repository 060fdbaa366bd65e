import type { Result } from '../domain/result';
import type { SidecarDB } from '../db/schema';
import { ensureDefaults } from '../db/repositories/settings';
import { runUseCase, type Call } from './use-case';

/** Every table that holds the user's pipeline, or facts derived from it. */
export const userDataTables = (db: SidecarDB) => [
  db.prospects,
  db.companies,
  db.deals,
  db.activities,
  db.followUps,
  db.pipelines,
  db.settings,
  db.cadences,
  db.cadenceRuns,
  db.detectionStats,
  db.reminderOutbox,
  db.meta,
];

/**
 * "Delete all data": every record of the pipeline goes in one transaction, and the database is as on
 * first run (the default pipeline and settings). Jobs still running are cancelled with their data.
 * The suppression list stays unless the user asks otherwise: people they had forgotten stay out of
 * whatever they capture, import or restore next. The operation log stays: a retried delete is
 * answered, not repeated.
 */
export function deleteAllData(
  db: SidecarDB,
  input: { keepSuppressions: boolean },
  call: Call,
): Promise<Result<object>> {
  const suppression = [db.suppressions, db.suppressionSalts];
  const tables = [...userDataTables(db), ...suppression, db.jobs, db.jobData, db.stagedRows];
  return runUseCase(db, 'deleteAllData', call, tables, async () => {
    await Promise.all(userDataTables(db).map((t) => t.clear()));
    if (!input.keepSuppressions) await Promise.all(suppression.map((t) => t.clear()));
    await db.jobs
      .where('status')
      .anyOf('receiving', 'running', 'awaiting-confirmation')
      .modify({ status: 'cancelled', updatedAt: call.now });
    await Promise.all([db.jobData.clear(), db.stagedRows.clear()]);
    await ensureDefaults(db);
    return { ok: true, value: {} };
  });
}
