import type { Detection } from '../../domain/contact';
import type { ExtractOptions } from '../shared/budget';
import type { ExtractCache } from '../shared/extract-cache';
import type { DetectedContact } from '../../domain/contact';

/** Where a site wants a person's overlay: after `anchor`; `labelled` when the name is not beside it already. */
export interface ContactPlacement {
  anchor: Element;
  contacts: DetectedContact[];
  /** Gmail's strip labels each chip with the person's name; a profile's chip sits by the name already. */
  labelled: boolean;
  /** A list row with no room to spare (Gmail's inbox): the mark alone, its meaning in its accessible name. */
  compact?: boolean;
}

/** What a site contributes: pure extraction, where overlays go, and which person a URL is about. */
export interface SiteAdapter {
  extract(doc: Document, url: URL, opts?: ExtractOptions): Detection;
  /** `cache` is the one the extraction just filled (it may know where each contact was read). */
  placementsOf(doc: Document, detection: Detection, cache?: ExtractCache): ContactPlacement[];
  subjectKeyOf(url: string): string | null;
  /** Whether a page at this URL can hold anything for us (URL only: LinkedIn's feed or jobs cannot). */
  isRelevant(url: URL): boolean;
}
