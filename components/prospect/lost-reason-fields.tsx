import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '@/lib/panel/i18n-context';

export interface LostReasonFieldsProps {
  title: string;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}

/** Why the deal was lost, asked before a move to a Lost stage is sent. */
export function LostReasonFields({ title, onSubmit, onCancel }: LostReasonFieldsProps) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => box.current?.focus(), []);
  const submit = (event: Event) => {
    event.preventDefault();
    if (reason.trim()) onSubmit(reason.trim().slice(0, 500));
  };
  return (
    <form
      class="form inset"
      aria-label={t('board.lostReason')}
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <p>{t('board.lostTitle', { title })}</p>
      <label class="field">
        <span>{t('board.lostReason')}</span>
        <input
          ref={box}
          value={reason}
          maxLength={500}
          required
          onInput={(e) => setReason(e.currentTarget.value)}
          dir="auto"
        />
      </label>
      <div class="row">
        <button type="submit" class="primary" disabled={reason.trim() === ''}>
          {t('board.markLost')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
