import { useI18n } from '@/lib/panel/i18n-context';
import { VIEWS, VIEW_LABEL_KEYS, type View } from '@/lib/panel/panel-route';

export interface TabBarProps {
  /** The view shown; null while a prospect is open over it (no tab is then highlighted; issue 19). */
  active: View | null;
  onSelect: (view: View) => void;
}

/** The view tabs (WAI-ARIA tabs pattern): arrow keys, Home and End move and select. */
export function TabBar({ active, onSelect }: TabBarProps) {
  const { t } = useI18n();
  const onKeyDown = (event: KeyboardEvent) => {
    const at = active === null ? 0 : VIEWS.indexOf(active);
    const moves: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: VIEWS.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = VIEWS[(target + VIEWS.length) % VIEWS.length] ?? VIEWS[0];
    if (!next) return;
    onSelect(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <div class="tabs" role="tablist" aria-label={t('panel.views')} onKeyDown={onKeyDown}>
      {VIEWS.map((view) => (
        <button
          key={view}
          id={`tab-${view}`}
          type="button"
          role="tab"
          class="tab"
          aria-selected={view === active}
          aria-controls="panel-view"
          tabIndex={view === (active ?? VIEWS[0]) ? 0 : -1}
          data-label={t(VIEW_LABEL_KEYS[view])}
          onClick={() => onSelect(view)}
        >
          {t(VIEW_LABEL_KEYS[view])}
        </button>
      ))}
    </div>
  );
}
