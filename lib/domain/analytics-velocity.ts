import { DAY_MS, isInRange, type DateRange } from './entity-fields';
import { closedAt, type Deal } from './deal';

export type SalesVelocity = {
  currency: string;
  openDeals: number;
  wonDeals: number;
  lostDeals: number;
  /** won / (won + lost) among deals closed in the range; null when none closed. */
  winRate: number | null;
  /** Mean value of won deals, minor units; null when none won. */
  averageWonValue: number | null;
  /** Mean days from creation to win; null when none won. */
  averageCycleDays: number | null;
  /** open × win rate × average won value / average cycle days: expected revenue per day, minor units (rounded). */
  velocityPerDay: number | null;
};

type Totals = { open: number; won: number; lost: number; wonValue: number; cycleDays: number };

/**
 * A cycle shorter than a day counts as one day: a deal logged and won at once (back-filled history)
 * would otherwise divide by zero, and velocity is a per-day figure anyway.
 */
export function cycleDays(deal: Pick<Deal, 'createdAt' | 'wonAt'>): number {
  return deal.wonAt === null ? 0 : Math.max(1, (deal.wonAt - deal.createdAt) / DAY_MS);
}

/**
 * Sales velocity per currency (values are never added across currencies). Open deals are counted as
 * of now; win rate, won value and cycle length come from deals closed in `range` (all time if omitted).
 */
export function computeVelocity(deals: readonly Deal[], range?: DateRange): SalesVelocity[] {
  const byCurrency = new Map<string, Totals>();
  for (const deal of deals) {
    let t = byCurrency.get(deal.currency);
    if (!t) {
      t = { open: 0, won: 0, lost: 0, wonValue: 0, cycleDays: 0 };
      byCurrency.set(deal.currency, t);
    }
    if (deal.status === 'open') {
      t.open += 1;
      continue;
    }
    const at = closedAt(deal);
    if (at === null || !isInRange(at, range)) continue;
    if (deal.status === 'lost') {
      t.lost += 1;
      continue;
    }
    t.won += 1;
    t.wonValue += deal.value;
    t.cycleDays += cycleDays(deal);
  }
  return [...byCurrency.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, t]) => {
      const closed = t.won + t.lost;
      const winRate = closed === 0 ? null : t.won / closed;
      const averageWonValue = t.won === 0 ? null : t.wonValue / t.won;
      const averageCycleDays = t.won === 0 ? null : t.cycleDays / t.won;
      const velocityPerDay =
        winRate === null || averageWonValue === null || averageCycleDays === null
          ? null
          : Math.round((t.open * winRate * averageWonValue) / averageCycleDays);
      return {
        currency,
        openDeals: t.open,
        wonDeals: t.won,
        lostDeals: t.lost,
        winRate,
        averageWonValue,
        averageCycleDays,
        velocityPerDay,
      };
    });
}
