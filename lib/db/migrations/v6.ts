import type { Transaction } from 'dexie';
import {
  RowFixer,
  repairActivity,
  repairCadenceRun,
  repairCompany,
  repairDeal,
  repairFollowUp,
  repairPerson,
  repairReminder,
} from './v6-repairs';

/** Repair a row in place, or return its replacement (rows whose index fields follow the dates). */
type Repair<T> = (row: T, f: RowFixer) => T | void;

/** Walk a table once; only rows whose dates were repaired are written back. */
async function repairTable<T>(tx: Transaction, table: string, repair: Repair<T>, now: number): Promise<void> {
  await tx
    .table(table)
    .toCollection()
    .modify((row: T, ref: { value: T }) => {
      const f = new RowFixer(now);
      const replaced = repair(row, f);
      if (!f.changed) return false; // Dexie skips the write when the callback returns false.
      if (replaced) ref.value = replaced;
    });
}

/**
 * v5 → v6 (issue 16): stored dates outside [0, Date.UTC(2200, 0, 1)) are repaired, field by field as
 * lib/db/migrations/v6-repairs.ts documents, so no calendar computation on an old row (a cadence's
 * shift, a reminder's snooze) starts from an Invalid Date or a far-future year; links the schemas now
 * refuse are dropped. Indexes unchanged.
 */
export async function upgradeToV6(tx: Transaction): Promise<void> {
  const now = Date.now();
  await repairTable(tx, 'prospects', repairPerson, now);
  await repairTable(tx, 'companies', repairCompany, now);
  await repairTable(tx, 'deals', repairDeal, now);
  await repairTable(tx, 'activities', repairActivity, now);
  await repairTable(tx, 'followUps', repairFollowUp, now);
  await repairTable(tx, 'cadenceRuns', repairCadenceRun, now);
  await repairTable(tx, 'reminderOutbox', repairReminder, now);
}
