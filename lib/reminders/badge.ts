import { startOfNextLocalDay } from '../domain/follow-up';
import { countDueToday } from '../domain/reminder-plan';
import { listOpenDueBy } from '../db/repositories/follow-ups';
import { getSettings } from '../db/repositories/settings';
import type { ReminderEnv } from './env';

const BADGE_COLOR = '#B3261E';

/** The badge text for a count: empty for none, capped so it fits the toolbar button. */
export const formatBadge = (count: number): string => (count === 0 ? '' : count > 99 ? '99+' : String(count));

/**
 * Show on the toolbar button how many follow-ups are due today (overdue included) in the user's
 * time zone. Called after every change to follow-ups, after each scan (which also moves it past
 * midnight) and when the worker starts. Returns the count.
 */
export async function refreshBadge(env: ReminderEnv): Promise<number> {
  const now = env.now();
  const { timeZone } = (await getSettings(env.db)).workingTime;
  const rows = await listOpenDueBy(env.db, startOfNextLocalDay(now, timeZone) - 1);
  const count = countDueToday(rows, now, timeZone);
  const action = env.browser.action ?? env.browser.browserAction;
  await action?.setBadgeText({ text: formatBadge(count) });
  if (count) await action?.setBadgeBackgroundColor({ color: BADGE_COLOR });
  return count;
}
