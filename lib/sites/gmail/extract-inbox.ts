import type { Detection, SignedInUser } from '../../domain/contact';
import { queryAll, type Budget } from '../shared/budget';
import { runLayer } from '../shared/detection';
import { isHidden } from '../shared/visibility';
import { findMainView } from './main-view';
import { ParticipantSet, readPersonAttrs } from './participants';

// Thread list: every participant of every visible row is `from` (the list does not say who
// wrote what). Ad rows carry no address; "me" and Draft markers are dropped.

const ROW = 'tr.zA';
const SENDERS = '.yW [email], .yW [data-hovercard-id]';
const MAX_ROWS = 200;

/** Extract thread-list participants into `d`. */
export function extractInbox(doc: Document, d: Detection, me: SignedInUser | null, budget: Budget): void {
  const main = findMainView(doc, budget);
  if (!main) return;
  const people = new ParticipantSet(me);
  // Gmail keeps other tabs' lists in hidden containers: check each list once, not each row.
  const hiddenTable = new Map<Element, boolean>();
  for (const row of queryAll(main, ROW, budget, MAX_ROWS)) {
    const table = row.closest('table') ?? row;
    let hidden = hiddenTable.get(table);
    if (hidden === undefined) {
      hidden = isHidden(table, budget, main);
      hiddenTable.set(table, hidden);
    }
    if (hidden || row.hasAttribute('hidden')) continue;
    runLayer(d, 'inbox row', undefined, () => {
      for (const el of queryAll(row, SENDERS, budget, 20)) people.add(readPersonAttrs(el), 'from');
    });
  }
  people.flushInto(d);
}
