import type { DetectedContact } from '../../domain/contact';

/**
 * What one content-script instance remembers between extractions: each search result card's last
 * reading, keyed by the card element (a WeakMap, so cards LinkedIn drops are collected). A card is
 * read again only when its signature (profile href, element count, textContent) changes. Like the
 * runtime's observer (childList only), the signature ignores attribute-only changes. Optional: without it extractors read
 * everything, and the results are the same (tests/unit/sites/extract-cache.test.ts).
 */
export interface ExtractCache {
  readonly cards: WeakMap<Element, { signature: string; contact: DetectedContact | null; anchor: Element | null }>;
  /**
   * This extraction's contacts by key → the element their name was read from (a search result's
   * title link), so placements need not search the page for it again. Cleared with `batch`.
   */
  readonly anchors: Map<string, Element>;
  /**
   * What the current batch already read, by name, for the extractor and the site features that need
   * the same reading (Gmail's compose windows). Each extraction clears it first, so a reading never
   * outlives the batch (the loop's features run right after the extraction).
   */
  readonly batch: Map<string, unknown>;
}

/** Forget the previous extraction's per-batch readings: a new extraction starts. */
export function startExtraction(cache: ExtractCache | undefined): void {
  cache?.batch.clear();
  cache?.anchors.clear();
}

/** A fresh, empty cache. */
export function createExtractCache(): ExtractCache {
  return { cards: new WeakMap(), batch: new Map(), anchors: new Map() };
}

/** `read()`, once per batch when there is a cache (see ExtractCache.batch); every time without one. */
export function readOncePerBatch<T>(cache: ExtractCache | undefined, name: string, read: () => T): T {
  if (!cache) return read();
  if (cache.batch.has(name)) return cache.batch.get(name) as T;
  const value = read();
  cache.batch.set(name, value);
  return value;
}
