import type { Cadence } from '../domain/cadence';
import type { FollowUp } from '../domain/follow-up';
import type { Translate } from '../i18n/translate';
import { toChromeMessageKey } from '../reminders/message-keys';

// Generated follow-ups and built-in cadences carry dotted message keys ('cadence.touch.introEmail');
// the catalogues store them with '_' because chrome.i18n allows nothing else (lib/reminders/message-keys.ts).

/** What a follow-up is about: the user's note, else its generated text in the UI language, else its kind. */
export function followUpText(f: Pick<FollowUp, 'note' | 'noteKey' | 'kind'>, t: Translate): string {
  return f.note.trim() || (f.noteKey ? t(toChromeMessageKey(f.noteKey)) : t(`followUp.kind.${f.kind}`));
}

/** A cadence's name: the user's, or the built-in template's in the UI language. */
export function cadenceName(c: Pick<Cadence, 'name' | 'nameKey'>, t: Translate): string {
  return c.name ?? (c.nameKey ? t(toChromeMessageKey(c.nameKey)) : '');
}
