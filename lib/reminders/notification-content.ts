import type { Browser } from 'wxt/browser';
import type { FollowUp } from '../domain/follow-up';
import { kindMessageKey, toChromeMessageKey } from './message-keys';

/** browser.i18n.getMessage: returns '' for an unknown key. */
export type GetMessage = (key: string, substitutions?: string | string[]) => string;

// Names come from pages the user visited: cap them so one cannot fill the notification. They are
// shown as plain text (notifications render no markup), so no escaping is needed.
const MAX_NAME = 80;

export interface NotificationText {
  title: string;
  message: string;
}

/** Title and body of one follow-up's reminder: who, and what to do (note, generated note or kind). */
export function describeReminder(f: FollowUp, personName: string, t: GetMessage): NotificationText {
  const name = personName.trim().slice(0, MAX_NAME) || '—';
  const kind = t(kindMessageKey(f.kind)) || f.kind;
  const detail = f.note.trim() || (f.noteKey === null ? '' : t(toChromeMessageKey(f.noteKey)));
  return {
    title: t('reminderTitle', [name]) || name,
    message: detail ? `${kind} · ${detail.slice(0, 300)}` : kind,
  };
}

/** Title and body of the catch-up summary. */
export function describeSummary(count: number, t: GetMessage): NotificationText {
  return {
    title: t('reminderSummaryTitle', [String(count)]) || String(count),
    message: t('reminderSummaryMessage'),
  };
}

/** Chrome's notification options; `buttons` only where supported (Firefox rejects the property). */
export function buildNotificationOptions(
  text: NotificationText,
  iconUrl: string,
  buttons: readonly string[] | null,
): Browser.notifications.NotificationCreateOptions {
  const base = { type: 'basic' as const, iconUrl, title: text.title, message: text.message, priority: 1 };
  return buttons === null ? base : { ...base, buttons: buttons.map((title) => ({ title })) };
}
