import type { DetectedContact } from '../../domain/contact';

/**
 * What one content-script instance remembers between extractions: each search result card's last
 * reading, keyed by the card element (a WeakMap, so cards LinkedIn drops are collected). A card is
 * read again only when its signature (profile href, element count, textContent) changes. Like the
 * runtime's observer (childList only), the signature ignores attribute-only changes. Optional: without it extractors read
 * everything, and the results are the same (tests/unit/sites/extract-cache.test.ts).
 */
export interface ExtractCache {
  readonly cards: WeakMap<Element, { signature: string; contact: DetectedContact | null }>;
}

/** A fresh, empty cache. */
export function createExtractCache(): ExtractCache {
  return { cards: new WeakMap() };
}
