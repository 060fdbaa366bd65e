import type { Batch, FeatureDefinition, FeatureHost, SiteFeature } from '../features/feature';
import type { Placement } from '../overlay/placement';

export interface FeatureSet {
  update(doc: Document, batch: Batch): void;
  placements(): Placement[];
  /** Whether any running feature waited for the labels and has work on this page now (see SiteFeature.active). */
  anyActive(doc: Document): boolean;
  refresh(): void;
  /** The content script stops: every feature's signal aborts. */
  stop(): void;
}

interface Running {
  definition: FeatureDefinition;
  controller: AbortController;
  feature: SiteFeature | null;
  /** The page (detection URL) it failed on: it stays off there and starts again on the next page. */
  failedOn: string | null;
}

/**
 * Runs each feature behind its own error boundary: a feature that throws is logged and switched off
 * for the page it failed on (its signal aborts, its overlays go); the others keep working.
 */
export function createFeatureSet(
  definitions: readonly FeatureDefinition[],
  host: Omit<FeatureHost, 'signal'>,
  log: (...args: unknown[]) => void = console.error,
): FeatureSet {
  let page = '';
  const start = (definition: FeatureDefinition): Running => {
    const entry: Running = { definition, controller: new AbortController(), feature: null, failedOn: null };
    guarded(entry, () => (entry.feature = definition.init({ ...host, signal: entry.controller.signal })), null);
    return entry;
  };
  const guarded = <T>(entry: Running, run: (f: SiteFeature) => T, fallback: T): T => {
    const feature = entry.feature;
    try {
      return run(feature as SiteFeature);
    } catch (error) {
      log(`feature ${entry.definition.id} failed; off for this page`, error);
      entry.controller.abort();
      entry.feature = null;
      entry.failedOn = page;
      return fallback;
    }
  };
  let running = definitions.map(start);
  const live = () => running.filter((e) => e.feature !== null);

  return {
    update(doc, batch) {
      page = batch.detection.url;
      running = running.map((e) => (e.feature === null && e.failedOn !== page ? start(e.definition) : e));
      for (const e of live()) guarded(e, (f) => f.update(doc, batch), undefined);
    },
    placements: () => live().flatMap((e) => guarded(e, (f) => f.placements(), [])),
    anyActive: (doc) => live().some((e) => guarded(e, (f) => f.active?.(doc) ?? false, false)),
    refresh() {
      for (const e of live()) guarded(e, (f) => f.refresh?.(), undefined);
    },
    stop() {
      for (const e of running) e.controller.abort();
    },
  };
}
