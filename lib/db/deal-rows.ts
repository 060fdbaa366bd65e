import type { DBCore, Middleware } from 'dexie';
import { lastTouchedAt } from '../domain/analytics-health';
import type { Deal } from '../domain/deal';
import type { DealRow } from './rows';

/** `openStepDueAt` of an open deal without a next step: before every real due time. */
export const NO_NEXT_STEP_DUE = -1;

/** The index fields of a deal row, recomputed: Today finds stalled and stepless deals through them. */
export const DEAL_INDEX_FIELDS = ['openTouchedAt', 'openStepDueAt'] as const;

/**
 * The stored form of a deal: while open, when it was last touched and when its next step is due
 * (NO_NEXT_STEP_DUE when it has none); a closed deal has neither, so the indexes hold open deals only.
 */
export function toDealRow(deal: Deal | DealRow): DealRow {
  const { openTouchedAt: _touched, openStepDueAt: _due, ...plain } = deal as DealRow;
  void _touched;
  void _due;
  if (plain.status !== 'open') return plain;
  return { ...plain, openTouchedAt: lastTouchedAt(plain), openStepDueAt: plain.nextStep?.dueAt ?? NO_NEXT_STEP_DUE };
}

/**
 * Every deal written (add, put, bulkPut, update, modify: Dexie turns them all into add or put of whole
 * rows) gets its index fields recomputed here, so no write path can leave them stale.
 * https://dexie.org/docs/Dexie/Dexie.use()
 */
export const dealRowsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'sidecar-deal-rows',
  create: (down) => ({
    ...down,
    table(name) {
      const table = down.table(name);
      if (name !== 'deals') return table;
      return {
        ...table,
        mutate: (req) =>
          table.mutate(req.type === 'add' || req.type === 'put' ? { ...req, values: req.values.map(toDealRow) } : req),
      };
    },
  }),
};
