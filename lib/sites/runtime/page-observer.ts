/**
 * The loop's one MutationObserver, only a "something changed" signal: the batch reads the whole page
 * again. So it stops at the first change and listens again when the batch starts; the page's further
 * mutations until then (a busy page makes dozens per frame) cost no callback at all.
 */
export interface PageObserver {
  /** Listen (again) for the page's next change. */
  listen(): void;
  /** Forget changes queued so far (the batch about to run, or our own insertion, saw them). */
  drop(): void;
  /** Make our own change to the page without it counting as the page's (the page's earlier ones still do). */
  quietly(change: () => void): void;
  disconnect(): void;
}

/** An observer of `doc` calling `onChange` once per burst of the page's changes. */
export function createPageObserver(doc: Document, onChange: () => void, isInvalid: () => boolean): PageObserver {
  const observer = new MutationObserver(() => {
    observer.disconnect();
    onChange();
  });
  return {
    listen: () => {
      if (!isInvalid()) observer.observe(doc, { childList: true, subtree: true });
    },
    drop: () => void observer.takeRecords(),
    quietly(change) {
      if (observer.takeRecords().length > 0) onChange();
      change();
      observer.takeRecords();
    },
    disconnect: () => observer.disconnect(),
  };
}
