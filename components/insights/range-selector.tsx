import { RANGE_CHOICES, type RangeChoice } from '@/lib/panel/insights-range';
import { useI18n } from '@/lib/panel/i18n-context';

/** 30 / 90 / 365 days / all time, as a radio group (arrow keys move between choices natively). */
export function RangeSelector({ value, onChange }: { value: RangeChoice; onChange(v: RangeChoice): void }) {
  const { t } = useI18n();
  return (
    <fieldset class="range-selector">
      <legend>{t('insights.range')}</legend>
      {RANGE_CHOICES.map((c) => (
        <label key={c} class={c === value ? 'selected' : ''}>
          <input type="radio" name="insights-range" value={c} checked={c === value} onChange={() => onChange(c)} />
          {t(`insights.range.${c}`)}
        </label>
      ))}
    </fieldset>
  );
}
