import { browser, type ContentScriptContext } from '#imports';
import type { Detection, DetectedContact } from '../domain/contact';
import type { ContactStatus } from '../messaging/protocol';
import { sendMessage } from '../messaging/client';
import type { ChipState } from './overlay-chip';
import type { OverlayAction } from './overlay-action';
import { createBatchScheduler } from './batch-scheduler';
import { createNavigationGuard } from './navigation-guard';
import { createOverlayManager, type OverlayView, type Placement } from './overlay-manager';
import type { FeatureHost, SiteFeature } from './site-feature';
import { listenToTabMessages } from './tab-listener';

/** What a site contributes: pure extraction, where overlays go, and which person a URL is about. */
export interface SiteAdapter {
  extract(doc: Document, url: URL): Detection;
  placementsOf(doc: Document, detection: Detection): Placement[];
  subjectKeyOf(url: string): string | null;
  /** Extras that run in the same batch (Gmail compose). */
  createFeatures?(host: FeatureHost): SiteFeature[];
}

const t = (key: string, params?: Record<string, string>) =>
  browser.i18n.getMessage(key as never, params ? Object.values(params) : undefined) || key;

const signatureOf = (d: Detection) => JSON.stringify([d.url, d.pageKind, d.contacts, d.degraded, d.hiddenMessages]);

/**
 * The content-script loop, the same for every site:
 *   MutationObserver (also sees pushState's <title> change) ──(flag only)──▶ batch scheduler ──(≤1 per frame, ≥100 ms apart)──▶ runBatch
 *   runBatch: extract(document) → navigation guard → report to the worker if changed → overlays (+ site features)
 * All listeners and timers are bound to `ctx`, so an invalidated instance (extension updated or
 * reloaded, or a newer copy injected by lib/tabs/reinject.ts) stops quietly and removes its overlays.
 */
export function runContentScript(ctx: ContentScriptContext, adapter: SiteAdapter): void {
  const overlays = createOverlayManager(ctx);
  const guard = createNavigationGuard(location.href, document.title, adapter.subjectKeyOf);
  const view: OverlayView = {
    statuses: {}, chipStates: {}, actionStates: {}, loading: false, version: 0, t,
    onCapture: (c, e) => void capture(c, e),
    onAction: (a, e) => void act(a, e),
  };
  let lastSignature = '';
  let accepted: Detection | null = null;
  let acceptedHref = '';
  // The page moved on since the overlay was drawn (pushState is seen up to 200 ms late): no capture
  // from a stale overlay; the next batch shows "Loading…" until the page matches its URL again.
  const isStale = () => {
    if (location.href === acceptedHref) return false;
    scheduler.request();
    return true;
  };
  const changed = () => {
    view.version++;
    overlays.redraw(view);
  };

  const runBatch = () => {
    if (ctx.isInvalid) return;
    const detection = adapter.extract(document, new URL(location.href));
    const loading = !guard.accept(detection, location.href, document.title);
    if (loading !== view.loading) view.version++;
    view.loading = loading;
    const placements = adapter.placementsOf(document, detection);
    if (!loading) {
      accepted = detection;
      acceptedHref = location.href;
      const signature = signatureOf(detection);
      if (signature !== lastSignature) {
        lastSignature = signature;
        void report(detection);
      }
    }
    const extra = accepted ? features.flatMap((f) => f.run(document, accepted as Detection)) : [];
    void overlays.reconcile([...placements, ...extra], view);
  };

  const report = async (detection: Detection) => {
    const reply = await sendMessage('reportDetection', detection).catch(() => null);
    if (ctx.isInvalid || !reply?.ok) return;
    view.statuses = reply.value;
    changed();
  };

  const refreshStatuses = async () => {
    for (const f of features) f.refresh?.();
    const keys = accepted?.contacts.map((c) => c.key) ?? [];
    if (keys.length === 0) return;
    const reply = await sendMessage('getContactStatuses', { keys }).catch(() => null);
    if (ctx.isInvalid || !reply?.ok) return;
    view.statuses = { ...view.statuses, ...reply.value };
    changed();
  };

  const capture = async (contact: DetectedContact, event: MouseEvent) => {
    // Page scripts can dispatch synthetic clicks into an open shadow root: only a real user click counts.
    if (!event.isTrusted || isStale()) return;
    // The chip may sit inside an element of the page's with its own click behaviour.
    event.preventDefault();
    event.stopPropagation();
    setChip(contact.key, 'capturing');
    const reply = await sendMessage('captureContact', { key: contact.key, trusted: true }).catch(() => null);
    if (ctx.isInvalid) return;
    if (reply?.ok) view.statuses = { ...view.statuses, [contact.key]: reply.value.status as ContactStatus };
    setChip(contact.key, reply?.ok ? 'idle' : 'failed');
  };

  const act = async (action: OverlayAction, event: MouseEvent) => {
    if (!event.isTrusted || isStale() || view.actionStates[action.id]?.state === 'busy') return;
    event.preventDefault();
    event.stopPropagation();
    view.actionStates = { ...view.actionStates, [action.id]: { state: 'busy' } };
    changed();
    const outcome = await action.run().catch(() => ({ ok: false, messageKey: 'logEmailFailed' }));
    if (ctx.isInvalid) return;
    view.actionStates = { ...view.actionStates, [action.id]: { state: 'done', outcome } };
    changed();
  };

  const setChip = (key: string, state: ChipState) => {
    view.chipStates = { ...view.chipStates, [key]: state };
    changed();
  };

  const scheduler = createBatchScheduler(runBatch, {
    now: () => performance.now(),
    raf: (cb) => ctx.requestAnimationFrame(cb),
    cancelRaf: (id) => cancelAnimationFrame(id),
    setTimeout: (cb, ms) => ctx.setTimeout(cb, ms),
    clearTimeout: (id) => clearTimeout(id),
  });
  const features = adapter.createFeatures?.({ ctx, t, requestBatch: () => scheduler.request() }) ?? [];
  const observer = new MutationObserver(() => scheduler.request());
  observer.observe(document, { childList: true, subtree: true });
  // pushState changes no DOM by itself, and the page's pushState is invisible from this isolated
  // world: without this check the overlay would keep the old person until the page re-renders. O(1).
  let href = location.href;
  ctx.setInterval(() => {
    if (location.href === href) return;
    href = location.href;
    scheduler.request();
  }, 200);
  // A capture in another tab changes this tab's statuses: refresh when the user comes back.
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') lastSignature = '';
    scheduler.request();
  });
  listenToTabMessages(ctx, {
    pageKind: () => accepted?.pageKind ?? adapter.extract(document, new URL(location.href)).pageKind,
    refreshStatuses: () => void refreshStatuses(),
  });
  ctx.onInvalidated(() => {
    observer.disconnect();
    scheduler.cancel();
    overlays.removeAll();
  });
  scheduler.request();
}
