import { runStalledNudges } from '../worker/stalled-nudges';
import { refreshBadge } from './badge';
import { claimDueReminders } from './claim';
import { runDataReminders } from './data-reminders';
import { deliverOutbox } from './deliver';
import type { ReminderEnv } from './env';

/**
 * Set in storage.session once the first scan of a browser session ran. storage.session is emptied
 * when the browser closes, so whichever runs first after a start (onStartup, the overdue alarm or a
 * woken worker) is the catch-up, and it happens once: the order of those events does not matter.
 */
export const CAUGHT_UP_KEY = 'reminders:caughtUp';

export interface ScanResult {
  catchUp: boolean;
  claimed: number;
  shown: number;
  badge: number;
}

/**
 * One scan: deliver what a previous worker left in the outbox, run the daily stalled-deal nudge,
 * claim what is due (marking it notified in one transaction), notify, ask for a backup or a
 * retention review when one is due (data-reminders.ts), and refresh the badge.
 */
export async function runScan(env: ReminderEnv): Promise<ScanResult> {
  let shown = await deliverOutbox(env);
  const now = env.now();
  await runStalledNudges(env.db, now);
  const catchUp = (await env.browser.storage.session.get(CAUGHT_UP_KEY))[CAUGHT_UP_KEY] !== true;
  const claimed = await claimDueReminders(env.db, now, { catchUp });
  if (catchUp) await env.browser.storage.session.set({ [CAUGHT_UP_KEY]: true });
  shown += await deliverOutbox(env);
  shown += (await runDataReminders(env)).length;
  return { catchUp, claimed: claimed.length, shown, badge: await refreshBadge(env) };
}
