import type { ContentContext } from '../runtime/content-context';
import { createOverlayHost, hostStyle, type OverlayHost } from './host';
import type { PartUi, Placement } from './placement';
import { openPopover } from './popover';
import { createVisibilityGate, type VisibilityGate } from './visibility';

export interface OverlayManagerDeps {
  /** Run `mount` in a task of its own after the batch's frame (mountQueued checks ctx itself). */
  afterBatch(mount: () => void): void;
  /** Insert our hosts into the page without waking the runtime's own observer. */
  quietly(change: () => void): void;
  /** The labels have arrived: nothing is drawn before. */
  ready(): boolean;
  gate?: VisibilityGate;
  /** Tests keep the closed roots this makes (the page never can). */
  createHost?: (style: string) => OverlayHost;
}

interface Mounted {
  ui: OverlayHost | null;
  placement: Placement;
  drawn: string;
  /** A menu of it is open: redraws wait until it closes. */
  held: boolean;
  popover: OverlayHost | null;
}

/**
 * Keeps exactly one overlay per placement key however often the page re-renders, each in a host of its
 * own with a fixed box, and removes it when its anchor goes. Hosts mount lazily: new ones are queued
 * and mounted together in a task after the batch's frame. An overlay is redrawn only when its content
 * changed, so a busy page does not swap a button out from under the user's pointer. Every action in an
 * overlay passes through `act`: trusted events on a really visible host only.
 */
export function createOverlayManager(ctx: ContentContext, deps: OverlayManagerDeps) {
  const gate = deps.gate ?? createVisibilityGate();
  const newHost = deps.createHost ?? createOverlayHost;
  const mounted = new Map<string, Mounted>();
  let order: string[] = [];
  let queue: Mounted[] = [];

  const uiOf = (m: Mounted): PartUi => ({
    hold: (open) => {
      m.held = open;
      if (!open) redrawIfChanged(m);
    },
    act: (event, run) => {
      if (!event.isTrusted || ctx.isInvalid) return;
      event.preventDefault();
      event.stopPropagation();
      const path = event.composedPath();
      const host = [m.ui?.host, m.popover?.host].find((h) => h && path.includes(h));
      if (host) gate.whenVisible(host, event, run);
    },
    openPopover: (trigger, content) => {
      closePopover(m);
      const pop = openPopover(trigger, content, (h) => deps.quietly(() => document.body.append(h)));
      gate.track(pop.host);
      m.popover = pop;
      return () => closePopover(m);
    },
  });
  const closePopover = (m: Mounted) => {
    const pop = m.popover;
    if (!pop) return;
    m.popover = null;
    gate.untrack(pop.host);
    deps.quietly(() => pop.host.remove());
    // The popover may have covered its own chip ("hidden" to the gate): a click right after it closes
    // waits for the chip's next report, as after a mount, instead of being dropped.
    if (m.ui) {
      gate.untrack(m.ui.host);
      gate.track(m.ui.host);
    }
  };
  const draw = (m: Mounted) => {
    if (!m.ui) return;
    const ready = deps.ready();
    m.drawn = `${ready}|${m.placement.part.signature}`;
    if (!ready) return;
    // Keep keyboard focus on the same control across a redraw (e.g. "Follow up" after scheduling).
    const focused = m.ui.root.activeElement;
    const focusKey = focused instanceof HTMLElement ? focused.dataset.focus : undefined;
    m.ui.container.replaceChildren(...m.placement.part.render(uiOf(m)));
    if (focusKey) m.ui.container.querySelector<HTMLElement>(`[data-focus="${focusKey}"]`)?.focus();
  };
  const redrawIfChanged = (m: Mounted) => {
    if (m.ui && !m.held && m.drawn !== `${deps.ready()}|${m.placement.part.signature}`) draw(m);
  };
  const unmount = (key: string, m: Mounted) => {
    closePopover(m);
    if (m.ui) gate.untrack(m.ui.host);
    m.ui?.host.remove();
    mounted.delete(key);
  };
  const mountQueued = () => {
    const entries = queue;
    queue = [];
    for (const entry of entries) {
      const { anchor, key, size } = entry.placement;
      if (mounted.get(key) !== entry || !anchor.isConnected || ctx.isInvalid) continue;
      const ui = newHost(hostStyle(size));
      entry.ui = ui;
      draw(entry);
      deps.quietly(() => afterSiblingsOf(key, anchor).after(ui.host));
      // Visibility is tracked from the moment a pointer or the keyboard comes to the host, not for
      // every host all the time: an IntersectionObserver v2 recomputes occlusion as the page paints,
      // and a results page holds dozens of hosts. A click that follows at once waits out the 500 ms.
      const track = () => gate.track(ui.host);
      for (const type of ['pointerover', 'focusin'] as const) ui.host.addEventListener(type, track, { once: true });
    }
  };
  // Several overlays may follow one anchor: each goes after the ones placed before it.
  const afterSiblingsOf = (key: string, anchor: Element): Element => {
    let last: Element = anchor;
    for (const k of order) {
      if (k === key) break;
      const host = mounted.get(k);
      if (host?.placement.anchor === anchor && host.ui?.host.isConnected) last = host.ui.host;
    }
    return last;
  };

  return {
    /** Bring the page's overlays in line with these placements (new ones mount after the batch). */
    reconcile(placements: Placement[]): void {
      const wanted = new Map(placements.map((p) => [p.key, p]));
      order = [...wanted.keys()];
      for (const [key, m] of mounted) {
        const p = wanted.get(key);
        if (!p || p.anchor !== m.placement.anchor || !m.placement.anchor.isConnected) unmount(key, m);
      }
      for (const [key, p] of wanted) {
        const existing = mounted.get(key);
        if (existing) {
          existing.placement = p;
          redrawIfChanged(existing);
          continue;
        }
        const entry: Mounted = { ui: null, placement: p, drawn: '', held: false, popover: null };
        mounted.set(key, entry);
        if (queue.push(entry) === 1) deps.afterBatch(mountQueued);
      }
    },
    removeAll(): void {
      for (const [key, m] of mounted) unmount(key, m);
      queue = [];
    },
  };
}
