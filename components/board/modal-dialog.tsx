import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export interface ModalDialogProps {
  title: string;
  onCancel(): void;
  children: ComponentChildren;
}

/**
 * A small modal for the questions a move asks. A div with role="dialog" rather than <dialog>: the
 * panel's tests run in happy-dom, and the behaviour needed (focus in, Escape out, focus back) is short.
 */
export function ModalDialog({ title, onCancel, children }: ModalDialogProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    ref.current?.querySelector<HTMLElement>('input, textarea, select, button')?.focus();
    // Back to the card (or menu button) that asked: keyboard users keep their place on the board.
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onCancel();
    }
  };
  return (
    <div class="sc-backdrop">
      <div ref={ref} class="sc-dialog" role="dialog" aria-modal="true" aria-label={title} onKeyDown={onKeyDown}>
        <h3 class="sc-dialog-title">{title}</h3>
        {children}
      </div>
    </div>
  );
}
