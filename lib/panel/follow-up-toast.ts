import type { FollowUp, FollowUpOutcome } from '../domain/follow-up';
import { formatDateTime } from '../i18n/format';
import type { Translate } from '../i18n/translate';
import { followUpText } from './follow-up-text';

/** What was done to a follow-up, as the toast says it: Done (with what came of it), snoozed until, moved to. */
export type FollowUpChange =
  | { kind: 'done'; outcome?: FollowUpOutcome }
  | { kind: 'snooze'; until: number }
  | { kind: 'reschedule'; dueAt: number };

/** The toast after a follow-up was handled, naming what and with whom ("Done: Call back — Anna Nowak"). */
export function followUpToast(
  change: FollowUpChange,
  f: Pick<FollowUp, 'note' | 'noteKey' | 'kind'>,
  person: string,
  t: Translate,
  locale: string,
  timeZone: string,
): string {
  const what = followUpText(f, t);
  if (change.kind === 'done')
    return change.outcome
      ? t('toast.followUpDoneOutcome', { what, person, outcome: t(`followUp.outcome.${change.outcome}`) })
      : t('toast.followUpDone', { what, person });
  const date = formatDateTime(change.kind === 'snooze' ? change.until : change.dueAt, locale, timeZone);
  return t(change.kind === 'snooze' ? 'toast.followUpSnoozed' : 'toast.followUpMoved', { what, person, date });
}
