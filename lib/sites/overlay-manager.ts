import { createShadowRootUi, type ContentScriptContext, type ShadowRootContentScriptUi } from '#imports';
import type { DetectedContact } from '../domain/contact';
import type { ContactStatus } from '../messaging/protocol';
import { createActionButton, type ActionState, type OverlayAction } from './overlay-action';
import { createChip, type ChipState, type OverlayTranslate } from './overlay-chip';
import { OVERLAY_CSS } from './overlay-style';

/** Where one overlay goes: after `anchor`, holding a chip per contact (one, or a Gmail strip of several). */
export interface Placement {
  anchor: Element;
  contacts: DetectedContact[];
  /** Gmail's strip labels each chip with the person's name; a profile's chip sits by the name already. */
  labelled: boolean;
  /** Buttons after the chips (Gmail's "Log email"). */
  actions?: OverlayAction[];
  /** A feature's own element instead of the strip (Gmail compose); it updates itself in place. */
  element?: HTMLElement;
}

export interface OverlayView {
  statuses: Record<string, ContactStatus>;
  chipStates: Record<string, ChipState>;
  actionStates: Record<string, ActionState>;
  loading: boolean;
  /** Bumped on every change of the fields above, so unchanged overlays are not redrawn. */
  version: number;
  t: OverlayTranslate;
  onCapture: (contact: DetectedContact, event: MouseEvent) => void;
  onAction: (action: OverlayAction, event: MouseEvent) => void;
}

interface Mounted { ui: ShadowRootContentScriptUi<HTMLElement | undefined> | null; placement: Placement; drawn: string }

const signatureOf = (p: Placement, view: OverlayView): string => p.element
  ? 'element'
  : `${view.version}|${p.contacts.map((c) => c.key).join('\n')}|${(p.actions ?? []).map((a) => a.id).join('\n')}`;

/**
 * Keeps exactly one overlay per anchor element however often the page re-renders, and removes it when
 * the element goes. Shadow roots are open (end-to-end tests reach them by role) and mounted lazily:
 * only for anchors that exist, only once. An overlay is redrawn only when its content changed, so a
 * busy page does not swap a button out from under the user's pointer.
 */
export function createOverlayManager(ctx: ContentScriptContext) {
  const mounted = new Map<Element, Mounted>();

  const draw = (container: HTMLElement, m: Mounted, view: OverlayView) => {
    const p = m.placement;
    m.drawn = signatureOf(p, view);
    if (p.element) {
      if (container.firstChild !== p.element) container.replaceChildren(p.element);
      return;
    }
    const strip = document.createElement('div');
    strip.className = 'strip';
    strip.append(...p.contacts.map((c) => createChip({
      label: p.labelled ? c.name ?? c.emails[0] ?? null : null,
      status: view.statuses[c.key],
      state: view.loading ? 'loading' : view.chipStates[c.key] ?? 'idle',
      t: view.t,
      onCapture: (e) => view.onCapture(c, e),
    })));
    if (!view.loading) {
      strip.append(...(p.actions ?? []).map((a) => createActionButton(a, view.actionStates[a.id], view.t, (e) => view.onAction(a, e))));
    }
    container.replaceChildren(strip);
  };

  return {
    /** Bring the page's overlays in line with this batch's placements. */
    async reconcile(placements: Placement[], view: OverlayView): Promise<void> {
      const wanted = new Set(placements.map((p) => p.anchor));
      for (const [anchor, m] of mounted) {
        if (!wanted.has(anchor) || !anchor.isConnected) {
          m.ui?.remove();
          mounted.delete(anchor);
        }
      }
      for (const p of placements) {
        const existing = mounted.get(p.anchor);
        if (existing) {
          existing.placement = p;
          if (existing.ui && existing.drawn !== signatureOf(p, view)) draw(existing.ui.uiContainer, existing, view);
          continue;
        }
        const entry: Mounted = { ui: null, placement: p, drawn: '' };
        mounted.set(p.anchor, entry);
        const ui = await createShadowRootUi(ctx, {
          name: 'sidecar-chip', position: 'inline', anchor: p.anchor, append: 'after',
          css: OVERLAY_CSS, isolateEvents: true,
          onMount: (container) => {
            draw(container, entry, view);
            return container;
          },
          onRemove: (container) => container?.replaceChildren(),
        });
        if (mounted.get(p.anchor) !== entry || ctx.isInvalid) continue; // superseded while the UI was being created
        entry.ui = ui;
        ui.mount();
      }
    },
    /** Re-render every overlay with new statuses or states, without touching the page. */
    redraw(view: OverlayView): void {
      for (const m of mounted.values()) if (m.ui) draw(m.ui.uiContainer, m, view);
    },
    removeAll(): void {
      for (const m of mounted.values()) m.ui?.remove();
      mounted.clear();
    },
  };
}
