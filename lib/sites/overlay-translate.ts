import type { OverlayTranslate } from './overlay-chip';

type GetMessage = (key: string, substitutions?: string[]) => string;

const MAX_ENTRIES = 500;

/**
 * `t` for overlays, memoised per script instance: chrome.i18n.getMessage crosses into the browser
 * on every call and was 16–23 % of our time per page load (one call per chip render). A handful of
 * keys × the few parameter sets a page shows; bounded so a long-lived tab cannot grow it forever.
 */
export function createCachedTranslate(getMessage: GetMessage): OverlayTranslate {
  const cache = new Map<string, string>();
  return (key, params) => {
    const substitutions = params ? Object.values(params) : undefined;
    const id = substitutions ? `${key}\u0000${substitutions.join('\u0000')}` : key;
    let text = cache.get(id);
    if (text === undefined) {
      text = getMessage(key, substitutions) || key;
      if (cache.size >= MAX_ENTRIES) cache.clear();
      cache.set(id, text);
    }
    return text;
  };
}
