import type { ComponentChildren } from 'preact';
import { useI18n } from '@/lib/panel/i18n-context';

export interface TodaySectionProps {
  id: string;
  title: string;
  total: number;
  shown: number;
  emptyText: string;
  onShowAll(): void;
  children: ComponentChildren;
}

/** A titled list with its count, an empty state that says what to do, and "show all" past the first rows. */
export function TodaySection({ id, title, total, shown, emptyText, onShowAll, children }: TodaySectionProps) {
  const { t } = useI18n();
  return (
    <section class="today-section" aria-labelledby={id}>
      <h3 id={id}>
        {title} <span class="count">{total}</span>
      </h3>
      {total === 0 ? (
        <p class="muted">{emptyText}</p>
      ) : (
        <ul class="today-list" aria-labelledby={id}>
          {children}
        </ul>
      )}
      {total > shown && (
        <button type="button" class="linkish" onClick={onShowAll}>
          {t('today.showAll', { count: total })}
        </button>
      )}
    </section>
  );
}
