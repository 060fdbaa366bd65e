import type { Browser } from 'wxt/browser';
import { createScanAlarm, ensureScanAlarm, SCAN_ALARM } from './alarm';
import { refreshBadge } from './badge';
import { deliverOutbox } from './deliver';
import type { ReminderBrowser, ReminderEnv } from './env';
import { handleNotificationButton, handleNotificationClick } from './notification-actions';
import { runScan, type ScanResult } from './scan';
import { createSerialQueue } from './serial-queue';

export interface Reminders {
  /** The alarm listener: the scan alarm runs a scan; other alarms are not ours. */
  onAlarm(alarm: Pick<Browser.alarms.Alarm, 'name'>): Promise<ScanResult | null>;
  /** Install / update and browser start: (re)create the alarm and scan (the first scan is the catch-up). */
  onInstalled(): Promise<ScanResult>;
  onStartup(): Promise<ScanResult>;
  /** Every worker start: the alarm only if missing, leftovers of the outbox, the badge. */
  start(): Promise<void>;
  onNotificationClicked(notificationId: string): Promise<void>;
  onNotificationButtonClicked(notificationId: string, buttonIndex: number): Promise<void>;
  /** After a message changed follow-ups. */
  refreshBadge(): Promise<number>;
}

/** The reminder handlers over one environment; every job runs one at a time (see serial-queue.ts). */
export function createReminders(env: ReminderEnv): Reminders {
  const serial = createSerialQueue();
  const createAndScan = () =>
    serial(async () => {
      await createScanAlarm(env.browser.alarms, env.now());
      return runScan(env);
    });
  return {
    onAlarm: (alarm) => (alarm.name === SCAN_ALARM ? serial(() => runScan(env)) : Promise.resolve(null)),
    onInstalled: createAndScan,
    onStartup: createAndScan,
    start: () =>
      serial(async () => {
        await ensureScanAlarm(env.browser.alarms, env.now());
        await deliverOutbox(env);
        await refreshBadge(env);
      }),
    onNotificationClicked: (id) => serial(() => handleNotificationClick(env, id)),
    onNotificationButtonClicked: (id, index) => serial(() => handleNotificationButton(env, id, index)),
    refreshBadge: () => refreshBadge(env),
  };
}

const report = (what: string) => (error: unknown) => console.error(`[sidecar] ${what} failed`, error);

/**
 * Register the listeners synchronously (an event that wakes a stopped worker must find them) and
 * run the worker-start work. Errors end at the top here, logged, never as unhandled rejections.
 */
export function registerReminders(api: ReminderBrowser, reminders: Reminders): void {
  api.alarms.onAlarm.addListener((alarm) => void reminders.onAlarm(alarm).catch(report('reminder scan')));
  api.runtime.onInstalled.addListener(() => void reminders.onInstalled().catch(report('reminders on install')));
  api.runtime.onStartup.addListener(() => void reminders.onStartup().catch(report('reminders on startup')));
  api.notifications.onClicked.addListener(
    (id) => void reminders.onNotificationClicked(id).catch(report('notification click')),
  );
  api.notifications.onButtonClicked.addListener(
    (id, index) => void reminders.onNotificationButtonClicked(id, index).catch(report('notification button')),
  );
  void reminders.start().catch(report('reminders start'));
}
