import { useState } from 'preact/hooks';
import { useI18n } from '@/lib/panel/i18n-context';
import { fromDateInput, toDateInput } from '@/lib/panel/local-time';

export interface RescheduleFormProps {
  dueAt: number;
  timeZone: string;
  onSubmit(dueAt: number): void;
  onCancel(): void;
}

/** A new date and time for a follow-up, read in the user's time zone (settings), not the machine's. */
export function RescheduleForm({ dueAt, timeZone, onSubmit, onCancel }: RescheduleFormProps) {
  const { t } = useI18n();
  const start = toDateInput(dueAt, timeZone);
  const [date, setDate] = useState(start.date);
  const [time, setTime] = useState(start.time);
  const submit = (e: Event) => {
    e.preventDefault();
    const at = fromDateInput(date, time, timeZone);
    if (at !== null) onSubmit(at);
  };
  return (
    <form
      class="sc-row"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <label class="sc-field">
        <span>{t('nextStep.date')}</span>
        <input type="date" value={date} required autoFocus onInput={(e) => setDate(e.currentTarget.value)} />
      </label>
      <label class="sc-field">
        <span>{t('nextStep.time')}</span>
        <input type="time" value={time} required onInput={(e) => setTime(e.currentTarget.value)} />
      </label>
      <button type="button" onClick={onCancel}>
        {t('action.cancel')}
      </button>
      <button type="submit">{t('action.save')}</button>
    </form>
  );
}
