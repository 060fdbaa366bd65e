import type { Transaction } from 'dexie';
import { effectiveDueAt, type FollowUp } from '../../domain/follow-up';
import { DEFAULT_SETTINGS } from '../../domain/settings';
import type { CadenceRunRow, FollowUpRow, SettingsRow } from '../rows';

/** The id given to runs found in v2 data, whose cadence was never recorded. */
export const UNKNOWN_CADENCE_ID = 'unknown';

/** A v2 follow-up with the fields later added with defaults filled, and its index field recomputed. */
export function followUpRowFromV2(row: Partial<FollowUp> & FollowUpRow): FollowUpRow {
  const { openDueAt: _drop, ...rest } = row;
  void _drop;
  const f: FollowUp = {
    ...rest,
    noteKey: row.noteKey ?? null,
    cancelReason: row.cancelReason ?? null,
    dedupeKey: row.dedupeKey ?? null,
  };
  return f.done ? f : { ...f, openDueAt: effectiveDueAt(f) };
}

/** The cadence runs implied by v2 follow-ups that carry a cadenceRunId. */
export function cadenceRunsFromV2(rows: readonly FollowUp[]): CadenceRunRow[] {
  const runs = new Map<string, CadenceRunRow>();
  for (const f of rows) {
    if (f.cadenceRunId === null) continue;
    const run = runs.get(f.cadenceRunId) ?? {
      id: f.cadenceRunId,
      cadenceId: UNKNOWN_CADENCE_ID,
      personId: f.personId,
      dealId: f.dealId,
      status: 'finished',
      startedAt: f.createdAt,
      endedAt: null,
    };
    run.startedAt = Math.min(run.startedAt, f.createdAt);
    if (!f.done) run.status = 'active';
    runs.set(f.cadenceRunId, run);
  }
  return [...runs.values()];
}

/**
 * v2 → v3: cadences, cadence runs, meta and the reminder outbox are new tables. Existing follow-ups
 * get the fields added since v2 shipped and a recomputed openDueAt (the scan's index must be exact);
 * runs are rebuilt from their follow-ups; a settings row from before the rules gets them switched on.
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  const followUps: FollowUp[] = [];
  await tx
    .table('followUps')
    .toCollection()
    .modify((row: FollowUpRow, ref) => {
      const next = followUpRowFromV2(row);
      followUps.push(next);
      ref.value = next;
    });
  const runs = cadenceRunsFromV2(followUps);
  if (runs.length) await tx.table('cadenceRuns').bulkAdd(runs);
  await tx
    .table('settings')
    .toCollection()
    .modify((row: SettingsRow) => {
      row.value = { ...row.value, rules: { ...DEFAULT_SETTINGS.rules, ...row.value.rules } };
    });
}
