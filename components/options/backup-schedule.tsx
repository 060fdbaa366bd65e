import { DEFAULT_BACKUP, isBackupDue, type Settings } from '@/lib/domain/settings';
import { formatDate } from '@/lib/i18n/format';
import { useI18n } from '@/lib/panel/i18n-context';
import { useSend } from '@/lib/panel/send-context';

/** Days between reminders the user can choose; 0 is off. */
const PERIODS = [0, 1, 7, 14, 30] as const;

/** How often to be reminded to back up, the last backup's date, and whether one is due now. */
export function BackupSchedule({ settings, now }: { settings: Settings; now: number }) {
  const { t, locale } = useI18n();
  const send = useSend();
  const schedule = settings.backup ?? DEFAULT_BACKUP;
  const change = (everyDays: number) =>
    void send('updateSettings', { patch: { backup: { ...schedule, everyDays } } }).catch(() => null);
  return (
    <div class="backup-schedule">
      <label>
        {t('options.backup.remind')}
        <select value={String(schedule.everyDays)} onChange={(e) => change(Number(e.currentTarget.value))}>
          {PERIODS.map((d) => (
            <option key={d} value={String(d)}>
              {t(`options.backup.every.${d}`)}
            </option>
          ))}
        </select>
      </label>
      <p class="muted">
        {schedule.lastAt === null
          ? t('options.backup.never')
          : t('options.backup.last', { date: formatDate(schedule.lastAt, locale) })}
      </p>
      {isBackupDue(settings, now) && <p role="status">{t('options.backup.due')}</p>}
    </div>
  );
}
