import { useEffect, useRef, useState } from 'preact/hooks';
import type { NextStep } from '@/lib/domain/deal';
import type { WorkingTime } from '@/lib/domain/working-time';
import { useI18n } from '@/lib/panel/i18n-context';
import { useNextStepDraft } from '@/lib/panel/use-next-step-draft';

export interface NextStepFieldsProps {
  /** Why we ask (e.g. "Moving to Demo needs a next step"). */
  prompt: string;
  initial: NextStep | null;
  workingTime: WorkingTime;
  onSubmit: (step: NextStep) => void;
  onCancel: () => void;
}

/** What happens next and when (default: tomorrow morning in the user's working week). */
export function NextStepFields({ prompt, initial, workingTime, onSubmit, onCancel }: NextStepFieldsProps) {
  const { t } = useI18n();
  const { text, date, time, setText, setDate, setTime, read } = useNextStepDraft(initial, workingTime);
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => box.current?.focus(), []);
  const submit = (event: Event) => {
    event.preventDefault();
    const draft = read();
    if (!draft.ok) return setError(draft.missing === 'text' ? 'deal.error.nextStepText' : 'deal.error.date');
    onSubmit(draft.step);
  };
  return (
    <form
      class="form inset"
      aria-label={t('deal.nextStep')}
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <p>{prompt}</p>
      <label class="field">
        <span>{t('deal.nextStep')}</span>
        <input ref={box} value={text} maxLength={500} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <div class="row">
        <label class="field">
          <span>{t('deal.nextStepDate')}</span>
          <input type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>{t('deal.nextStepTime')}</span>
          <input type="time" value={time} onInput={(e) => setTime(e.currentTarget.value)} />
        </label>
      </div>
      {error && (
        <p class="error" role="alert">
          {t(error)}
        </p>
      )}
      <div class="row">
        <button type="submit" class="primary">
          {t('action.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
