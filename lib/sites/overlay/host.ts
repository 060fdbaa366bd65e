import { OVERLAY_CSS } from './styles';

/** Our hosts' tag: a valid custom-element name (so it may carry a shadow root), never defined. */
export const OVERLAY_TAG = 'sidecar-chip';

/** Keys typed in our controls must not reach the page's shortcuts (Gmail's "c", "e", "#"…). */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

let shared: CSSStyleSheet | null | undefined;

/**
 * One constructed sheet adopted by every host on Chrome: parsed once per page instead of a <style>
 * per chip (a search page mounts dozens). Firefox keeps the <style>: adopting a sheet constructed in a
 * content script's sandbox into the page's shadow roots has been unreliable there.
 */
function sharedSheet(): CSSStyleSheet | null {
  if (shared !== undefined) return shared;
  shared = null;
  if (import.meta.env.FIREFOX || typeof CSSStyleSheet !== 'function' || !('replaceSync' in CSSStyleSheet.prototype))
    return shared;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(OVERLAY_CSS);
    shared = sheet;
  } catch {
    // An engine without constructable sheets: <style> per host.
  }
  return shared;
}

export interface OverlayHost {
  /** The element placed in the page, after its anchor. */
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where the overlay draws. */
  container: HTMLElement;
}

/**
 * A shadow-root host with the CSS inlined: no stylesheet URL, nothing under chrome-extension://.
 * Written here instead of WXT's createShadowRootUi, which brought ~9 kB (element waiting, CSS
 * splitting, position modes) into every content script for the one thing used: this. The root is
 * open because end-to-end tests and contract-check find the buttons by role through it.
 */
export function createOverlayHost(): OverlayHost {
  const host = document.createElement(OVERLAY_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  const sheet = sharedSheet();
  if (sheet) {
    shadow.adoptedStyleSheets = [sheet];
    shadow.append(container);
  } else {
    const style = document.createElement('style');
    style.textContent = OVERLAY_CSS;
    shadow.append(style, container);
  }
  for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (e) => e.stopPropagation());
  return { host, shadow, container };
}
