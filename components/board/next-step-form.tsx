import { useState } from 'preact/hooks';
import type { NextStep } from '@/lib/domain/deal';
import type { WorkingTime } from '@/lib/domain/working-time';
import { useI18n } from '@/lib/panel/i18n-context';
import { useNextStepDraft } from '@/lib/panel/use-next-step-draft';

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
  const { text, date, time, setText, setDate, setTime, read } = useNextStepDraft(initial, workingTime);
  const [invalid, setInvalid] = useState(false);
  const submit = (e: Event) => {
    e.preventDefault();
    const draft = read();
    if (!draft.ok) return setInvalid(true);
    onSubmit(draft.step);
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
      {invalid && (
        <p class="sc-error" role="alert">
          {t('nextStep.invalid')}
        </p>
      )}
      <div class="sc-actions">
        <button type="button" onClick={onCancel}>
          {t('action.cancel')}
        </button>
        <button type="submit" class="primary">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
