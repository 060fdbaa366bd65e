import type { ContentContext } from './content-context';
import type { DetectedContact } from '../domain/contact';
import type { FollowUpPreset } from '../domain/follow-up-presets';
import type { ContactStatus } from '../messaging/protocol';
import { createActionButton, type ActionState, type OverlayAction } from './overlay-action';
import { createChip, type ChipState, type OverlayTranslate } from './overlay-chip';
import { createOverlayHost, type OverlayHost } from './overlay-host';

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
  /** The labels have arrived (overlays draw nothing before). */
  readonly stringsReady: boolean;
  t: OverlayTranslate;
  formatDate: (at: number) => string;
  onCapture: (contact: DetectedContact, event: MouseEvent) => void;
  onSchedule: (contact: DetectedContact, preset: FollowUpPreset, event: Event) => void;
  onAction: (action: OverlayAction, event: MouseEvent) => void;
}

export interface OverlayManagerDeps {
  /** Run `mount` in a task of its own after the batch's frame (mountQueued checks ctx itself). */
  afterBatch(mount: () => void): void;
  /** Insert our hosts into the page without waking the runtime's own observer. */
  quietly(change: () => void): void;
}

interface Mounted {
  ui: OverlayHost | null;
  placement: Placement;
  drawn: string;
  /** The follow-up menu is open: redraws wait until it closes. */
  held: boolean;
}

/**
 * What an overlay would show, as a string: a redraw happens only when this changes. A status
 * arriving that changes nothing visible (a new person stays "Add to pipeline") must not swap the
 * button between the user's pointer-down and pointer-up, which would lose the click.
 */
const signatureOf = (p: Placement, view: OverlayView): string => {
  if (p.element) return 'element';
  const chips = p.contacts.map((c) => {
    const s = view.statuses[c.key];
    const status =
      s === undefined
        ? '?'
        : s.known
          ? `${s.lifecycle}|${s.stage?.nameKey ?? ''}|${s.stage?.name ?? ''}|${s.nextFollowUpAt ?? ''}`
          : s.neverLog
            ? 'never'
            : 'new';
    return `${c.key}|${c.name ?? ''}|${status}|${view.chipStates[c.key] ?? 'idle'}`;
  });
  const actions = (p.actions ?? []).map((a) => `${a.id}|${JSON.stringify(view.actionStates[a.id] ?? null)}`);
  return `${view.stringsReady}|${view.loading}|${p.labelled}\n${chips.join('\n')}\n${actions.join('\n')}`;
};

/**
 * Keeps exactly one overlay per anchor element however often the page re-renders, and removes it when
 * the element goes. Shadow roots are open (end-to-end tests reach them by role) and mounted lazily:
 * new anchors are queued and mounted together in a task after the batch's frame, never inside the batch that found
 * them. An overlay is redrawn only when its content changed, so a busy page does not swap a button
 * out from under the user's pointer.
 */
export function createOverlayManager(ctx: ContentContext, deps: OverlayManagerDeps) {
  const mounted = new Map<Element, Mounted>();
  let queue: Mounted[] = [];
  let latest: OverlayView | null = null;

  const draw = (container: HTMLElement, m: Mounted, view: OverlayView) => {
    const p = m.placement;
    m.drawn = signatureOf(p, view);
    if (!view.stringsReady) return;
    if (p.element) {
      if (container.firstChild !== p.element) container.replaceChildren(p.element);
      return;
    }
    // Keep keyboard focus on the same control across a redraw (e.g. "Follow up" after scheduling).
    const focused = m.ui?.shadow.activeElement;
    const focusKey = focused instanceof HTMLElement ? focused.dataset.focus : undefined;
    const strip = document.createElement('div');
    strip.className = 'strip';
    for (const c of p.contacts) {
      // No chip until the worker has said who this is: no "Add to pipeline" flashing for someone
      // already in the pipeline, or on the Never-log list (report() fills in a failed answer).
      if (!view.loading && view.statuses[c.key] === undefined) continue;
      const chip = createChip({
        label: p.labelled ? (c.name ?? c.emails[0] ?? null) : null,
        status: view.statuses[c.key],
        state: view.loading ? 'loading' : (view.chipStates[c.key] ?? 'idle'),
        t: view.t,
        formatDate: view.formatDate,
        onCapture: (e) => view.onCapture(c, e),
        onSchedule: (preset, e) => view.onSchedule(c, preset, e),
        onMenu: (open) => hold(m, open),
      });
      if (chip) strip.append(chip);
    }
    if (!view.loading) {
      strip.append(
        ...(p.actions ?? []).map((a) =>
          createActionButton(a, view.actionStates[a.id], view.t, (e) => view.onAction(a, e)),
        ),
      );
    }
    container.replaceChildren(...(strip.firstChild ? [strip] : []));
    if (focusKey) strip.querySelector<HTMLElement>(`[data-focus="${focusKey}"]`)?.focus();
  };

  const hold = (m: Mounted, open: boolean) => {
    m.held = open;
    if (!open && m.ui && latest && m.drawn !== signatureOf(m.placement, latest)) draw(m.ui.container, m, latest);
  };

  const mountQueued = () => {
    const entries = queue;
    queue = [];
    for (const entry of entries) {
      const anchor = entry.placement.anchor;
      if (mounted.get(anchor) !== entry || !anchor.isConnected || ctx.isInvalid) continue;
      const ui = createOverlayHost();
      entry.ui = ui;
      if (latest) draw(ui.container, entry, latest);
      deps.quietly(() => anchor.after(ui.host));
    }
  };

  return {
    /** Bring the page's overlays in line with this batch's placements (new ones mount after the batch). */
    reconcile(placements: Placement[], view: OverlayView): void {
      latest = view;
      const wanted = new Set(placements.map((p) => p.anchor));
      for (const [anchor, m] of mounted) {
        if (!wanted.has(anchor) || !anchor.isConnected) {
          m.ui?.host.remove();
          mounted.delete(anchor);
        }
      }
      for (const p of placements) {
        const existing = mounted.get(p.anchor);
        if (existing) {
          existing.placement = p;
          if (existing.ui && !existing.held && existing.drawn !== signatureOf(p, view))
            draw(existing.ui.container, existing, view);
          continue;
        }
        const entry: Mounted = { ui: null, placement: p, drawn: '', held: false };
        mounted.set(p.anchor, entry);
        if (queue.push(entry) === 1) deps.afterBatch(mountQueued);
      }
    },
    /** Re-render every overlay with new statuses or states, without touching the page. */
    redraw(view: OverlayView): void {
      latest = view;
      for (const m of mounted.values()) {
        if (m.ui && !m.held && m.drawn !== signatureOf(m.placement, view)) draw(m.ui.container, m, view);
      }
    },
    removeAll(): void {
      for (const m of mounted.values()) m.ui?.host.remove();
      mounted.clear();
      queue = [];
    },
  };
}
