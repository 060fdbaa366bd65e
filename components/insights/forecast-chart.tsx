import { computeForecast, computeQuotaAttainment, monthOf } from '@/lib/domain/analytics-forecast';
import type { Deal } from '@/lib/domain/deal';
import { indexStages, type Pipeline } from '@/lib/domain/pipeline';
import type { Settings } from '@/lib/domain/settings';
import { formatMoney } from '@/lib/i18n/format';
import { useI18n } from '@/lib/panel/i18n-context';
import { nextMonths } from '@/lib/panel/insights-range';
import { BarChart } from './bar-chart';
import { formatPercent } from './percent';

export interface ForecastChartProps {
  deals: readonly Deal[];
  pipelines: readonly Pipeline[];
  settings: Settings;
  now: number;
}

// Six months: far enough to see a gap coming, few enough bars for 320 px.
const MONTHS = 6;

/** Weighted forecast by expected-close month in the quota currency, against the monthly quota. */
export function ForecastChart({ deals, pipelines, settings, now }: ForecastChartProps) {
  const { t, locale } = useI18n();
  const currency = settings.currency;
  const months = nextMonths(monthOf(now, settings.workingTime.timeZone), MONTHS);
  const buckets = computeForecast(deals, indexStages(pipelines), {
    from: months[0] ?? '',
    to: months[MONTHS - 1] ?? '',
  });
  const money = (v: number, c = currency) => formatMoney(v, c, locale);
  const monthLabel = (m: string) =>
    new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)) - 1, 1),
    );
  const rows = months.map((m) => {
    const b = buckets.find((x) => x.month === m && x.currency === currency);
    const weighted = b?.weightedValue ?? 0;
    return {
      key: m,
      label: monthLabel(m),
      value: weighted,
      valueText: money(weighted),
      ...(b ? { note: t('board.dealCount', { count: b.dealCount }) } : {}),
    };
  });
  // Other currencies are never converted (no rates): they are listed, so the gap is explained.
  const others = new Map<string, number>();
  for (const b of buckets)
    if (b.currency !== currency && b.month !== 'none')
      others.set(b.currency, (others.get(b.currency) ?? 0) + b.weightedValue);
  const undated = buckets.filter((b) => b.month === 'none').reduce((n, b) => n + b.dealCount, 0);
  const attainment = computeQuotaAttainment(deals, settings, months[0] ?? '');
  const quota = settings.monthlyQuota;
  const summary = t('insights.forecast.summary', {
    currency,
    months: rows.map((r) => `${r.label} ${r.valueText}`).join(', '),
    quota: quota > 0 ? money(quota) : t('insights.quota.none'),
  });
  return (
    <section class="insight" aria-labelledby="insight-forecast">
      <h3 id="insight-forecast">{t('insights.forecast')}</h3>
      <BarChart
        title={t('insights.forecast.title', { currency })}
        summary={summary}
        rows={rows}
        headers={[t('insights.col.month'), t('insights.col.weighted'), t('insights.col.deals')]}
        {...(quota > 0
          ? { reference: { value: quota, label: t('insights.quota.line', { quota: money(quota) }) } }
          : {})}
      />
      <p class="muted" data-testid="attainment">
        {quota > 0
          ? t('insights.attainment', {
              won: money(attainment.wonValue),
              quota: money(quota),
              pct: formatPercent(attainment.attainment ?? 0, locale),
            })
          : t('insights.attainment.noQuota', { won: money(attainment.wonValue) })}
      </p>
      {others.size > 0 && (
        <p class="muted">
          {t('insights.forecast.others', { list: [...others].map(([c, v]) => money(v, c)).join(', ') })}
        </p>
      )}
      {undated > 0 && <p class="muted">{t('insights.forecast.undated', { count: undated })}</p>}
    </section>
  );
}
