import { useState } from 'preact/hooks';
import type { Settings } from '@/lib/domain/settings';
import { useSend } from '@/lib/panel/send-context';
import { useI18n } from '@/lib/panel/i18n-context';
import { LANGUAGES } from '@/lib/i18n/locales';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** Language, working time, stalled threshold, currency and the follow-up rules; saved on change. */
export function GeneralSettings({ settings }: { settings: Settings }) {
  const { t, locale } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const sendMessage = useSend();
  const save = async (patch: Partial<Settings>) => {
    const reply = await sendMessage('updateSettings', { patch }).catch(() => null);
    if (reply?.ok) return setError(null);
    // A storage failure has its own sentence; anything else shows what the check said.
    const code = reply?.error ?? 'internal';
    setError(
      code.startsWith('storage-') || code === 'internal'
        ? t(`error.${code}`)
        : t('options.saveFailed', { detail: reply?.detail ?? code }),
    );
  };
  const wt = settings.workingTime;
  const dayName = (d: number) =>
    new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2024, 0, d));
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [wt.timeZone];
  return (
    <section aria-labelledby="general">
      <h2 id="general">{t('options.general.title')}</h2>
      <fieldset>
        <label>
          {t('options.general.language')}
          <select
            value={settings.language}
            onChange={(e) => void save({ language: e.currentTarget.value as Settings['language'] })}
          >
            <option value="auto">{t('options.general.languageAuto')}</option>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`language.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('options.general.timeZone')}
          <select
            value={wt.timeZone}
            onChange={(e) => void save({ workingTime: { ...wt, timeZone: e.currentTarget.value } })}
          >
            {zones.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <fieldset aria-label={t('options.general.workingDays')}>
        <span>{t('options.general.workingDays')}</span>
        {WEEKDAYS.map((d) => (
          <label key={d}>
            <input
              type="checkbox"
              checked={wt.workingDays.includes(d)}
              onChange={(e) => {
                const days = e.currentTarget.checked
                  ? [...wt.workingDays, d].sort()
                  : wt.workingDays.filter((x) => x !== d);
                if (days.length) void save({ workingTime: { ...wt, workingDays: days } });
              }}
            />
            {dayName(d)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <label>
          {t('options.general.dayStart')}
          <input
            type="time"
            value={wt.dayStart}
            onChange={(e) => void save({ workingTime: { ...wt, dayStart: e.currentTarget.value } })}
          />
        </label>
        <label>
          {t('options.general.dayEnd')}
          <input
            type="time"
            value={wt.dayEnd}
            onChange={(e) => void save({ workingTime: { ...wt, dayEnd: e.currentTarget.value } })}
          />
        </label>
        <label>
          {t('options.general.stalledDays')}
          <input
            type="number"
            min={1}
            max={365}
            value={settings.stalledDays}
            onChange={(e) => void save({ stalledDays: e.currentTarget.valueAsNumber })}
          />
        </label>
        <label>
          {t('options.general.currency')}
          <input
            type="text"
            maxLength={3}
            size={4}
            value={settings.currency}
            onChange={(e) => void save({ currency: e.currentTarget.value.toUpperCase() })}
          />
        </label>
      </fieldset>
      <fieldset aria-label={t('options.rules.title')}>
        <span>{t('options.rules.title')}</span>
        <label>
          <input
            type="checkbox"
            checked={settings.rules.afterMeeting}
            onChange={(e) => void save({ rules: { ...settings.rules, afterMeeting: e.currentTarget.checked } })}
          />
          {t('options.rules.afterMeeting')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={settings.rules.noReplyDays !== null}
            onChange={(e) =>
              void save({ rules: { ...settings.rules, noReplyDays: e.currentTarget.checked ? 3 : null } })
            }
          />
          {t('options.rules.noReply')}
        </label>
        {settings.rules.noReplyDays !== null && (
          <label>
            {t('options.rules.noReplyDays')}
            <input
              type="number"
              min={1}
              max={90}
              value={settings.rules.noReplyDays}
              onChange={(e) => void save({ rules: { ...settings.rules, noReplyDays: e.currentTarget.valueAsNumber } })}
            />
          </label>
        )}
        <label>
          <input
            type="checkbox"
            checked={settings.rules.stalledNudge}
            onChange={(e) => void save({ rules: { ...settings.rules, stalledNudge: e.currentTarget.checked } })}
          />
          {t('options.rules.stalledNudge')}
        </label>
      </fieldset>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
