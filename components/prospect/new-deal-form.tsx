import { useState } from 'preact/hooks';
import { CurrencyCodeSchema } from '@/lib/domain/money';
import { parseMoney } from '@/lib/i18n/format';
import { useI18n } from '@/lib/panel/i18n-context';
import { useSend } from '@/lib/panel/send-context';
import { useAction } from '@/lib/panel/use-action';

export interface NewDealFormProps {
  personId: string;
  pipelineId: string | undefined;
  defaultTitle: string;
  /** The user's currency (settings). */
  currency: string;
  onDone: () => void;
}

/** Open a deal: value typed the user's way ("12 345,67" in Polish), stored as integer minor units. */
export function NewDealForm({
  personId,
  pipelineId,
  defaultTitle,
  currency: initialCurrency,
  onDone,
}: NewDealFormProps) {
  const { t, locale } = useI18n();
  const send = useSend();
  const action = useAction();
  const [title, setTitle] = useState(defaultTitle);
  const [value, setValue] = useState('');
  const [currency, setCurrency] = useState(initialCurrency);
  const [close, setClose] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    const code = currency.trim().toUpperCase();
    if (!title.trim()) return setError('deal.error.title');
    if (!CurrencyCodeSchema.safeParse(code).success) return setError('deal.error.currency');
    const minor = value.trim() === '' ? 0 : parseMoney(value, code, locale);
    if (minor === null) return setError('deal.error.value');
    setError(null);
    const ok = await action.run(
      send('createDeal', {
        personId,
        title: title.trim(),
        value: minor,
        currency: code,
        expectedClose: close || null,
        ...(pipelineId ? { pipelineId } : {}),
      }),
    );
    if (ok) onDone();
  };
  return (
    <form class="form" aria-label={t('deal.new')} onSubmit={submit} noValidate>
      <label class="field">
        <span>{t('deal.title')}</span>
        <input value={title} maxLength={300} onInput={(e) => setTitle(e.currentTarget.value)} dir="auto" />
      </label>
      <div class="row">
        <label class="field grow">
          <span>{t('deal.value')}</span>
          <input
            inputMode="decimal"
            value={value}
            onInput={(e) => setValue(e.currentTarget.value)}
            aria-invalid={error === 'deal.error.value' || undefined}
          />
        </label>
        <label class="field narrow">
          <span>{t('deal.currency')}</span>
          <input value={currency} maxLength={3} onInput={(e) => setCurrency(e.currentTarget.value)} />
        </label>
      </div>
      <label class="field">
        <span>{t('deal.expectedClose')}</span>
        <input type="date" value={close} onInput={(e) => setClose(e.currentTarget.value)} />
      </label>
      {(error || action.error) && (
        <p class="error" role="alert">
          {t(error ?? action.error ?? '')}
        </p>
      )}
      <div class="row">
        <button type="submit" class="primary" disabled={action.busy}>
          {t('deal.create')}
        </button>
        <button type="button" onClick={onDone}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
