import { effectiveProbability, type Deal } from './deal';
import type { Stage } from './pipeline';
import type { Settings } from './settings';
import { atLocalTime, localDateOf } from './working-time';

/** A calendar month, `YYYY-MM`. */
export type MonthKey = string;

export type ForecastBucket = {
  /** Expected-close month, or 'none' for open deals without an expected close date. */
  month: MonthKey | 'none';
  currency: string;
  dealCount: number;
  /** Sum of values, minor units. */
  totalValue: number;
  /** Sum of value × probability / 100, rounded once per bucket (minor units). */
  weightedValue: number;
};

export type MonthPeriod = { from: MonthKey; to: MonthKey };

/**
 * Weighted forecast of open deals by expected-close month and currency. Currencies are never added
 * together: we have no exchange rates, and a wrong rate would be worse than two lines.
 * `period` (inclusive months) drops deals closing outside it; undated deals are always kept.
 */
export function computeForecast(
  deals: readonly Deal[],
  stages: ReadonlyMap<string, ReadonlyMap<string, Stage>>,
  period?: MonthPeriod,
): ForecastBucket[] {
  const buckets = new Map<string, ForecastBucket & { raw: number }>();
  for (const deal of deals) {
    if (deal.status !== 'open') continue;
    // ISO dates compare as strings, and the month is its first 7 characters: no time zone involved.
    const month = deal.expectedClose === null ? 'none' : deal.expectedClose.slice(0, 7);
    if (period && month !== 'none' && (month < period.from || month > period.to)) continue;
    const probability = effectiveProbability(deal, stages.get(deal.pipelineId)?.get(deal.stageId));
    const key = `${month} ${deal.currency}`;
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = { month, currency: deal.currency, dealCount: 0, totalValue: 0, weightedValue: 0, raw: 0 };
      buckets.set(key, bucket);
    }
    bucket.dealCount += 1;
    bucket.totalValue += deal.value;
    bucket.raw += deal.value * probability;
  }
  return [...buckets.values()]
    .map(({ raw, ...b }) => ({ ...b, weightedValue: Math.round(raw / 100) }))
    .sort((x, y) =>
      x.month === y.month
        ? x.currency.localeCompare(y.currency)
        : x.month === 'none'
          ? 1
          : y.month === 'none'
            ? -1
            : x.month < y.month
              ? -1
              : 1,
    );
}

/** The month an instant falls in, in the user's time zone. */
export function monthOf(ms: number, timeZone: string): MonthKey {
  const { year, month } = localDateOf(ms, timeZone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The instants a month starts and ends (exclusive) in a time zone. */
export function monthBounds(month: MonthKey, timeZone: string): { start: number; end: number } {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const next = m === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: m + 1, day: 1 };
  return {
    start: atLocalTime({ year, month: m, day: 1 }, '00:00', timeZone),
    end: atLocalTime(next, '00:00', timeZone),
  };
}

export type QuotaAttainment = {
  month: MonthKey;
  currency: string;
  quota: number;
  /** Value of deals won in the month in the quota currency, minor units. */
  wonValue: number;
  /** wonValue / quota (1 = quota met), or null when no quota is set. */
  attainment: number | null;
  /** Deals won in the month in other currencies: not counted, shown so the gap is explained. */
  otherCurrencyWonCount: number;
};

/** Progress against the monthly quota: deals won in the month (user's time zone) in the quota currency. */
export function computeQuotaAttainment(
  deals: readonly Deal[],
  settings: Pick<Settings, 'currency' | 'monthlyQuota' | 'workingTime'>,
  month: MonthKey,
): QuotaAttainment {
  const { start, end } = monthBounds(month, settings.workingTime.timeZone);
  let wonValue = 0;
  let otherCurrencyWonCount = 0;
  for (const deal of deals) {
    if (deal.status !== 'won' || deal.wonAt === null || deal.wonAt < start || deal.wonAt >= end) continue;
    if (deal.currency === settings.currency) wonValue += deal.value;
    else otherCurrencyWonCount += 1;
  }
  const quota = settings.monthlyQuota;
  return {
    month,
    currency: settings.currency,
    quota,
    wonValue,
    attainment: quota > 0 ? wonValue / quota : null,
    otherCurrencyWonCount,
  };
}
