// Extractors run on every DOM batch inside Gmail and LinkedIn, so the work they do must stay
// bounded by page size. Every element an extractor inspects is counted here; tests assert on it.
import type { ExtractCache } from './extract-cache';

/** Options every extractor accepts. `budget.visited` is incremented for each inspected element. */
export interface ExtractOptions {
  budget?: { visited: number };
  /** Per-element memo kept by the content script between batches (shared/extract-cache.ts). */
  cache?: ExtractCache;
}

/** The counter an extraction writes to (a private one when the caller passed none). */
export type Budget = { visited: number };

/** Resolve the caller's counter, or a throwaway one. */
export function budgetOf(opts: ExtractOptions | undefined): Budget {
  return opts?.budget ?? { visited: 0 };
}

/** querySelectorAll that counts what it returns and stops at `limit` (long lists are truncated). */
export function queryAll(root: ParentNode, selector: string, budget: Budget, limit = 500): Element[] {
  const found = root.querySelectorAll(selector);
  const out: Element[] = [];
  for (let i = 0; i < found.length && out.length < limit; i++) {
    const el = found[i];
    if (el) out.push(el);
  }
  budget.visited += out.length;
  return out;
}

/** querySelector that counts the element it returns. */
export function queryOne(root: ParentNode, selector: string, budget: Budget): Element | null {
  const el = root.querySelector(selector);
  if (el) budget.visited += 1;
  return el;
}

/**
 * The elements of a document-order list that no earlier one contains. A subtree is contiguous in
 * document order, so a nested element lies inside the last outermost one seen: one contains() per
 * element instead of one per pair.
 */
export function outermostOnly(els: readonly Element[]): Element[] {
  const out: Element[] = [];
  let outer: Element | null = null;
  for (const el of els) {
    if (outer?.contains(el)) continue;
    outer = el;
    out.push(el);
  }
  return out;
}
