import { OVERLAY_CSS } from './styles';

/**
 * The fixed boxes overlays draw in. Every host of a kind has the same size whatever it shows (a new
 * person, a known one, loading, Never-log), so the page cannot tell them apart by measuring.
 */
export const HOST_SIZES = {
  /** Next to a name: a profile, a search result, a messaging header. */
  chip: { width: 196, height: 26 },
  /** A Gmail participant: the name, then the button or status. */
  labelled: { width: 264, height: 26 },
  /** In a list row (Gmail's inbox senders): the mark as the button. */
  icon: { width: 24, height: 22 },
  /** A button of its own (Gmail's "Log email"). */
  action: { width: 196, height: 26 },
  /** Gmail's compose window: "Follow up if no reply". */
  compose: { width: 440, height: 30 },
} as const;
export type HostSize = keyof typeof HOST_SIZES;

/**
 * The host's inline style: `!important` inline beats every stylesheet rule of the page, and `contain:
 * size` with a fixed size keeps its box independent of what is drawn inside. No `overflow: hidden` and
 * no paint or layout containment: each of those gives every host a paint layer of its own, and a page
 * with hundreds of hosts then pays for them in every frame it draws (cull rects, layerization, hit
 * tests). The box inside clips instead (`overflow: clip` in styles.ts), so nothing paints outside.
 * The price: a host is no longer a relayout boundary, so a change inside lays out its line again
 * (traced on a profile load: about +0.6-0.9 ms of layout; bench/README.md, live search page).
 */
export function hostStyle(size: HostSize): string {
  const { width, height } = HOST_SIZES[size];
  return [
    'all: initial',
    'display: inline-block',
    'box-sizing: border-box',
    `width: ${width}px`,
    `min-width: ${width}px`,
    `max-width: ${width}px`,
    `height: ${height}px`,
    `min-height: ${height}px`,
    `max-height: ${height}px`,
    'contain: size style',
    'vertical-align: middle',
    'margin: 2px 0 2px 8px',
    'visibility: visible',
    'opacity: 1',
  ]
    .map((rule) => `${rule} !important`)
    .join('; ');
}

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
  /** The element placed in the page: a plain <span>, nothing in it names us. */
  host: HTMLElement;
  /** Closed: the page's scripts get null from host.shadowRoot; only this isolated world holds it. */
  root: ShadowRoot;
  /** Where the overlay draws. */
  container: HTMLElement;
}

/**
 * A neutral host with a closed shadow root and the CSS inlined: no tag, attribute, class or text that
 * names Sidecar, no stylesheet URL, nothing under chrome-extension://. `style` is the host's inline
 * style (hostStyle for a fixed box; a popover positions itself).
 */
export function createOverlayHost(style: string): OverlayHost {
  const host = document.createElement('span');
  host.setAttribute('style', style);
  const root = host.attachShadow({ mode: 'closed' });
  const container = document.createElement('div');
  container.className = 'box';
  const sheet = sharedSheet();
  if (sheet) {
    root.adoptedStyleSheets = [sheet];
    root.append(container);
  } else {
    const css = document.createElement('style');
    css.textContent = OVERLAY_CSS;
    root.append(css, container);
  }
  for (const type of ISOLATED_EVENTS) root.addEventListener(type, (e) => e.stopPropagation());
  return { host, root, container };
}
