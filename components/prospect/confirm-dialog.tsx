import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '@/lib/panel/i18n-context';
import type { Action } from '@/lib/panel/use-action';

export interface ConfirmDialogProps {
  id: string;
  question: string;
  yes: string;
  action: Action;
  onYes: () => void;
  onCancel: () => void;
}

/** A destructive step asked once more, Cancel focused first so Enter never confirms by accident. */
export function ConfirmDialog({ id, question, yes, action, onYes, onCancel }: ConfirmDialogProps) {
  const { t } = useI18n();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div role="alertdialog" aria-labelledby={id} class="notice">
      <p id={id}>{question}</p>
      <div class="row">
        <button type="button" class="danger-button" disabled={action.busy} onClick={onYes}>
          {yes}
        </button>
        <button type="button" ref={cancel} onClick={onCancel}>
          {t('action.cancel')}
        </button>
      </div>
      {action.error && (
        <p class="error" role="alert">
          {t(action.error)}
        </p>
      )}
    </div>
  );
}
