import { queryAll, type Budget } from '../shared/budget';
import { isHidden } from '../shared/visibility';

// Gmail keeps earlier views (the inbox, a previous thread) in the DOM under display:none
// containers; only the visible role=main counts.

/** The visible main view, or null. */
export function findMainView(doc: Document, budget: Budget): Element | null {
  for (const main of queryAll(doc, '[role="main"]', budget, 20)) {
    if (!isHidden(main, budget)) return main;
  }
  return null;
}
