import { useI18n } from '@/lib/panel/i18n-context';
import type { ToastState } from '@/lib/panel/toasts';
import './toaster.css';

/**
 * The panel's toast: what just happened, with Undo for 10 seconds (Ctrl/Cmd+Z does the same). The
 * live region is always in the page, so a screen reader hears each message as it appears.
 */
export function Toaster({ state }: { state: ToastState }) {
  const { t } = useI18n();
  const toast = state.current;
  return (
    <div class="toast-region" role="status" aria-live="polite">
      {toast && (
        <div class="toast" key={toast.id}>
          <span class="toast-text">{toast.message}</span>
          {toast.undo && (
            <button
              type="button"
              class="toast-undo"
              aria-keyshortcuts="Control+Z Meta+Z"
              onClick={() => void state.undo()}
            >
              {t('undo')}
            </button>
          )}
          <button type="button" class="toast-close" aria-label={t('close')} onClick={state.dismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
