import { browser, type ContentScriptContext } from '#imports';
import type { Detection, DetectedContact } from '../domain/contact';
import type { ContactStatus } from '../messaging/protocol';
import { sendMessage } from '../messaging/client';
import type { ChipState } from './overlay-chip';
import { createBatchScheduler } from './batch-scheduler';
import { createNavigationGuard } from './navigation-guard';
import { createOverlayManager, type OverlayView, type Placement } from './overlay-manager';

/** What a site contributes: pure extraction, where overlays go, and which person a URL is about. */
export interface SiteAdapter {
  extract(doc: Document, url: URL): Detection;
  placementsOf(doc: Document, detection: Detection): Placement[];
  subjectKeyOf(url: string): string | null;
}

const t = (key: string, params?: Record<string, string>) =>
  browser.i18n.getMessage(key as never, params ? Object.values(params) : undefined) || key;

const signatureOf = (d: Detection) => JSON.stringify([d.url, d.pageKind, d.contacts, d.degraded, d.hiddenMessages]);

/**
 * The content-script loop, the same for every site:
 *   MutationObserver (also sees pushState's <title> change) ──(flag only)──▶ batch scheduler ──(≤1 per frame, ≥100 ms apart)──▶ runBatch
 *   runBatch: extract(document) → navigation guard → report to the worker if changed → overlays
 * All listeners and timers are bound to `ctx`, so an invalidated instance (extension updated or
 * reloaded) stops quietly and WXT removes its overlays.
 */
export function runContentScript(ctx: ContentScriptContext, adapter: SiteAdapter): void {
  const overlays = createOverlayManager(ctx);
  const guard = createNavigationGuard(location.href, document.title, adapter.subjectKeyOf);
  const view: OverlayView = { statuses: {}, chipStates: {}, loading: false, t, onCapture: (c, e) => void capture(c, e) };
  let lastSignature = '';

  const runBatch = () => {
    if (ctx.isInvalid) return;
    const detection = adapter.extract(document, new URL(location.href));
    view.loading = !guard.accept(detection, location.href, document.title);
    if (view.loading) {
      void overlays.reconcile(adapter.placementsOf(document, detection), view);
      return;
    }
    const placements = adapter.placementsOf(document, detection);
    const signature = signatureOf(detection);
    if (signature !== lastSignature) {
      lastSignature = signature;
      void report(detection);
    }
    void overlays.reconcile(placements, view);
  };

  const report = async (detection: Detection) => {
    const reply = await sendMessage('reportDetection', detection).catch(() => null);
    if (ctx.isInvalid || !reply?.ok) return;
    view.statuses = reply.value;
    overlays.redraw(view);
  };

  const capture = async (contact: DetectedContact, event: MouseEvent) => {
    // Page scripts can dispatch synthetic clicks into an open shadow root: only a real user click counts.
    if (!event.isTrusted) return;
    // The chip may sit inside an element of the page's with its own click behaviour.
    event.preventDefault();
    event.stopPropagation();
    setChip(contact.key, 'capturing');
    const reply = await sendMessage('captureContact', { key: contact.key, trusted: true }).catch(() => null);
    if (ctx.isInvalid) return;
    if (reply?.ok) view.statuses = { ...view.statuses, [contact.key]: reply.value.status as ContactStatus };
    setChip(contact.key, reply?.ok ? 'idle' : 'failed');
  };

  const setChip = (key: string, state: ChipState) => {
    view.chipStates = { ...view.chipStates, [key]: state };
    overlays.redraw(view);
  };

  const scheduler = createBatchScheduler(runBatch, {
    now: () => performance.now(),
    raf: (cb) => ctx.requestAnimationFrame(cb),
    cancelRaf: (id) => cancelAnimationFrame(id),
    setTimeout: (cb, ms) => ctx.setTimeout(cb, ms),
    clearTimeout: (id) => clearTimeout(id),
  });
  const observer = new MutationObserver(() => scheduler.request());
  observer.observe(document, { childList: true, subtree: true });
  // A capture in another tab changes this tab's statuses: refresh when the user comes back.
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') lastSignature = '';
    scheduler.request();
  });
  ctx.onInvalidated(() => {
    observer.disconnect();
    scheduler.cancel();
    overlays.removeAll();
  });
  scheduler.request();
}
