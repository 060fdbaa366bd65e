import type { ContentContext } from './content-context';
import type { Detection } from '../domain/contact';
import type { OverlayTranslate } from './overlay-chip';
import type { Placement } from './overlay-manager';
import type { ExtractCache } from './shared/extract-cache';

/** What the content runtime gives a site feature (Gmail's compose follow-up). */
export interface FeatureHost {
  ctx: ContentContext;
  t: OverlayTranslate;
  /** Ask for a batch soon: the feature's work runs in the runtime's one batch, never on its own. */
  requestBatch(): void;
  /** The runtime's extraction cache: readings the batch's extraction already made (readOncePerBatch). */
  cache: ExtractCache;
}

/**
 * A per-site extra that lives in the runtime's one observer/batch loop: no observer or timer of its
 * own. `run` is called once per batch (not per mutation) and returns the overlays it wants.
 */
export interface SiteFeature {
  run(doc: Document, detection: Detection): Placement[];
  /**
   * Whether the page has anything for this feature now (Gmail: an open compose window). Features
   * skip batches that run before the labels arrive; when they arrive, a batch runs again only for an
   * active feature (a missing `active` counts as active).
   */
  active?(doc: Document): boolean;
  /** Pipeline statuses may have changed elsewhere (another tab, the side panel). */
  refresh?(): void;
}
