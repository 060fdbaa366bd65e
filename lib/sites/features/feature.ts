import type { Detection } from '../../domain/contact';
import type { Placement } from '../overlay/placement';
import type { OverlayTranslate } from '../overlay/translate';
import type { ContentContext } from '../runtime/content-context';
import type { ReportQueue } from '../runtime/report-queue';
import type { SiteAdapter } from '../runtime/site-adapter';
import type { StatusStore } from '../runtime/statuses';
import type { ExtractCache } from '../shared/extract-cache';

/** What the content loop gives each feature. */
export interface FeatureHost {
  ctx: ContentContext;
  /** Aborted when the content script stops or this feature is switched off: bind listeners to it. */
  signal: AbortSignal;
  adapter: SiteAdapter;
  t: OverlayTranslate;
  /** The labels have arrived (overlays draw nothing before; features with their own UI wait for them). */
  stringsReady(): boolean;
  /** Ask for a batch soon: a feature's work runs in the loop's one batch, never on its own. */
  requestBatch(): void;
  /** The feature's state changed: draw the overlays again, without a new extraction. */
  redraw(): void;
  /** The loop's extraction cache: readings the batch's extraction already made (readOncePerBatch). */
  cache: ExtractCache;
  /** The statuses of the people on the page, as the worker last said. */
  statuses: StatusStore;
  reports: ReportQueue;
  /** Whether the page moved on since the overlays were drawn (a click on one must not count then). */
  isStale(): boolean;
  /** Epoch ms → short date and time in the page's language. */
  formatDate(at: number): string;
}

/** One batch, as the features see it. */
export interface Batch {
  /** This batch's extraction. */
  detection: Detection;
  /** The newest detection the navigation guard accepted (null until one is). */
  accepted: Detection | null;
  /** The guard holds this batch back (LinkedIn navigated, the DOM lags): overlays show "Loading…". */
  loading: boolean;
}

/** A running feature: the loop calls it, it never runs on its own. */
export interface SiteFeature {
  /** Once per batch (not per mutation). */
  update(doc: Document, batch: Batch): void;
  /** The overlays it wants now; called on every redraw, so it only reads its own state. */
  placements(): Placement[];
  /**
   * Whether the feature has work on the page now that waited for the labels (Gmail: an open compose
   * window, whose panel is built with them). When the labels arrive, a batch runs again only for an
   * active feature; the others' overlays are drawn by a redraw (a missing `active` counts as inactive).
   */
  active?(doc: Document): boolean;
  /** Pipeline statuses may have changed elsewhere (another tab, the side panel). */
  refresh?(): void;
}

/**
 * A user-facing capability registered beside the loop, the way refined-github registers features:
 * the entrypoint lists a site's features; the loop runs each behind its own error boundary.
 */
export interface FeatureDefinition {
  /** Names the feature in logs when it fails. */
  id: string;
  init(host: FeatureHost): SiteFeature;
}
