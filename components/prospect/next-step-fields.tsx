import { useEffect, useRef, useState } from 'preact/hooks';
import type { NextStep } from '@/lib/domain/deal';
import { computeTomorrowMorning } from '@/lib/domain/follow-up-presets';
import type { WorkingTime } from '@/lib/domain/working-time';
import { useI18n } from '@/lib/panel/i18n-context';
import { fromDateInput, toDateInput } from '@/lib/panel/local-time';

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
  const start = toDateInput(initial?.dueAt ?? computeTomorrowMorning(Date.now(), workingTime), workingTime.timeZone);
  const [text, setText] = useState(initial?.text ?? '');
  const [date, setDate] = useState(start.date);
  const [time, setTime] = useState(start.time);
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => box.current?.focus(), []);
  const submit = (event: Event) => {
    event.preventDefault();
    const dueAt = fromDateInput(date, time, workingTime.timeZone);
    if (!text.trim()) return setError('deal.error.nextStepText');
    if (dueAt === null) return setError('deal.error.date');
    onSubmit({ text: text.trim().slice(0, 500), dueAt });
  };
  return (
    <form class="form inset" aria-label={t('deal.nextStep')} onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <p>{prompt}</p>
      <label class="field"><span>{t('deal.nextStep')}</span>
        <input ref={box} value={text} maxLength={500} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <div class="row">
        <label class="field"><span>{t('deal.nextStepDate')}</span>
          <input type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
        </label>
        <label class="field"><span>{t('deal.nextStepTime')}</span>
          <input type="time" value={time} onInput={(e) => setTime(e.currentTarget.value)} />
        </label>
      </div>
      {error && <p class="error" role="alert">{t(error)}</p>}
      <div class="row">
        <button type="submit" class="primary">{t('action.save')}</button>
        <button type="button" onClick={onCancel}>{t('action.cancel')}</button>
      </div>
    </form>
  );
}
