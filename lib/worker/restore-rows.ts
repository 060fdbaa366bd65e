import type { Activity } from '../domain/activity';
import type { Deal } from '../domain/deal';
import type { FollowUp } from '../domain/follow-up';
import type { Person } from '../domain/person';
import type { Result } from '../domain/result';
import type { SidecarDB } from '../db/schema';
import type { CadenceRunRow } from '../db/rows';
import { emailDedupeKey } from '../db/repositories/activities';
import { toFollowUpRow } from '../db/repositories/follow-up-rows';
import { runUseCase, type Call } from './use-case';

/** What an undo puts back and removes, rows already validated (lib/messaging/undo-rows.ts). */
export interface RowsToRestore {
  put: {
    prospects: Person[];
    deals: Deal[];
    followUps: FollowUp[];
    activities: Activity[];
    cadenceRuns: CadenceRunRow[];
  };
  remove: Record<'prospects' | 'deals' | 'followUps' | 'activities' | 'cadenceRuns', string[]>;
}

/**
 * Undo a user's action within its 10 seconds: put rows back as the panel's snapshot had them and
 * remove the rows the action created, in one transaction (all or nothing). Index fields are
 * recomputed as every write path does (a deal's by the database middleware, a follow-up's openDueAt, a
 * logged email's dedupeKey). A person whose LinkedIn key was captured again meanwhile makes the whole
 * undo fail with 'conflict' instead of breaking the unique index half-way.
 */
export async function restoreRows(db: SidecarDB, rows: RowsToRestore, call: Call): Promise<Result<number>> {
  const tables = [db.prospects, db.deals, db.followUps, db.activities, db.cadenceRuns];
  try {
    return await runUseCase(db, 'restoreRows', call, tables, async () => {
      const { put, remove } = rows;
      await Promise.all([
        db.deals.bulkDelete(remove.deals),
        db.followUps.bulkDelete(remove.followUps),
        db.activities.bulkDelete(remove.activities),
        db.cadenceRuns.bulkDelete(remove.cadenceRuns),
      ]);
      await db.prospects.bulkDelete(remove.prospects);
      await db.prospects.bulkPut(put.prospects);
      await db.deals.bulkPut(put.deals);
      await db.followUps.bulkPut(put.followUps.map(toFollowUpRow));
      await db.activities.bulkPut(
        put.activities.map((a) =>
          a.kind === 'email' ? { ...a, dedupeKey: emailDedupeKey(a.account, a.gmailMessageId, a.personId) } : a,
        ),
      );
      await db.cadenceRuns.bulkPut(put.cadenceRuns);
      const count = Object.values(put).reduce((n, list) => n + list.length, 0);
      return { ok: true, value: count + Object.values(remove).reduce((n, list) => n + list.length, 0) } as const;
    });
  } catch (error) {
    if (error instanceof Error && /ConstraintError/.test(`${error.name} ${error.message}`))
      return { ok: false, error: 'conflict', detail: error.message.slice(0, 200) };
    throw error;
  }
}
