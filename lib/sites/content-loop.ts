import type { ContentContext } from './content-context';
import type { Detection, DetectedContact } from '../domain/contact';
import type { FollowUpPreset } from '../domain/follow-up-presets';
import type { ContactStatus } from '../messaging/protocol';
import { sendPageMessage } from '../messaging/page-client';
import type { OverlayAction } from './overlay-action';
import type { ChipState } from './overlay-chip';
import type { OverlayStrings } from './overlay-translate';
import { createBatchScheduler } from './batch-scheduler';
import type { SiteAdapter } from './content-runtime';
import { isSameDetection } from './detection-change';
import { createNavigationGuard } from './navigation-guard';
import { createOverlayManager, type OverlayView } from './overlay-manager';
import { createStatusBook, type Statuses } from './status-book';
import { createExtractCache } from './shared/extract-cache';

export interface ContentLoop {
  /** Something may have changed (the URL, visibility): run a batch soon. */
  request(): void;
  /** Another context changed statuses: ask the worker again. */
  refreshStatuses(): Promise<void>;
  pageKind(): string;
  /** Report again on the next batch even if the detection did not change. */
  forgetReported(): void;
}

/** A capture answered within this long never shows "Adding…". */
const CAPTURING_AFTER_MS = 100;
/** Reports after the first wait this long after the previous one (new search results get their chips a little later). */
const REPORT_GAP_MS = 250;

/**
 * The loop on a relevant page:
 *   MutationObserver ──(flag only)──▶ batch scheduler ──(≤1 per frame, ≥100 ms apart)──▶ runBatch
 *   runBatch: extract(document, cached cards) → navigation guard → report if changed → overlays (+ features)
 * Overlays mount in a task after the batch's frame; our own DOM insertions are dropped from the observer's queue
 * (takeRecords) so they never cause a batch of their own.
 */
