import { useState } from 'preact/hooks';
import type { DealRow } from '@/lib/db/rows';
import { fromMinorUnits } from '@/lib/domain/money';
import { parseMoney } from '@/lib/i18n/format';
import { useI18n } from '@/lib/panel/i18n-context';

export interface DealValueFieldProps {
  deal: DealRow;
  onSave(value: number): void;
}

/**
 * A deal's value, typed the user's way ("12 345,67" in Polish): a captured deal starts at 0 and gets
 * its value here. What cannot be read as an amount stays in the field with a sentence under it.
 */
export function DealValueField({ deal, onSave }: DealValueFieldProps) {
  const { t, locale } = useI18n();
  const shown = new Intl.NumberFormat(locale, { useGrouping: false }).format(fromMinorUnits(deal.value, deal.currency));
  const [text, setText] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const save = (value: string) => {
    const minor = value.trim() === '' ? 0 : parseMoney(value, deal.currency, locale);
    setInvalid(minor === null);
    if (minor === null) return;
    setText(null);
    if (minor !== deal.value) onSave(minor);
  };
  const id = `deal-value-${deal.id}`;
  return (
    <label class="field">
      <span>{t('deal.valueIn', { currency: deal.currency })}</span>
      <input
        inputMode="decimal"
        value={text ?? shown}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? id : undefined}
        onInput={(e) => setText(e.currentTarget.value)}
        onChange={(e) => save(e.currentTarget.value)}
      />
      {invalid && (
        <span id={id} class="error">
          {t('deal.error.value')}
        </span>
      )}
    </label>
  );
}
