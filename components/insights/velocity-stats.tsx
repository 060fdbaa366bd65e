import type { SalesVelocity } from '@/lib/domain/analytics-velocity';
import { formatMoney, formatNumber } from '@/lib/i18n/format';
import { useI18n } from '@/lib/panel/i18n-context';
import { formatPercent } from './percent';

/** Sales velocity per currency: open deals × win rate × average won value ÷ cycle length. */
export function VelocityStats({ velocity }: { velocity: readonly SalesVelocity[] }) {
  const { t, locale } = useI18n();
  const days = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const dash = '–';
  return (
    <section class="insight" aria-labelledby="insight-velocity">
      <h3 id="insight-velocity">{t('insights.velocity')}</h3>
      {velocity.length === 0 && <p class="muted">{t('insights.noData')}</p>}
      {velocity.map((v) => (
        <dl key={v.currency} class="velocity" aria-label={t('insights.velocity.in', { currency: v.currency })}>
          <dt>{t('insights.velocity.perDay')}</dt>
          <dd class="big">{v.velocityPerDay === null ? dash : formatMoney(v.velocityPerDay, v.currency, locale)}</dd>
          <dt>{t('insights.velocity.open')}</dt>
          <dd>{formatNumber(v.openDeals, locale)}</dd>
          <dt>{t('insights.velocity.winRate')}</dt>
          <dd>
            {v.winRate === null
              ? dash
              : `${formatPercent(v.winRate, locale)} (${formatNumber(v.wonDeals, locale)}/${formatNumber(v.wonDeals + v.lostDeals, locale)})`}
          </dd>
          <dt>{t('insights.velocity.avgWon')}</dt>
          <dd>{v.averageWonValue === null ? dash : formatMoney(Math.round(v.averageWonValue), v.currency, locale)}</dd>
          <dt>{t('insights.velocity.cycle')}</dt>
          <dd>{v.averageCycleDays === null ? dash : t('insights.days', { n: days.format(v.averageCycleDays) })}</dd>
        </dl>
      ))}
    </section>
  );
}
