import { resolveStageName } from '@/lib/domain/pipeline';
import { formatMoney } from '@/lib/i18n/format';
import type { BoardColumn } from '@/lib/panel/board-columns';
import { useI18n } from '@/lib/panel/i18n-context';

/** The chosen stage's count, total and weighted total, one line per currency (never added across). */
export function ColumnSummary({ column }: { column: BoardColumn }) {
  const { t, locale } = useI18n();
  return (
    <div class="column-summary" data-testid="column-summary">
      <h3 class="column-name">{resolveStageName(column.stage, t)}</h3>
      {column.count !== null && <span class="muted">{t('board.dealCount', { count: column.count })}</span>}
      {column.totals.map((s) => (
        <span key={s.currency} class="column-total">
          {t('board.totals', {
            total: formatMoney(s.total, s.currency, locale),
            weighted: formatMoney(s.weighted, s.currency, locale),
          })}
        </span>
      ))}
    </div>
  );
}
