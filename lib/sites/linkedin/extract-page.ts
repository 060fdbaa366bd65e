import type { Detection, PageKind, SignedInUser } from '../../domain/contact';
import { budgetOf, type Budget, type ExtractOptions } from '../shared/budget';
import type { ExtractCache } from '../shared/extract-cache';
import { startExtraction } from '../shared/extract-cache';
import { newDetection, runLayer, warn } from '../shared/detection';
import { isSignedOutPage } from './page-session';
import { pageKindOf } from '../../domain/linkedin-pages';
import { readLinkedinSignedInUser } from './signed-in-user';
import { dropViewer, viewerKeysOf } from './viewer-keys';

/** What one page kind's extractor reads into the detection (the viewer is already known). */
export type KindExtractor = (
  doc: Document,
  url: URL,
  d: Detection,
  me: SignedInUser | null,
  budget: Budget,
  cache?: ExtractCache,
) => void;

export type KindExtractors = Partial<Record<PageKind, KindExtractor>>;

/**
 * Document → Detection for LinkedIn pages, with the extractors of the page kinds given: the viewer,
 * the page kind's people, then the viewer dropped from them. A content script bundles only the kinds
 * it handles (a profile's script carries no search extractor: issue 21). Pure, never throws.
 */
export function extractLinkedinWith(extractors: KindExtractors) {
  return (doc: Document, url: URL, opts?: ExtractOptions): Detection => {
    const budget = budgetOf(opts);
    startExtraction(opts?.cache); // the page may have changed since the last readings
    const kind = runLayer(newDetection(url, 'other'), 'page kind', 'other' as const, () => pageKindOf(url));
    const d = newDetection(url, kind);
    try {
      const me = runLayer(d, 'signed-in user', null, () => readLinkedinSignedInUser(doc, budget));
      d.signedInUser = me;
      if (me === null && kind !== 'other' && !isSignedOutPage(doc, budget)) {
        // A member's page that names no viewer: the others are still listed, but they could include the user.
        d.degraded = true;
        warn(d, 'signed-in user: no viewer signal on a signed-in page; detection may be degraded');
      }
      extractors[kind]?.(doc, url, d, me, budget, opts?.cache);
      runLayer(d, 'signed-in user', undefined, () => dropViewer(d, viewerKeysOf(doc, me, budget)));
    } catch (error) {
      // Last line of defence: keep what the layers found so far.
      warn(d, `linkedin extractor failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    return d;
  };
}
