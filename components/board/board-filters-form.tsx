import type { BoardFilters } from '@/lib/panel/board-filters';
import { NO_FILTERS } from '@/lib/panel/board-filters';
import { useI18n } from '@/lib/panel/i18n-context';

export interface BoardFiltersFormProps {
  value: BoardFilters;
  onChange(next: BoardFilters): void;
}

const numberOrNull = (s: string): number | null => (s.trim() === '' || !Number.isFinite(Number(s)) ? null : Number(s));
const textOrNull = (s: string): string | null => (s.trim() === '' ? null : s.trim());

/** Tag, stalled, value range and expected-close range; the stage filter is the stage strip itself. */
export function BoardFiltersForm({ value, onChange }: BoardFiltersFormProps) {
  const { t } = useI18n();
  const set = (patch: Partial<BoardFilters>) => onChange({ ...value, ...patch });
  return (
    <fieldset class="board-filters">
      <legend class="visually-hidden">{t('board.filters')}</legend>
      <label class="sc-field">
        <span>{t('board.filter.tag')}</span>
        <input type="text" value={value.tag ?? ''} onChange={(e) => set({ tag: textOrNull(e.currentTarget.value) })} />
      </label>
      <label class="sc-check">
        <input
          type="checkbox"
          checked={value.stalledOnly}
          onChange={(e) => set({ stalledOnly: e.currentTarget.checked })}
        />
        <span>{t('board.filter.stalled')}</span>
      </label>
      <div class="sc-row">
        <label class="sc-field">
          <span>{t('board.filter.minValue')}</span>
          <input
            type="number"
            min={0}
            inputMode="decimal"
            value={value.minValue ?? ''}
            onChange={(e) => set({ minValue: numberOrNull(e.currentTarget.value) })}
          />
        </label>
        <label class="sc-field">
          <span>{t('board.filter.maxValue')}</span>
          <input
            type="number"
            min={0}
            inputMode="decimal"
            value={value.maxValue ?? ''}
            onChange={(e) => set({ maxValue: numberOrNull(e.currentTarget.value) })}
          />
        </label>
      </div>
      <div class="sc-row">
        <label class="sc-field">
          <span>{t('board.filter.closeFrom')}</span>
          <input
            type="date"
            value={value.closeFrom ?? ''}
            onChange={(e) => set({ closeFrom: textOrNull(e.currentTarget.value) })}
          />
        </label>
        <label class="sc-field">
          <span>{t('board.filter.closeTo')}</span>
          <input
            type="date"
            value={value.closeTo ?? ''}
            onChange={(e) => set({ closeTo: textOrNull(e.currentTarget.value) })}
          />
        </label>
      </div>
      <button type="button" class="linkish" onClick={() => onChange(NO_FILTERS)}>
        {t('board.filter.clear')}
      </button>
    </fieldset>
  );
}
