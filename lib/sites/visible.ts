/**
 * Whether an element is hidden by markup: the hidden attribute, aria-hidden, or an inline display:none
 * / visibility:hidden on it or an ancestor. Layout is never consulted, so unit tests in a DOM without
 * layout agree with the browser, and no style recalculation is forced inside the page.
 */
export function isHiddenByMarkup(el: Element): boolean {
  return (
    el.closest(
      '[hidden], [aria-hidden="true"], [style*="display: none"], [style*="display:none"], [style*="visibility: hidden"], [style*="visibility:hidden"]',
    ) !== null
  );
}

const collapse = (s: string | null | undefined): string => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();

/** Whether an element's text contains `name` (whitespace collapsed, NFC). */
export function hasText(el: Element, name: string): boolean {
  return collapse(el.textContent).includes(collapse(name));
}
