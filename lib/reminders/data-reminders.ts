import { isBackupDue, retentionCutoff, type Settings } from '../domain/settings';
import { getMeta, setMeta } from '../db/repositories/meta';
import { getSettings } from '../db/repositories/settings';
import { peoplePastRetention } from '../panel/retention-due';
import { buildNotificationOptions } from './notification-content';
import type { ReminderEnv } from './env';

const DAY_MS = 86_400_000;
/** A retention review is asked for again at most this often while people stay past the period. */
export const RETENTION_REMIND_EVERY_MS = 7 * DAY_MS;

/** Notification ids of the data reminders; a click opens the options page (notification-actions.ts). */
export const BACKUP_NOTIFICATION_ID = 'data-reminder:backup';
export const RETENTION_NOTIFICATION_ID = 'data-reminder:retention';
export const isDataReminderId = (id: string) => id.startsWith('data-reminder:');

const SHOWN_KEY = { backup: 'reminders:backup:shownAt', retention: 'reminders:retention:shownAt' } as const;
/** When the reminders first ran: a user who never backed up is asked one period after it, not on install. */
const SINCE_KEY = 'reminders:backup:since';

/** Whether to ask for a backup now: none within the period (off: never), and not asked yet this period. */
async function isBackupReminderDue(env: ReminderEnv, backup: Settings['backup'], now: number): Promise<boolean> {
  let since = Number((await getMeta(env.db, SINCE_KEY)) ?? 0);
  if (!since) await setMeta(env.db, SINCE_KEY, (since = now));
  const lastAt = backup?.lastAt ?? null;
  if (!isBackupDue({ backup: { everyDays: backup?.everyDays ?? 7, lastAt: lastAt ?? since } }, now)) return false;
  const shownAt = Number((await getMeta(env.db, SHOWN_KEY.backup)) ?? 0);
  const period = (backup?.everyDays ?? 7) * DAY_MS;
  return !(shownAt > (lastAt ?? since) && now - shownAt < period);
}

async function notify(env: ReminderEnv, id: string, titleKey: string, messageKey: string): Promise<void> {
  const t = (key: string) => env.browser.i18n.getMessage(key);
  const iconUrl = env.browser.runtime.getURL('/icon/128.png');
  const text = { title: t(titleKey) || titleKey, message: t(messageKey) || messageKey };
  await env.browser.notifications.create(id, buildNotificationOptions(text, iconUrl, null));
}

/**
 * Backup and retention reminders (issue 20), run with each reminder scan: a backup is asked for once
 * per backup period when none was downloaded within it (weekly by default; off: never), and a
 * retention review once a week while someone is past the retention period (off by default: never).
 * The instant each was shown is kept in meta, so a worker woken every few minutes asks once.
 * Returns the ids of the notifications shown.
 */
export async function runDataReminders(env: ReminderEnv): Promise<string[]> {
  const now = env.now();
  const settings = await getSettings(env.db);
  const shown: string[] = [];
  if (await isBackupReminderDue(env, settings.backup, now)) {
    await setMeta(env.db, SHOWN_KEY.backup, now);
    await notify(env, BACKUP_NOTIFICATION_ID, 'backupReminderTitle', 'backupReminderMessage');
    shown.push(BACKUP_NOTIFICATION_ID);
  }
  const cutoff = retentionCutoff(settings, now);
  const retentionShownAt = Number((await getMeta(env.db, SHOWN_KEY.retention)) ?? 0);
  if (cutoff !== null && now - retentionShownAt >= RETENTION_REMIND_EVERY_MS) {
    if ((await peoplePastRetention(env.db, cutoff)).length > 0) {
      await setMeta(env.db, SHOWN_KEY.retention, now);
      await notify(env, RETENTION_NOTIFICATION_ID, 'retentionReminderTitle', 'retentionReminderMessage');
      shown.push(RETENTION_NOTIFICATION_ID);
    }
  }
  return shown;
}
