import type { ContentContext } from '../runtime/content-context';
import { createOverlayHost, type OverlayHost } from './host';
import type { Placement } from './placement';

export interface OverlayManagerDeps {
  /** Run `mount` in a task of its own after the batch's frame (mountQueued checks ctx itself). */
  afterBatch(mount: () => void): void;
  /** Insert our hosts into the page without waking the runtime's own observer. */
  quietly(change: () => void): void;
  /** The labels have arrived: nothing is drawn before. */
  ready(): boolean;
}

interface Mounted {
  ui: OverlayHost | null;
  placement: Placement;
  drawn: string;
  /** A menu in the overlay is open: redraws wait until it closes. */
  held: boolean;
}

const signatureOf = (p: Placement, ready: boolean): string =>
  p.element ? `element|${ready}` : `${ready}\n${p.parts.map((part) => part.signature).join('\n')}`;

/** Placements that share an anchor become one: their parts in order (the first element wins). */
function mergeByAnchor(placements: Placement[]): Map<Element, Placement> {
  const out = new Map<Element, Placement>();
  for (const p of placements) {
    const seen = out.get(p.anchor);
    if (!seen) out.set(p.anchor, p);
    else
      out.set(p.anchor, {
        ...seen,
        parts: [...seen.parts, ...p.parts],
        ...(seen.element ? {} : p.element ? { element: p.element } : {}),
      });
  }
  return out;
}

/**
 * Keeps exactly one overlay per anchor element however often the page re-renders, and removes it when
 * the element goes. Overlays are mounted lazily: new anchors are queued and mounted together in a task
 * after the batch's frame, never inside the batch that found them. An overlay is redrawn only when its
 * content changed, so a busy page does not swap a button out from under the user's pointer.
 */
export function createOverlayManager(ctx: ContentContext, deps: OverlayManagerDeps) {
  const mounted = new Map<Element, Mounted>();
  let queue: Mounted[] = [];

  const draw = (m: Mounted) => {
    const container = m.ui?.container;
    if (!container) return;
    const p = m.placement;
    const ready = deps.ready();
    m.drawn = signatureOf(p, ready);
    if (!ready) return;
    if (p.element) {
      if (container.firstChild !== p.element) container.replaceChildren(p.element);
      return;
    }
    // Keep keyboard focus on the same control across a redraw (e.g. "Follow up" after scheduling).
    const focused = m.ui?.shadow.activeElement;
    const focusKey = focused instanceof HTMLElement ? focused.dataset.focus : undefined;
    const strip = document.createElement('div');
    strip.className = 'strip';
    strip.append(...p.parts.flatMap((part) => part.render((open) => hold(m, open))));
    container.replaceChildren(...(strip.firstChild ? [strip] : []));
    if (focusKey) strip.querySelector<HTMLElement>(`[data-focus="${focusKey}"]`)?.focus();
  };
  const redrawIfChanged = (m: Mounted) => {
    if (m.ui && !m.held && m.drawn !== signatureOf(m.placement, deps.ready())) draw(m);
  };
  const hold = (m: Mounted, open: boolean) => {
    m.held = open;
    if (!open) redrawIfChanged(m);
  };

  const mountQueued = () => {
    const entries = queue;
    queue = [];
    for (const entry of entries) {
      const anchor = entry.placement.anchor;
      if (mounted.get(anchor) !== entry || !anchor.isConnected || ctx.isInvalid) continue;
      entry.ui = createOverlayHost();
      draw(entry);
      const host = entry.ui.host;
      deps.quietly(() => anchor.after(host));
    }
  };

  return {
    /** Bring the page's overlays in line with these placements (new ones mount after the batch). */
    reconcile(placements: Placement[]): void {
      const wanted = mergeByAnchor(placements);
      for (const [anchor, m] of mounted) {
        if (!wanted.has(anchor) || !anchor.isConnected) {
          m.ui?.host.remove();
          mounted.delete(anchor);
        }
      }
      for (const [anchor, p] of wanted) {
        const existing = mounted.get(anchor);
        if (existing) {
          existing.placement = p;
          redrawIfChanged(existing);
          continue;
        }
        const entry: Mounted = { ui: null, placement: p, drawn: '', held: false };
        mounted.set(anchor, entry);
        if (queue.push(entry) === 1) deps.afterBatch(mountQueued);
      }
    },
    removeAll(): void {
      for (const m of mounted.values()) m.ui?.host.remove();
      mounted.clear();
      queue = [];
    },
  };
}
