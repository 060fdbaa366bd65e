import { DAY_MS } from '@/lib/domain/entity-fields';
import { useI18n } from '@/lib/panel/i18n-context';
import { useDetectionStats } from '@/lib/panel/use-detection-stats';
import { summarizeDetectionStats } from '@/lib/panel/detection-summary';

const DAYS = 30;

/**
 * Detection counts per page kind over the last 30 days, with a bar per day: a drop to zero, or a
 * rise in "degraded", is how a LinkedIn or Gmail markup change shows up before users report it.
 */
export function DetectionStats() {
  const { t, locale } = useI18n();
  const since = new Date(Date.now() - (DAYS - 1) * DAY_MS).toISOString().slice(0, 10);
  const rows = useDetectionStats(since);
  const summary = summarizeDetectionStats(rows, since, DAYS);
  const pct = new Intl.NumberFormat(locale, { style: 'percent' });
  return (
    <section aria-labelledby="detection-stats">
      <h2 id="detection-stats">{t('options.stats.title')}</h2>
      {summary.length === 0 ? (
        <p class="muted">{t('options.stats.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('options.stats.pageKind')}</th>
              <th>{t('options.stats.pages')}</th>
              <th>{t('options.stats.contacts')}</th>
              <th>{t('options.stats.degraded')}</th>
              <th>{t('options.stats.perDay')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.map((s) => (
              <tr key={s.pageKind}>
                <td>{t(`pageKind.${s.pageKind}`)}</td>
                <td>{s.pages}</td>
                <td>{s.contacts}</td>
                <td>{pct.format(s.pages ? s.degraded / s.pages : 0)}</td>
                <td>
                  <svg
                    width={DAYS * 4}
                    height="20"
                    role="img"
                    aria-label={t('options.stats.perDayLabel', { kind: t(`pageKind.${s.pageKind}`) })}
                  >
                    {s.perDay.map((n, i) => {
                      const h = s.maxPerDay ? Math.max(1, Math.round((18 * n) / s.maxPerDay)) : 0;
                      return <rect key={i} x={i * 4} y={20 - h} width="3" height={n ? h : 0} fill="currentColor" />;
                    })}
                  </svg>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
