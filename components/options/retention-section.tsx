import { useState } from 'preact/hooks';
import { retentionCutoff, type Settings } from '@/lib/domain/settings';
import { formatDate } from '@/lib/i18n/format';
import { useDb } from '@/lib/panel/db-context';
import { useI18n } from '@/lib/panel/i18n-context';
import { peoplePastRetention } from '@/lib/panel/retention-due';
import { useLiveQuery } from '@/lib/panel/use-live-query';
import { useSend } from '@/lib/panel/send-context';

const MONTHS = [0, 6, 12, 24, 36] as const;

/**
 * Retention (off by default): people with no activity for longer than the chosen months are listed
 * here (the reminder: a count as soon as some are due) and deleted only when the user confirms.
 */
export function RetentionSection({ settings }: { settings: Settings }) {
  const db = useDb();
  const { t, locale } = useI18n();
  const send = useSend();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const months = settings.retentionMonths ?? 0;
  const cutoff = retentionCutoff(settings, Date.now());
  const due = useLiveQuery(
    () => (cutoff === null ? Promise.resolve([]) : peoplePastRetention(db, cutoff)),
    [db, months],
    [],
  );
  const change = (value: number) =>
    void send('updateSettings', { patch: { retentionMonths: value } }).catch(() => null);
  const remove = async () => {
    setBusy(true);
    // One use-case per person: each is whole or absent, and a failure leaves the others deleted.
    for (const p of due) await send('deletePerson', { personId: p.id }).catch(() => null);
    setBusy(false);
    setConfirming(false);
  };
  return (
    <div class="retention">
      <label>
        {t('options.retention.label')}
        <select value={String(months)} onChange={(e) => change(Number(e.currentTarget.value))}>
          {MONTHS.map((m) => (
            <option key={m} value={String(m)}>
              {m === 0 ? t('options.retention.off') : t('options.retention.months', { count: m })}
            </option>
          ))}
        </select>
      </label>
      {cutoff !== null && due.length === 0 && <p class="muted">{t('options.retention.none')}</p>}
      {due.length > 0 && (
        <>
          <p role="status">{t('options.retention.due', { count: due.length })}</p>
          <ul>
            {due.map((p) => (
              <li key={p.id}>
                {t('options.retention.person', { name: p.displayName, date: formatDate(p.updatedAt, locale) })}
              </li>
            ))}
          </ul>
          {!confirming ? (
            <button type="button" class="danger-button" onClick={() => setConfirming(true)}>
              {t('options.retention.delete', { count: due.length })}
            </button>
          ) : (
            <div role="alertdialog" aria-labelledby="retention-question" class="notice">
              <p id="retention-question">{t('options.retention.confirm', { count: due.length })}</p>
              <button type="button" class="danger-button" disabled={busy} onClick={() => void remove()}>
                {t('options.retention.yes')}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('action.cancel')}
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
