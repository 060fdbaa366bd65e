import { useState } from 'preact/hooks';
import type { FollowUpRow } from '@/lib/db/rows';
import { effectiveDueAt } from '@/lib/domain/follow-up';
import type { WorkingTime } from '@/lib/domain/working-time';
import { formatDateTime } from '@/lib/i18n/format';
import { followUpText } from '@/lib/panel/follow-up-text';
import type { FollowUpChange } from '@/lib/panel/follow-up-toast';
import { DoneOutcomeMenu } from '../follow-up/done-outcome-menu';
import { useI18n } from '@/lib/panel/i18n-context';
import { RescheduleForm } from './reschedule-form';
import { SnoozeMenu } from './snooze-menu';

export type FollowUpAction = FollowUpChange;

export interface FollowUpItemProps {
  followUp: FollowUpRow;
  personName: string | null;
  overdue: boolean;
  workingTime: WorkingTime;
  onOpenPerson(personId: string): void;
  onAction(action: FollowUpAction): void;
}

/** One due follow-up, handled where it is: done, snooze, or a new date. */
export function FollowUpItem({
  followUp: f,
  personName,
  overdue,
  workingTime,
  onOpenPerson,
  onAction,
}: FollowUpItemProps) {
  const { t, locale } = useI18n();
  const [rescheduling, setRescheduling] = useState(false);
  // Generated follow-ups carry a message key instead of text, so they read in the user's language.
  const what = followUpText(f, t);
  const who = personName ?? t('loading');
  return (
    <li class={`today-item${overdue ? ' overdue' : ''}`} data-follow-up-id={f.id}>
      <div class="today-main">
        <button type="button" class="linkish today-person" onClick={() => onOpenPerson(f.personId)}>
          {who}
        </button>
        <span class="today-what">{what}</span>
        <span class={overdue ? 'today-due overdue' : 'today-due'}>
          {t(overdue ? 'today.overdueSince' : 'today.dueAt', {
            date: formatDateTime(effectiveDueAt(f), locale, workingTime.timeZone),
          })}
        </span>
      </div>
      {rescheduling ? (
        <RescheduleForm
          dueAt={effectiveDueAt(f)}
          timeZone={workingTime.timeZone}
          onSubmit={(dueAt) => {
            setRescheduling(false);
            onAction({ kind: 'reschedule', dueAt });
          }}
          onCancel={() => setRescheduling(false)}
        />
      ) : (
        <div class="today-actions">
          <button
            type="button"
            aria-label={t('today.doneFor', { what, person: who })}
            onClick={() => onAction({ kind: 'done' })}
          >
            {t('today.done')}
          </button>
          <DoneOutcomeMenu
            label={t('followUp.doneAsFor', { what, person: who })}
            onDone={(outcome) => onAction({ kind: 'done', outcome })}
          />
          <SnoozeMenu
            workingTime={workingTime}
            label={t('today.snoozeFor', { what, person: who })}
            onSnooze={(until) => onAction({ kind: 'snooze', until })}
          />
          <button
            type="button"
            aria-label={t('today.rescheduleFor', { what, person: who })}
            onClick={() => setRescheduling(true)}
          >
            {t('today.reschedule')}
          </button>
        </div>
      )}
    </li>
  );
}
