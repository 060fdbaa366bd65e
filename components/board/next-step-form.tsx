import { useState } from 'preact/hooks';
import type { NextStep } from '@/lib/domain/deal';
import { computeTomorrowMorning } from '@/lib/domain/follow-up-presets';
import type { WorkingTime } from '@/lib/domain/working-time';
import { useI18n } from '@/lib/panel/i18n-context';
import { fromDateInput, toDateInput } from '@/lib/panel/local-time';

export interface NextStepFormProps {
  workingTime: WorkingTime;
  initial?: NextStep | null;
  submitLabel: string;
  onSubmit(step: NextStep): void;
  onCancel(): void;
}

/** What happens next and when (DOMAIN.md: every open deal has one). Defaults to the next working morning. */
export function NextStepForm({ workingTime, initial, submitLabel, onSubmit, onCancel }: NextStepFormProps) {
  const { t } = useI18n();
  const start = toDateInput(initial?.dueAt ?? computeTomorrowMorning(Date.now(), workingTime), workingTime.timeZone);
  const [text, setText] = useState(initial?.text ?? '');
  const [date, setDate] = useState(start.date);
  const [time, setTime] = useState(start.time);
  const [invalid, setInvalid] = useState(false);
  const submit = (e: Event) => {
    e.preventDefault();
    const dueAt = fromDateInput(date, time, workingTime.timeZone);
    if (text.trim() === '' || dueAt === null) return setInvalid(true);
    onSubmit({ text: text.trim(), dueAt });
  };
  return (
    <form class="sc-form" onSubmit={submit}>
      <label class="sc-field">
        <span>{t('nextStep.text')}</span>
        <input type="text" value={text} maxLength={500} required onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <div class="sc-row">
        <label class="sc-field">
          <span>{t('nextStep.date')}</span>
          <input type="date" value={date} required onInput={(e) => setDate(e.currentTarget.value)} />
        </label>
        <label class="sc-field">
          <span>{t('nextStep.time')}</span>
          <input type="time" value={time} required onInput={(e) => setTime(e.currentTarget.value)} />
        </label>
      </div>
      {invalid && <p class="sc-error" role="alert">{t('nextStep.invalid')}</p>}
      <div class="sc-actions">
        <button type="button" onClick={onCancel}>{t('action.cancel')}</button>
        <button type="submit" class="primary">{submitLabel}</button>
      </div>
    </form>
  );
}
