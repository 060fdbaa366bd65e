import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { FollowUpRow } from '@/lib/db/rows';
import { effectiveDueAt, isOverdue } from '@/lib/domain/follow-up';
import { computeTomorrowMorning } from '@/lib/domain/follow-up-presets';
import type { WorkingTime } from '@/lib/domain/working-time';
import { formatDateTime } from '@/lib/i18n/format';
import { followUpText } from '@/lib/panel/follow-up-text';
import { useI18n } from '@/lib/panel/i18n-context';
import { fromDateInput, toDateInput } from '@/lib/panel/local-time';
import { useSend } from '@/lib/panel/send-context';
import { useAction } from '@/lib/panel/use-action';
import { followUpToast, type FollowUpChange } from '@/lib/panel/follow-up-toast';
import { useUndoable } from '@/lib/panel/use-undoable';
import { DoneOutcomeMenu } from '../follow-up/done-outcome-menu';

export interface FollowUpRowItemProps {
  followUp: FollowUpRow;
  workingTime: WorkingTime;
  /** Named in the toast after Done, snooze or a new date. */
  personName: string;
  /** More for this follow-up (a cadence email touch's "Write"). */
  children?: ComponentChildren;
}

/** One open follow-up: what and when, with done, snooze (to the next working morning) and reschedule. */
export function FollowUpRowItem({ followUp: f, workingTime, personName, children }: FollowUpRowItemProps) {
  const { t, locale } = useI18n();
  const send = useSend();
  const action = useAction();
  const undoable = useUndoable();
  const tz = workingTime.timeZone;
  // Done, snooze and a new date can each be undone for 10 seconds from the toast.
  const change = (c: FollowUpChange) =>
    action.run(
      undoable(
        [f.personId],
        () =>
          c.kind === 'done'
            ? send('completeFollowUp', { followUpId: f.id, ...(c.outcome ? { outcome: c.outcome } : {}) })
            : c.kind === 'snooze'
              ? send('snoozeFollowUp', { followUpId: f.id, until: c.until })
              : send('rescheduleFollowUp', { followUpId: f.id, dueAt: c.dueAt }),
        followUpToast(c, f, personName, t, locale, tz),
      ).then((code) => (code === null ? { ok: true as const } : { ok: false as const, error: code })),
    );
  const [moving, setMoving] = useState<{ date: string; time: string } | null>(null);
  const due = effectiveDueAt(f);
  const kind = t(`followUp.kind.${f.kind}`);
  const what = followUpText(f, t);
  const reschedule = (event: Event) => {
    event.preventDefault();
    const dueAt = moving && fromDateInput(moving.date, moving.time, tz);
    if (dueAt === null || dueAt === undefined) return;
    void change({ kind: 'reschedule', dueAt }).then((ok) => ok && setMoving(null));
  };
  return (
    <li class="card">
      <div class="card-main">
        <span class="name" dir="auto">
          {what === kind ? kind : `${kind} — ${what}`}
        </span>
        <span class={isOverdue(f, Date.now()) ? 'sub overdue' : 'sub'}>
          {t('followUp.due', { date: formatDateTime(due, locale, tz) })}
        </span>
        <div class="row">
          <button type="button" onClick={() => void change({ kind: 'done' })}>
            {t('followUp.done')}
          </button>
          <DoneOutcomeMenu
            label={t('followUp.doneAsFor', { what, person: personName })}
            onDone={(outcome) => void change({ kind: 'done', outcome })}
          />
          <button
            type="button"
            onClick={() => void change({ kind: 'snooze', until: computeTomorrowMorning(Date.now(), workingTime) })}
          >
            {t('followUp.snooze')}
          </button>
          <button
            type="button"
            aria-expanded={moving !== null}
            onClick={() => setMoving(moving ? null : toDateInput(due, tz))}
          >
            {t('followUp.reschedule')}
          </button>
          {children}
        </div>
        {moving && (
          <form class="row" aria-label={t('followUp.reschedule')} onSubmit={reschedule}>
            <label class="field">
              <span>{t('followUp.date')}</span>
              <input
                type="date"
                value={moving.date}
                onInput={(e) => setMoving({ ...moving, date: e.currentTarget.value })}
              />
            </label>
            <label class="field">
              <span>{t('followUp.time')}</span>
              <input
                type="time"
                value={moving.time}
                onInput={(e) => setMoving({ ...moving, time: e.currentTarget.value })}
              />
            </label>
            <button type="submit">{t('action.save')}</button>
          </form>
        )}
        {action.error && (
          <p class="error" role="alert">
            {t(action.error)}
          </p>
        )}
      </div>
    </li>
  );
}
