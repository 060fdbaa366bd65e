import { useState } from 'preact/hooks';
import { useI18n } from '@/lib/panel/i18n-context';

export interface LostReasonFormProps {
  onSubmit(reason: string): void;
  onCancel(): void;
}

/** Why the deal was lost: the leaks chart is only useful when the reasons are written down. */
export function LostReasonForm({ onSubmit, onCancel }: LostReasonFormProps) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const submit = (e: Event) => {
    e.preventDefault();
    if (reason.trim() !== '') onSubmit(reason.trim());
  };
  return (
    <form class="sc-form" onSubmit={submit}>
      <label class="sc-field">
        <span>{t('board.lostReason')}</span>
        <input type="text" value={reason} maxLength={500} required onInput={(e) => setReason(e.currentTarget.value)} />
      </label>
      <div class="sc-actions">
        <button type="button" onClick={onCancel}>
          {t('action.cancel')}
        </button>
        <button type="submit" class="primary" disabled={reason.trim() === ''}>
          {t('board.markLost')}
        </button>
      </div>
    </form>
  );
}
