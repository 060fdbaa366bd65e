import { useRef, useState } from 'preact/hooks';

export interface MenuKeys {
  /** Left and Right move too (a menu laid out in a row as well as a column). */
  horizontal?: boolean;
  /** Home and End go to the first and last item. */
  homeEnd?: boolean;
  /** Keys it handles go no further (the board's own shortcuts must not see them). */
  stopPropagation?: boolean;
}

/**
 * A button that opens a small menu of `[role=menuitem]`s, as the panel's menus share it: opening
 * focuses the first item, arrows move round, Escape closes and gives focus back to the button.
 */
export function useMenuButton(keys: MenuKeys = {}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const toggle = () => {
    setOpen(!open);
    requestAnimationFrame(() => menu.current?.querySelector<HTMLElement>('[role=menuitem]')?.focus());
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLElement);
    const next = e.key === 'ArrowDown' || (keys.horizontal && e.key === 'ArrowRight');
    const previous = e.key === 'ArrowUp' || (keys.horizontal && e.key === 'ArrowLeft');
    if (e.key === 'Escape') close();
    else if (next) items[(i + 1) % items.length]?.focus();
    else if (previous) items[(i - 1 + items.length) % items.length]?.focus();
    else if (keys.homeEnd && e.key === 'Home') items[0]?.focus();
    else if (keys.homeEnd && e.key === 'End') items[items.length - 1]?.focus();
    else return;
    e.preventDefault();
    if (keys.stopPropagation) e.stopPropagation();
  };
  return { open, setOpen, button, menu, close, toggle, onKeyDown };
}
