import { chromeKeyOf } from '../../i18n/catalogue';
import { fillSlots } from '../../i18n/overlay-strings';
import type { OverlayTranslate } from './translate';

type GetMessage = (key: string, substitutions?: string[]) => string;

const MAX_ENTRIES = 500;

/**
 * `t` over chrome.i18n in the page, memoised per script instance: getMessage crosses into the browser
 * (the first call synchronously), so each key and parameter set is asked once. The fallback of
 * createOverlayStrings when the worker cannot answer. Bounded so a long-lived tab cannot grow it forever.
 */
export function createCachedTranslate(getMessage: GetMessage): OverlayTranslate {
  const cache = new Map<string, string>();
  return (key, params) => {
    const substitutions = params ? Object.values(params) : undefined;
    const id = substitutions ? `${key}\u0000${substitutions.join('\u0000')}` : key;
    let text = cache.get(id);
    if (text === undefined) {
      text = getMessage(chromeKeyOf(key), substitutions) || key;
      if (cache.size >= MAX_ENTRIES) cache.clear();
      cache.set(id, text);
    }
    return text;
  };
}

export interface OverlayStrings {
  /** Stable for the instance's life: features keep it. */
  t: OverlayTranslate;
  /** Whether `t` can answer yet (overlays draw nothing before). */
  ready(): boolean;
  /** The worker's table (getOverlayStrings), or null when it could not answer: use chrome.i18n. */
  load(table: Record<string, string> | null): void;
}

/**
 * The overlays' labels from the worker's table (lib/i18n/overlay-strings.ts): no chrome.i18n call on
 * the page's main thread. Parameters fill the template's slots in the order they are given, as
 * chrome.i18n's substitutions did. Keys the table lacks go to chrome.i18n.
 */
export function createOverlayStrings(getMessage: GetMessage): OverlayStrings {
  let table: Record<string, string> | null = null;
  let loaded = false;
  const fallback = createCachedTranslate(getMessage);
  return {
    t: (key, params) => {
      const template = table?.[key];
      if (template === undefined) return fallback(key, params);
      return params ? fillSlots(template, Object.values(params)) : template;
    },
    ready: () => loaded,
    load(next) {
      table = next;
      loaded = true;
    },
  };
}
