import { OVERLAY_CSS } from './overlay-style';

/** Our hosts' tag: a valid custom-element name (so it may carry a shadow root), never defined. */
export const OVERLAY_TAG = 'sidecar-chip';

/** Keys typed in our controls must not reach the page's shortcuts (Gmail's "c", "e", "#"…). */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

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
  const style = document.createElement('style');
  style.textContent = OVERLAY_CSS;
  const container = document.createElement('div');
  shadow.append(style, container);
  for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (e) => e.stopPropagation());
  return { host, shadow, container };
}
