import { createOverlayHost, type OverlayHost } from './host';

/**
 * A popover host for a menu the user opened: created only by a user's click, placed over the page by
 * the trigger (fixed position, so no page layout moves), removed when the menu closes. A closed root
 * like every host; its size is the menu's, which says nothing the page did not see the user do.
 */
export function openPopover(trigger: Element, content: HTMLElement, insert: (host: HTMLElement) => void): OverlayHost {
  const at = trigger.getBoundingClientRect();
  const style = [
    'all: initial',
    'position: fixed',
    `left: ${Math.round(at.left)}px`,
    `top: ${Math.round(at.bottom + 4)}px`,
    'z-index: 2147483647',
    'display: block',
    'visibility: visible',
    'opacity: 1',
  ]
    .map((rule) => `${rule} !important`)
    .join('; ');
  const ui = createOverlayHost(style);
  ui.container.className = 'pop';
  ui.container.append(content);
  insert(ui.host);
  return ui;
}
