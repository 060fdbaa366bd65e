import type { RestoreSummary as Summary } from '@/lib/portability/backup-check';
import { useI18n } from '@/lib/panel/i18n-context';

/** What a restore would do, before the user agrees: rows per table, rows left out and why, broken references. */
export function RestoreSummary({ summary }: { summary: Summary }) {
  const { t } = useI18n();
  const tables = Object.entries(summary.tables).filter(([, n]) => n > 0);
  return (
    <div class="restore-summary">
      <p>{t('options.restore.holds')}</p>
      <ul>
        {tables.map(([table, n]) => (
          <li key={table}>
            {t('options.restore.tableRows', { table: t(`options.restore.table.${table}`), count: n })}
          </li>
        ))}
      </ul>
      {summary.rejectedCount > 0 && (
        <details open>
          <summary>{t('options.restore.rejected', { count: summary.rejectedCount })}</summary>
          <ul>
            {summary.rejected.map((r) => (
              <li key={`${r.table}:${r.where}`}>{t('options.restore.rejectedRow', { ...r })}</li>
            ))}
          </ul>
        </details>
      )}
      {summary.danglingCount > 0 && (
        <details open>
          <summary>{t('options.restore.dangling', { count: summary.danglingCount })}</summary>
          <ul>
            {summary.dangling.map((d) => (
              <li key={`${d.table}:${d.id}:${d.field}`}>
                {t(d.outcome === 'left-out' ? 'options.restore.danglingLeftOut' : 'options.restore.danglingCleared', {
                  table: t(`options.restore.table.${d.table}`),
                  id: d.id,
                  field: d.field,
                  target: t(`options.restore.table.${d.target}`),
                })}
              </li>
            ))}
          </ul>
        </details>
      )}
      {(summary.suppressed ?? 0) > 0 && <p>{t('options.restore.suppressed', { count: summary.suppressed })}</p>}
      <p>{t('options.restore.replaces')}</p>
    </div>
  );
}
