import { isOpen } from '../domain/follow-up';
import type { ReminderOutboxRow } from '../db/rows';
import {
  buildNotificationOptions,
  describeReminder,
  describeSummary,
  type NotificationText,
} from './notification-content';
import type { ReminderEnv } from './env';

/** An undelivered reminder older than this is dropped: the Today list and the badge still show it. */
export const STALE_OUTBOX_MS = 24 * 3_600_000;

/** How long a deliverer holds its rows; a worker killed mid-delivery leaves them to the next after this. */
export const OUTBOX_LEASE_MS = 60_000;

/** Take the rows nobody is delivering, oldest first, and lease them, atomically. */
async function leaseOutbox(env: ReminderEnv, now: number): Promise<ReminderOutboxRow[]> {
  const { db } = env;
  return db.transaction('rw', db.reminderOutbox, async () => {
    const free = (await db.reminderOutbox.orderBy('createdAt').toArray()).filter((r) => (r.leaseUntil ?? 0) <= now);
    await db.reminderOutbox.bulkPut(free.map((r) => ({ ...r, leaseUntil: now + OUTBOX_LEASE_MS })));
    return free;
  });
}

/** What an outbox row should show now, or null when nothing it names is still open. */
async function describeRow(env: ReminderEnv, row: ReminderOutboxRow): Promise<NotificationText | null> {
  const t = (key: string, subs?: string | string[]) => env.browser.i18n.getMessage(key, subs);
  const followUps = (await env.db.followUps.bulkGet(row.followUpIds)).filter((f) => f !== undefined && isOpen(f));
  if (row.summary) return followUps.length ? describeSummary(followUps.length, t) : null;
  const [f] = followUps;
  if (!f) return null;
  const person = await env.db.prospects.get(f.personId);
  return describeReminder(f, person?.displayName ?? '', t);
}

/** The labels of the Done and Snooze buttons, or null where notifications have no buttons. */
function buttonLabels(env: ReminderEnv): string[] | null {
  if (!env.buttons) return null;
  return [
    env.browser.i18n.getMessage('reminderDone') || 'Done',
    env.browser.i18n.getMessage('reminderSnooze') || 'Snooze',
  ];
}

/**
 * Show every notification the outbox still owes, oldest first, then delete its row (see claim.ts
 * for why in that order). A create that fails is logged and retried once the lease expires, until
 * the row is a day old. Returns how many notifications it created.
 */
export async function deliverOutbox(env: ReminderEnv): Promise<number> {
  const rows = await leaseOutbox(env, env.now());
  const iconUrl = env.browser.runtime.getURL('/icon/128.png');
  let shown = 0;
  for (const row of rows) {
    const text = env.now() - row.createdAt > STALE_OUTBOX_MS ? null : await describeRow(env, row);
    if (text !== null) {
      try {
        await env.browser.notifications.create(row.id, buildNotificationOptions(text, iconUrl, buttonLabels(env)));
        shown++;
      } catch (error) {
        console.error('[sidecar] reminder notification failed; retrying on the next scan', error);
        continue;
      }
    }
    await env.db.reminderOutbox.delete(row.id);
  }
  return shown;
}
