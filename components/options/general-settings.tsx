import { useState } from 'preact/hooks';
import type { Settings } from '@/lib/domain/settings';
import { useSend } from '@/lib/panel/send-context';
import { useI18n } from '@/lib/panel/i18n-context';
import { LANGUAGES } from '@/lib/i18n/locales';
import { checkSettingsPatch, timeZoneChoices, type SettingsProblem } from '@/lib/panel/settings-check';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * Language, working time, stalled threshold, currency and the follow-up rules; saved on change. A
 * change is checked first: a problem is a sentence next to its field and the typed value stays
 * (issue 19: a developer error showed and the field reverted silently).
 */
export function GeneralSettings({ settings: saved }: { settings: Settings }) {
  const { t, locale } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [draft, setDraft] = useState<Partial<Settings>>({});
  const [problem, setProblem] = useState<SettingsProblem | null>(null);
  const sendMessage = useSend();
  const settings: Settings = { ...saved, ...draft };
  const save = async (patch: Partial<Settings>) => {
    setDraft({ ...draft, ...patch });
    const found = checkSettingsPatch(saved, { ...draft, ...patch });
    setProblem(found);
    if (found) return;
    const reply = await sendMessage('updateSettings', { patch: { ...draft, ...patch } }).catch(() => null);
    if (reply?.ok) {
      setDraft({});
      return setError(null);
    }
    // A storage failure has its own sentence; anything else the check above should have caught.
    const code = reply?.error ?? 'internal';
    setError(code.startsWith('storage-') || code === 'internal' ? t(`error.${code}`) : t('options.error.invalid'));
  };
  const problemAt = (field: string) =>
    problem?.field === field ? (
      <span id={`problem-${field}`} class="error" role="alert">
        {t(problem.messageKey, problem.params)}
      </span>
    ) : null;
  const invalid = (field: string) =>
    problem?.field === field ? { 'aria-invalid': true, 'aria-describedby': `problem-${field}` } : {};
  const wt = settings.workingTime;
  const dayName = (d: number) =>
    new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2024, 0, d));
  const zones = timeZoneChoices(wt.timeZone);
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
            {...invalid('workingTime.timeZone')}
            onChange={(e) => void save({ workingTime: { ...wt, timeZone: e.currentTarget.value } })}
          >
            {zones.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        </label>
        {problemAt('workingTime.timeZone')}
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
                // No day left is checked like any value: a sentence says why it cannot be saved.
                void save({ workingTime: { ...wt, workingDays: days } });
              }}
            />
            {dayName(d)}
          </label>
        ))}
        {problemAt('workingTime.workingDays')}
      </fieldset>
      <fieldset>
        <label>
          {t('options.general.dayStart')}
          <input
            type="time"
            value={wt.dayStart}
            {...invalid('workingTime.dayStart')}
            onChange={(e) => void save({ workingTime: { ...wt, dayStart: e.currentTarget.value } })}
          />
        </label>
        {problemAt('workingTime.dayStart')}
        <label>
          {t('options.general.dayEnd')}
          <input
            type="time"
            value={wt.dayEnd}
            {...invalid('workingTime.dayEnd')}
            onChange={(e) => void save({ workingTime: { ...wt, dayEnd: e.currentTarget.value } })}
          />
        </label>
        {problemAt('workingTime.dayEnd')}
        <label>
          {t('options.general.stalledDays')}
          <input
            type="number"
            min={1}
            max={365}
            value={settings.stalledDays}
            {...invalid('stalledDays')}
            onChange={(e) => void save({ stalledDays: e.currentTarget.valueAsNumber })}
          />
        </label>
        {problemAt('stalledDays')}
        <label>
          {t('options.general.currency')}
          <input
            type="text"
            maxLength={3}
            size={4}
            value={settings.currency}
            {...invalid('currency')}
            onChange={(e) => void save({ currency: e.currentTarget.value.toUpperCase() })}
          />
        </label>
        {problemAt('currency')}
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
              {...invalid('rules.noReplyDays')}
              onChange={(e) => void save({ rules: { ...settings.rules, noReplyDays: e.currentTarget.valueAsNumber } })}
            />
          </label>
        )}
        {problemAt('rules.noReplyDays')}
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
