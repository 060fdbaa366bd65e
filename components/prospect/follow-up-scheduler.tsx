import { DAY_MS } from '@/lib/domain/entity-fields';
import { useEffect, useRef, useState } from 'preact/hooks';
import { FollowUpKindSchema, type FollowUpKind } from '@/lib/domain/follow-up';
import {
  computePresetDueAt,
  FOLLOW_UP_PRESETS,
  type FollowUpPreset,
  type FollowUpPresetKind,
} from '@/lib/domain/follow-up-presets';
import type { WorkingTime } from '@/lib/domain/working-time';
import { formatDateTime } from '@/lib/i18n/format';
import { useI18n } from '@/lib/panel/i18n-context';
import { toDateInput } from '@/lib/panel/local-time';
import { useSend } from '@/lib/panel/send-context';
import { useAction } from '@/lib/panel/use-action';

export interface FollowUpSchedulerProps {
  personId: string;
  workingTime: WorkingTime;
  onDone: () => void;
}

/** Schedule a follow-up from a preset (tomorrow morning, in 3 days, next week) or a date, in the user's zone. */
export function FollowUpScheduler({ personId, workingTime, onDone }: FollowUpSchedulerProps) {
  const { t, locale } = useI18n();
  const send = useSend();
  const action = useAction();
  const [preset, setPreset] = useState<FollowUpPresetKind>('tomorrow-morning');
  const [custom, setCustom] = useState(() => toDateInput(Date.now() + DAY_MS, workingTime.timeZone));
  const [kind, setKind] = useState<FollowUpKind>('email');
  const [note, setNote] = useState('');
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const chosen: FollowUpPreset = preset === 'custom' ? { kind: 'custom', ...custom } : { kind: preset };
  // A preview only: the worker computes the due time from the preset (scheduleFollowUpPreset), the
  // same computation the palette and the overlays use.
  const dueAt = computePresetDueAt(chosen, Date.now(), workingTime);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (dueAt === null) return;
    if (
      await action.run(
        send('scheduleFollowUpPreset', { personId, dealId: null, preset: chosen, kind, note: note.trim() }),
      )
    )
      onDone();
  };
  return (
    <form
      class="form"
      aria-label={t('followUp.schedule')}
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && onDone()}
    >
      <fieldset>
        <legend>{t('followUp.when')}</legend>
        {FOLLOW_UP_PRESETS.map((p, i) => (
          <label key={p.kind} class="choice">
            {i === 0 ? (
              <input
                ref={first}
                type="radio"
                name="preset"
                checked={preset === p.kind}
                onChange={() => setPreset(p.kind)}
              />
            ) : (
              <input type="radio" name="preset" checked={preset === p.kind} onChange={() => setPreset(p.kind)} />
            )}
            {t(p.labelKey)}
          </label>
        ))}
        {preset === 'custom' && (
          <div class="row">
            <label class="field">
              <span>{t('followUp.date')}</span>
              <input
                type="date"
                value={custom.date}
                onInput={(e) => setCustom({ ...custom, date: e.currentTarget.value })}
              />
            </label>
            <label class="field">
              <span>{t('followUp.time')}</span>
              <input
                type="time"
                value={custom.time}
                onInput={(e) => setCustom({ ...custom, time: e.currentTarget.value })}
              />
            </label>
          </div>
        )}
        <p class="muted" role="status">
          {dueAt === null
            ? t('followUp.invalidDate')
            : t('followUp.due', { date: formatDateTime(dueAt, locale, workingTime.timeZone) })}
        </p>
      </fieldset>
      <label class="field">
        <span>{t('followUp.type')}</span>
        <select value={kind} onChange={(e) => setKind(e.currentTarget.value as FollowUpKind)}>
          {FollowUpKindSchema.options.map((k) => (
            <option key={k} value={k}>
              {t(`followUp.kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('followUp.note')}</span>
        <input value={note} maxLength={5000} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      {action.error && (
        <p class="error" role="alert">
          {t(action.error)}
        </p>
      )}
      <div class="row">
        <button type="submit" class="primary" disabled={dueAt === null || action.busy}>
          {t('followUp.schedule')}
        </button>
        <button type="button" onClick={onDone}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
