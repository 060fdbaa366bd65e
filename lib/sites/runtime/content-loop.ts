import type { Detection } from '../../domain/contact';
import type { FeatureDefinition } from '../features/feature';
import { createOverlayManager } from '../overlay/manager';
import type { OverlayStrings } from '../overlay/strings';
import { createExtractCache } from '../shared/extract-cache';
import { createBatchScheduler, type SchedulerDeps } from './batch-scheduler';
import type { ContentContext } from './content-context';
import { isSameDetection } from './detection-change';
import { createFeatureSet } from './feature-set';
import { createNavigationGuard } from './navigation-guard';
import { createReportQueue } from './report-queue';
import type { SiteAdapter } from './site-adapter';
import { createStatusStore } from './statuses';
import { loadOverlayLabels } from './overlay-labels';
import { createPageObserver } from './page-observer';
import { browserTimers, shortDateFormat } from './timers';

/** Batches are at least this far apart; a page that keeps changing backs them off to the third. */
const BATCH_MS = 100;
const HIDDEN_BATCH_MS = 250;
const BUSY_BATCH_MS = 1000;

export interface ContentLoop {
  /** Something may have changed (the URL, visibility): run a batch soon. */
  request(): void;
  /** Another context changed statuses: ask the worker again. */
  refreshStatuses(): void;
  pageKind(): string;
  /** Report again on the next batch even if the detection did not change. */
  forgetReported(): void;
}

/**
 * The loop on a relevant page: observe → schedule → extract → guard → report → reconcile.
 *   MutationObserver ──(flag only)──▶ batch scheduler ──(≤1 per frame, ≥100 ms apart)──▶ runBatch
 *   runBatch: extract(document, cache) → navigation guard → report if changed → features → overlays
 * What users see comes from features (lib/sites/features/), each behind its own error boundary.
 * Overlays mount in a task after the batch's frame; our own DOM insertions are dropped from the
 * observer's queue (takeRecords) so they never cause a batch of their own.
 */
export function startContentLoop(
  ctx: ContentContext,
  adapter: SiteAdapter,
  features: readonly FeatureDefinition[],
  strings: OverlayStrings,
  timers: SchedulerDeps = browserTimers(),
): ContentLoop {
  const page = createPageObserver(
    document,
    () => scheduler.request(),
    () => ctx.isInvalid,
  );
  // A timer, not requestIdleCallback: waiting for idle made the overlay later and saved the page
  // nothing, and a page's first requestIdleCallback cost ~0.5 ms by itself.
  const afterBatch = (mount: () => void) => void timers.setTimeout(mount, 0);
  const overlays = createOverlayManager(ctx, { afterBatch, quietly: page.quietly, ready: strings.ready });
  const guard = createNavigationGuard(location.href, document.title, adapter.subjectKeyOf);
  const cache = createExtractCache();
  const statuses = createStatusStore();
  const reports = createReportQueue({ statuses, isInvalid: () => ctx.isInvalid, ...timers });
  let reported: Detection | null = null;
  let accepted: Detection | null = null;
  let acceptedHref = '';
  // Nothing is mounted before the worker has said whether to draw in this site's pages at all ("Draw
  // nothing in LinkedIn's pages": the loop still detects and reports, and the DOM stays untouched).
  let drawing = false;
  const redraw = () => overlays.reconcile(drawing ? running.placements() : []);
  // The page moved on since the overlay was drawn and the next batch has not run yet: no action from
  // a stale overlay; the next batch shows "Loading…" until the page matches its URL again.
  const isStale = () => location.href !== acceptedHref && (scheduler.request(), true);
  const requestBatch = () => scheduler.request();
  const formatDate = shortDateFormat();
  const { t, ready: stringsReady } = strings;
  const host = { ctx, adapter, cache, statuses, reports, t, stringsReady, redraw, requestBatch, formatDate, isStale };
  const running = createFeatureSet(features, host);

  const runBatch = () => {
    if (ctx.isInvalid) return;
    // Records queued so far are older than this extraction, which sees their result: drop them.
    page.drop();
    page.listen();
    const detection = adapter.extract(document, new URL(location.href), { cache });
    const loading = !guard.accept(detection, location.href, document.title);
    if (!loading) {
      accepted = detection;
      acceptedHref = location.href;
      if (!isSameDetection(reported, detection)) reports.queue((reported = detection));
    }
    running.update(document, { detection, accepted, loading });
    redraw();
    page.drop(); // removing a stale overlay is our own mutation: no batch of its own
  };
  const scheduler = createBatchScheduler(runBatch, timers, BATCH_MS, HIDDEN_BATCH_MS, BUSY_BATCH_MS);

  const labelsLoaded = (draw: boolean) => {
    drawing = draw;
    redraw();
    if (running.anyActive(document)) scheduler.request(); // only an active feature needs another batch
  };
  loadOverlayLabels(ctx, strings, labelsLoaded);
  page.listen();
  ctx.onInvalidated(() => {
    page.disconnect();
    scheduler.cancel();
    running.stop();
    overlays.removeAll();
  });
  scheduler.request();

  return {
    request: () => scheduler.request(),
    refreshStatuses: () => {
      running.refresh();
      loadOverlayLabels(ctx, strings, labelsLoaded); // the setting may have changed too
    },
    pageKind: () => accepted?.pageKind ?? adapter.extract(document, new URL(location.href)).pageKind,
    forgetReported: () => void (reported = null),
  };
}
