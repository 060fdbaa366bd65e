import { useEffect, useRef } from 'preact/hooks';
import { isTypingTarget } from './use-shortcuts';

/**
 * Ctrl+Z (Cmd+Z on a Mac) undoes the last action while its toast is up. In a text field it stays the
 * field's own undo: the key is left alone there. One listener for the panel's life, reading the latest
 * state, so a key pressed right after an action is not lost while an effect waits for the next frame.
 */
export function useUndoKey(undo: () => unknown, enabled: boolean): void {
  const latest = useRef({ undo, enabled });
  latest.current = { undo, enabled };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'z')
        return;
      if (!latest.current.enabled || event.defaultPrevented || isTypingTarget(event.target)) return;
      event.preventDefault();
      void latest.current.undo();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
