import type { ComponentChildren } from 'preact';
import { Toaster } from '@/components/toaster';
import { useI18n } from '@/lib/panel/i18n-context';
import { ToastContext, useToastState } from '@/lib/panel/toasts';
import { useUndoKey } from '@/lib/panel/use-undo-key';

/** A view with the panel's toast around it, as PanelBody provides it (toast, Undo, Ctrl/Cmd+Z). */
export function WithToasts({ children }: { children: ComponentChildren }) {
  const { t } = useI18n();
  const toasts = useToastState(
    () => t('undo.done'),
    () => t('undo.failed'),
  );
  useUndoKey(toasts.undo, Boolean(toasts.current?.undo));
  return (
    <ToastContext.Provider value={toasts.show}>
      {children}
      <Toaster state={toasts} />
    </ToastContext.Provider>
  );
}
