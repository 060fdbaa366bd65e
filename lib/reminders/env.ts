import { browser } from '#imports';
import type { Browser } from 'wxt/browser';
import type { SidecarDB } from '../db/schema';

/** The parts of the browser API the reminders use; fakeBrowser and Chrome both provide them. */
export interface ReminderBrowser {
  alarms: Pick<typeof Browser.alarms, 'get' | 'create' | 'onAlarm'>;
  notifications: Pick<typeof Browser.notifications, 'create' | 'clear' | 'onClicked' | 'onButtonClicked'>;
  /** MV3 toolbar button; Firefox's MV2 build has browserAction instead. */
  action?: Pick<typeof Browser.action, 'setBadgeText' | 'setBadgeBackgroundColor'>;
  browserAction?: Pick<typeof Browser.action, 'setBadgeText' | 'setBadgeBackgroundColor'>;
  i18n: Pick<typeof Browser.i18n, 'getMessage'>;
  runtime: Pick<typeof Browser.runtime, 'getURL' | 'onInstalled' | 'onStartup'>;
  tabs: Pick<typeof Browser.tabs, 'create'>;
  windows: Pick<typeof Browser.windows, 'getLastFocused'>;
  /** Chrome only; Firefox has sidebarAction, which needs a user gesture a notification click is not. */
  sidePanel?: Pick<typeof Browser.sidePanel, 'open'>;
  storage: { session: Pick<Browser.storage.StorageArea, 'get' | 'set'> };
}

/** Everything the reminders depend on, injected so tests run them on fakeBrowser with a fake clock. */
export interface ReminderEnv {
  db: SidecarDB;
  browser: ReminderBrowser;
  now: () => number;
  /** Chrome shows Done / Snooze buttons; Firefox notifications have none (a click opens the prospect). */
  buttons: boolean;
}

/** The real environment of the background worker. */
export function createBrowserEnv(db: SidecarDB): ReminderEnv {
  return {
    db,
    browser: browser as unknown as ReminderBrowser,
    now: () => Date.now(),
    buttons: !import.meta.env.FIREFOX,
  };
}