export function startContentLoop(ctx: ContentContext, adapter: SiteAdapter, strings: OverlayStrings): ContentLoop {
  // The observer is only a "something changed" signal: the batch reads the whole page again. So it
  // stops listening at the first change and listens again when the batch starts; the page's
  // further mutations until then (a busy page makes dozens per frame) cost no callback at all.
  // observe() on a node already observed only replaces its options: listening twice is harmless.
  const observer = new MutationObserver(() => {
    observer.disconnect();
    scheduler.request();
  });
  const listen = () => {
    if (!ctx.isInvalid) observer.observe(document, { childList: true, subtree: true });
  };
  const quietly = (change: () => void) => {
    if (observer.takeRecords().length > 0) scheduler.request(); // the page's own, from before the change
    change();
    observer.takeRecords();
  };
  const overlays = createOverlayManager(ctx, {
    // A timer, not requestIdleCallback: waiting for idle made the overlay later and saved the page
    // nothing (the mount is one task either way), and in page-load profiles a page's first
    // requestIdleCallback cost ~0.5 ms by itself.
    afterBatch: (mount) => window.setTimeout(mount, 0),
    quietly,
  });
  const guard = createNavigationGuard(location.href, document.title, adapter.subjectKeyOf);
  const cache = createExtractCache();
  let dateFormat: Intl.DateTimeFormat | null = null;
  const view: OverlayView = {
    statuses: {},
    chipStates: {},
    actionStates: {},
    loading: false,
    t: strings.t,
    get stringsReady() {
      return strings.ready();
    },
    formatDate: (at) =>
      (dateFormat ??= new Intl.DateTimeFormat(navigator.language, {
        weekday: 'short',
        month: 'short',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
      })).format(at),
    onCapture: (c, e) => void capture(c, e),
    onSchedule: (c, preset, e) => void schedule(c, preset, e),
    onAction: (a, e) => void act(a, e),
  };
  let reported: Detection | null = null;
  // The worker answers captures only for contacts it was told about: a click that beats the
  // report's arrival waits for it instead of failing.
  let reporting: Promise<void> = Promise.resolve();
  let accepted: Detection | null = null;
  let acceptedHref = '';
  // The page moved on since the overlay was drawn (and the next batch has not run yet, or the URL is
  // polled: location-watch.ts): no capture from a stale overlay; the next batch shows "Loading…"
  // until the page matches its URL again.
  const isStale = () => {
    if (location.href === acceptedHref) return false;
    scheduler.request();
    return true;
  };
  const changed = () => overlays.redraw(view);

  const runBatch = () => {
    if (ctx.isInvalid) return;
    // Records queued so far are older than this extraction, which sees their result: drop them.
    observer.takeRecords();
    listen();
    const detection = adapter.extract(document, new URL(location.href), { cache });
    const loading = !guard.accept(detection, location.href, document.title);
    view.loading = loading;
    const placements = adapter.placementsOf(document, detection, cache);
    if (!loading) {
      accepted = detection;
      acceptedHref = location.href;
      if (!isSameDetection(reported, detection)) {
        reported = detection;
        queueReport(detection);
      }
    }
    // Features build their own labelled UI: they wait for the labels too.
    const extra = accepted && view.stringsReady ? features.flatMap((f) => f.run(document, accepted as Detection)) : [];
    overlays.reconcile([...placements, ...extra], view);
    // Removing a stale overlay is our own mutation: it must not cause a batch of its own.
    observer.takeRecords();
  };

  // One report in flight at a time, and at most one per REPORT_GAP_MS: detections that change
  // meanwhile are coalesced into the newest (a busy page would otherwise send every intermediate
  // list, and each report costs the worker database reads). `reporting` settles after
  // the newest one, so a click waits for it, and a click ends the gap at once (flushReports).
  let nextReport: Detection | null = null;
  let inFlight = false;
  let lastSent = -Infinity;
  let endGap: (() => void) | null = null;
  const gap = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = window.setTimeout(() => endGap?.(), ms);
      endGap = () => {
        clearTimeout(timer);
        endGap = null;
        resolve();
      };
    });
  const flushReports = () => endGap?.();
  const queueReport = (detection: Detection) => {
    nextReport = detection;
    if (inFlight) return;
    inFlight = true;
    reporting = (async () => {
      while (nextReport && !ctx.isInvalid) {
        const wait = lastSent + REPORT_GAP_MS - performance.now();
        if (wait > 0) await gap(wait);
        const d = nextReport;
        if (!d || ctx.isInvalid) break;
        nextReport = null;
        lastSent = performance.now();
        await report(d);
      }
      nextReport = null;
      inFlight = false;
    })();
  };

  // Answers can overtake each other (status-book.ts): each is numbered when asked.
  const book = createStatusBook();
  const applyStatuses = (seq: number, answer: Statuses) => {
    view.statuses = book.apply(view.statuses, seq, answer);
  };

  const report = async (detection: Detection) => {
    const seq = book.ask();
    const reply = await sendPageMessage('reportDetection', detection).catch(() => null);
    if (ctx.isInvalid) return;
    // Only this detection's people; without an answer (worker restarting), offer capture anyway:
    // the click retries the worker.
    const keys = new Set(detection.contacts.map((c) => c.key));
    book.keepOnly(keys);
    view.statuses = Object.fromEntries([...keys].map((key) => [key, view.statuses[key] ?? { known: false as const }]));
    if (reply?.ok) applyStatuses(seq, reply.value);
    changed();
  };

  const refreshStatuses = async () => {
    for (const f of features) f.refresh?.();
    const keys = accepted?.contacts.map((c) => c.key) ?? [];
    if (keys.length === 0) return;
    const seq = book.ask();
    const reply = await sendPageMessage('getContactStatuses', { keys }).catch(() => null);
    if (ctx.isInvalid || !reply?.ok) return;
    applyStatuses(seq, reply.value);
    changed();
  };

  // Page scripts can dispatch synthetic events into an open shadow root: only a real user's counts.
  // The chip may sit inside an element of the page's with its own click behaviour.
  const claim = (event: Event) => {
    if (!event.isTrusted || isStale()) return false;
    event.preventDefault();
    event.stopPropagation();
    return true;
  };

  // A chip's own write: the worker answers only for contacts it was told about, so a waiting report
  // goes first (at once: the click ends its gap); the reply carries the person's new status. Null
  // when the instance was invalidated meanwhile.
  type StatusReply = { ok: true; value: { status: unknown } } | { ok: false };
  const writeContact = async (key: string, send: () => Promise<StatusReply>): Promise<boolean | null> => {
    flushReports();
    await reporting;
    const seq = book.ask();
    const reply = await send().catch(() => null);
    if (ctx.isInvalid) return null;
    if (reply?.ok) applyStatuses(seq, { [key]: reply.value.status as ContactStatus });
    return reply?.ok === true;
  };

  const capture = async (contact: DetectedContact, event: MouseEvent) => {
    if (!claim(event)) return;
    // The message goes first; "Adding…" shows only if the answer is slow. A quick capture is one
    // redraw (button to status) instead of two, and nothing sits between the click and the message.
    const slow = window.setTimeout(() => setChip(contact.key, 'capturing'), CAPTURING_AFTER_MS);
    const ok = await writeContact(contact.key, () =>
      sendPageMessage('captureContact', { key: contact.key, trusted: true }),
    );
    clearTimeout(slow);
    if (ok !== null) setChip(contact.key, ok ? 'idle' : 'failed');
  };

  const schedule = async (contact: DetectedContact, preset: FollowUpPreset, event: Event) => {
    if (view.chipStates[contact.key] === 'scheduling' || !claim(event)) return;
    setChip(contact.key, 'scheduling');
    const ok = await writeContact(contact.key, () =>
      sendPageMessage('scheduleFollowUpForContact', { key: contact.key, preset }),
    );
    if (ok === null) return;
    setChip(contact.key, ok ? 'idle' : 'scheduleFailed');
    if (ok) await refreshStatuses();
  };

  const act = async (action: OverlayAction, event: MouseEvent) => {
    if (view.actionStates[action.id]?.state === 'busy' || !claim(event)) return;
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

  // Plain timers, not bound one by one to ctx: the scheduler arms one per batch, and a single
  // scheduler.cancel() in onInvalidated below stops them all (runBatch also checks ctx.isInvalid).
  const scheduler = createBatchScheduler(runBatch, {
    now: () => performance.now(),
    raf: (cb) => requestAnimationFrame(cb),
    cancelRaf: (id) => cancelAnimationFrame(id),
    setTimeout: (cb, ms) => window.setTimeout(cb, ms),
    clearTimeout: (id) => clearTimeout(id),
    hidden: () => document.visibilityState === 'hidden',
  });
  const features =
    adapter.createFeatures?.({ ctx, t: strings.t, requestBatch: () => scheduler.request(), cache }) ?? [];
  // The labels come from the worker (one message per instance, answered from its memory), in
  // parallel with the first extraction; nothing is drawn until they are here. The redraw shows the
  // overlays the first batch placed; only an active feature (features skip batches without labels)
  // needs another batch.
  void sendPageMessage('getOverlayStrings', {})
    .then(
      (reply) => (reply.ok ? reply.value : null),
      () => null,
    )
    .then((table) => {
      if (ctx.isInvalid) return;
      strings.load(table);
      changed();
      if (features.some((f) => f.active?.(document) ?? true)) scheduler.request();
    });
  listen();
  ctx.onInvalidated(() => {
    observer.disconnect();
    scheduler.cancel();
    overlays.removeAll();
  });
  scheduler.request();

  return {
    request: () => scheduler.request(),
    refreshStatuses,
    pageKind: () => accepted?.pageKind ?? adapter.extract(document, new URL(location.href)).pageKind,
    forgetReported: () => {
      reported = null;
    },
  };
}
