import type { Budget } from './budget';

// Attribute/inline-style checks only: getComputedStyle and innerText force layout, which we must
// not do on every DOM batch (see STYLE.md, uBlock anchor).
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** Screen-reader-only copies: LinkedIn doubles text in aria-hidden + visually-hidden spans. */
export const SCREEN_READER_CLASSES = ['visually-hidden', 'sr-only', 'a11y-text'];
const INERT_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'CODE']);
const MAX_DEPTH = 60;

/** True when the element is a screen-reader-only copy of visible text. */
export function isScreenReaderOnly(el: Element): boolean {
  return SCREEN_READER_CLASSES.some((c) => el.classList.contains(c));
}

/**
 * LinkedIn's `<span aria-hidden="true">` next to a `.visually-hidden` twin is the *visible* copy:
 * aria-hidden only hides it from screen readers.
 */
function isVisibleTwin(el: Element): boolean {
  const prev = el.previousElementSibling;
  const next = el.nextElementSibling;
  return (next !== null && isScreenReaderOnly(next)) || (prev !== null && isScreenReaderOnly(prev));
}

/** Hidden by its own attributes (hidden, inline display:none, aria-hidden container, inert tag). */
export function isSelfHidden(el: Element): boolean {
  if (INERT_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  if (style !== null && HIDDEN_STYLE.test(style)) return true;
  if (el.getAttribute('aria-hidden') === 'true' && !isVisibleTwin(el)) return true;
  return isScreenReaderOnly(el);
}

/** True when the element or an ancestor (up to `stopAt`, exclusive) is hidden by markup. */
export function isHidden(el: Element, budget: Budget, stopAt: Element | null = null): boolean {
  let node: Element | null = el;
  for (let depth = 0; node && node !== stopAt && depth < MAX_DEPTH; depth++) {
    budget.visited += 1;
    if (isSelfHidden(node)) return true;
    node = node.parentElement;
  }
  return false;
}
