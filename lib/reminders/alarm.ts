import type { ReminderBrowser } from './env';

/**
 * The one periodic alarm. Follow-ups get no alarm each (Chrome allows at most 500 per extension):
 * the database is the truth and this alarm scans it through the openDueAt index every minute.
 */
export const SCAN_ALARM = 'sidecar:scan';
export const SCAN_PERIOD_MINUTES = 1;

type Alarms = ReminderBrowser['alarms'];

/** Create (or replace) the scan alarm; on install and browser start. */
export async function createScanAlarm(alarms: Alarms, now: number): Promise<void> {
  await alarms.create(SCAN_ALARM, { when: now + 1_000, periodInMinutes: SCAN_PERIOD_MINUTES });
}

/**
 * On every worker start, create the alarm only if it is missing: creating one replaces the alarm
 * of the same name, so a worker that restarts every few seconds would keep pushing the scan back.
 * Returns whether it had to create it.
 */
export async function ensureScanAlarm(alarms: Alarms, now: number): Promise<boolean> {
  if (await alarms.get(SCAN_ALARM)) return false;
  await createScanAlarm(alarms, now);
  return true;
}
