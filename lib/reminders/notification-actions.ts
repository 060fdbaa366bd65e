import { isDataReminderId } from './data-reminders';
import { followUpIdFromNotificationId, SUMMARY_NOTIFICATION_ID } from '../domain/reminder-plan';
import { moveIntoWorkingTime } from '../domain/working-days';
import type { WorkingTime } from '../domain/working-time';
import { completeFollowUp, snoozeFollowUp } from '../worker/follow-ups';
import { getSettings } from '../db/repositories/settings';
import { refreshBadge } from './badge';
import type { ReminderEnv } from './env';

export const DONE_BUTTON = 0;
export const SNOOZE_BUTTON = 1;
const HOUR_MS = 3_600_000;

/** The side panel reads this storage.session key to show a prospect it was opened for. */
export const OPEN_PROSPECT_KEY = 'panel:openProspect';

/**
 * Snooze: one hour, kept inside working time. An hour that would land after dayEnd, on a day off
 * or before dayStart becomes the next working morning, because a reminder at 22:00 is not a reminder.
 */
export function computeSnoozeUntil(now: number, wt: WorkingTime): number {
  return moveIntoWorkingTime(now + HOUR_MS, wt);
}

/** Done / Snooze pressed on a follow-up's notification (Chrome). */
export async function handleNotificationButton(
  env: ReminderEnv,
  notificationId: string,
  buttonIndex: number,
): Promise<void> {
  const id = followUpIdFromNotificationId(notificationId);
  if (id === null) return;
  const now = env.now();
  if (buttonIndex !== DONE_BUTTON && buttonIndex !== SNOOZE_BUTTON) return;
  // A button is pressed once: no operation id. A failure (a full disk) leaves the notification up.
  const applied =
    buttonIndex === DONE_BUTTON
      ? await completeFollowUp(env.db, { followUpId: id }, { now })
      : await snoozeFollowUp(
          env.db,
          { followUpId: id, until: computeSnoozeUntil(now, (await getSettings(env.db)).workingTime) },
          { now },
        );
  if (!applied.ok && applied.error !== 'not-found') return;
  await env.browser.notifications.clear(notificationId);
  await refreshBadge(env);
}

/**
 * Show a prospect (or, for null, the panel's lists). sidePanel.open needs a user gesture, which a
 * notification click may not count as (and the getLastFocused call before it loses anyway); when
 * it refuses, or on Firefox, the panel page opens in a tab with ?prospect=ID.
 */
export async function openProspect(env: ReminderEnv, personId: string | null): Promise<'side-panel' | 'tab'> {
  const query = personId === null ? '' : `?prospect=${encodeURIComponent(personId)}`;
  const panel = env.browser.sidePanel;
  if (panel) {
    try {
      // Typed as always present, but there is no window when the browser runs in the background.
      const win = (await env.browser.windows.getLastFocused()) as { id?: number } | undefined;
      if (win?.id !== undefined) {
        await env.browser.storage.session.set({ [OPEN_PROSPECT_KEY]: personId });
        await panel.open({ windowId: win.id });
        return 'side-panel';
      }
    } catch {
      // Expected without a user gesture ("may only be called in response to a user gesture"): fall back.
      await env.browser.storage.session.set({ [OPEN_PROSPECT_KEY]: null });
    }
  }
  await env.browser.tabs.create({ url: env.browser.runtime.getURL(`/sidepanel.html${query}` as '/sidepanel.html') });
  return 'tab';
}

/** A click on a notification's body: a follow-up opens its prospect, the summary opens the panel. */
export async function handleNotificationClick(env: ReminderEnv, notificationId: string): Promise<void> {
  if (isDataReminderId(notificationId)) {
    // A backup or retention reminder: both are done in the options page.
    await env.browser.tabs.create({ url: env.browser.runtime.getURL('/options.html') });
    await env.browser.notifications.clear(notificationId);
    return;
  }
  const id = followUpIdFromNotificationId(notificationId);
  if (id === null && notificationId !== SUMMARY_NOTIFICATION_ID) return;
  const followUp = id === null ? undefined : await env.db.followUps.get(id);
  if (id !== null && !followUp) return;
  await openProspect(env, followUp?.personId ?? null);
  await env.browser.notifications.clear(notificationId);
}
