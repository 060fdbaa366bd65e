import { useEffect, useRef } from 'preact/hooks';

/** Whether a key press belongs to a field the user is typing in (never steal those keys). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest('input, textarea, select, [contenteditable="true"], [role="combobox"]') !== null;
}

/**
 * Single-key shortcuts on the document: `handle` gets the key and says whether it used it. Keys
 * with Ctrl/Alt/Meta, and keys typed into fields or with a dialog open, are left alone.
 */
export function useKeyShortcuts(handle: (key: string, event: KeyboardEvent) => boolean, enabled = true): void {
  const ref = useRef(handle);
  ref.current = handle;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return;
      if (isTypingTarget(event.target) || document.querySelector('[role="dialog"][aria-modal="true"]')) return;
      if (ref.current(event.key, event)) event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled]);
}

/** Move focus to the next (1) or previous (-1) list item marked `data-nav-item` (j/k). */
export function moveItemFocus(delta: 1 | -1, root: ParentNode = document): void {
  const items = [...root.querySelectorAll<HTMLElement>('[data-nav-item]')];
  if (items.length === 0) return;
  const active = document.activeElement;
  const at = items.findIndex((el) => el === active || el.contains(active));
  const next = at === -1 ? (delta === 1 ? 0 : items.length - 1) : Math.min(items.length - 1, Math.max(0, at + delta));
  items[next]?.focus();
}
