import { useState } from 'preact/hooks';
import type { Settings } from '@/lib/domain/settings';
import { fromMinorUnits } from '@/lib/domain/money';
import { parseMoney } from '@/lib/i18n/format';
import { useI18n } from '@/lib/panel/i18n-context';
import { errorOf } from '@/lib/panel/message-error';
import { useSend } from '@/lib/panel/send-context';

/** The monthly quota in the settings currency, typed the locale's way ("12 345,67"); empty or 0 = none. */
export function QuotaForm({ settings }: { settings: Settings }) {
  const { t, locale } = useI18n();
  const send = useSend();
  const current =
    settings.monthlyQuota === 0
      ? ''
      : new Intl.NumberFormat(locale).format(fromMinorUnits(settings.monthlyQuota, settings.currency));
  const [text, setText] = useState(current);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  // Follow a quota changed elsewhere (another panel, the options page) without an effect: an effect
  // runs after paint and would overwrite what the user has started typing.
  const [shown, setShown] = useState(current);
  if (shown !== current) {
    setShown(current);
    setText(current);
  }
  const submit = async (e: Event) => {
    e.preventDefault();
    const minor = text.trim() === '' ? 0 : parseMoney(text, settings.currency, locale);
    if (minor === null) return setError('invalid-input');
    const code = await errorOf(send('updateSettings', { patch: { monthlyQuota: minor } }));
    setError(code);
    setSaved(code === null);
  };
  return (
    <form class="sc-row quota-form" onSubmit={(e) => void submit(e)}>
      <label class="sc-field">
        <span>{t('insights.quota.label', { currency: settings.currency })}</span>
        <input
          type="text"
          inputMode="decimal"
          value={text}
          onInput={(e) => {
            setText(e.currentTarget.value);
            setSaved(false);
          }}
        />
      </label>
      <button type="submit">{t('action.save')}</button>
      <span role="status" class="muted">
        {saved ? t('insights.quota.saved') : ''}
      </span>
      {error && (
        <p class="sc-error" role="alert">
          {t(`error.${error}`)}
        </p>
      )}
    </form>
  );
}
