import type { Detection } from '../../domain/contact';
import type { ContactPlacement } from '../runtime/site-adapter';
import { isHiddenByMarkup } from '../visible';

/**
 * The open thread's subject, where Gmail's strip goes. Gmail keeps earlier views in the DOM, hidden:
 * only the visible subject counts. Null on list views.
 */
export function threadSubjectOf(doc: Document, detection: Detection): Element | null {
  if (detection.pageKind !== 'gmail-thread') return null;
  return [...doc.querySelectorAll('h2.hP')].find((h) => !isHiddenByMarkup(h)) ?? null;
}

/**
 * Gmail: under the subject of the open thread a labelled chip per participant (the signed-in user is
 * never among the contacts), then "Log email" (features/log-email.ts); in a thread list a compact
 * chip by each sender's first row (a list row has no room for more); compose windows get their own
 * overlay (features/compose-follow-up.ts).
 */
export function placementsOfGmail(doc: Document, detection: Detection): ContactPlacement[] {
  if (detection.contacts.length === 0) return [];
  if (detection.pageKind === 'gmail-inbox') return placementsOfList(doc, detection);
  const subject = threadSubjectOf(doc, detection);
  return subject ? detection.contacts.map((c) => ({ anchor: subject, contacts: [c], labelled: true })) : [];
}

// Senders in the list's "from" column (tr.zA .yW), the same elements the inbox extractor reads.
const SENDERS = 'tr.zA .yW [email], tr.zA .yW [data-hovercard-id]';

function placementsOfList(doc: Document, detection: Detection): ContactPlacement[] {
  const firstByEmail = new Map<string, Element>();
  for (const el of doc.querySelectorAll(SENDERS)) {
    const email = (el.getAttribute('email') ?? el.getAttribute('data-hovercard-id') ?? '').toLowerCase();
    if (email !== '' && !firstByEmail.has(email) && !isHiddenByMarkup(el)) firstByEmail.set(email, el);
  }
  const placements: ContactPlacement[] = [];
  for (const contact of detection.contacts) {
    const anchor = contact.emails.map((e) => firstByEmail.get(e)).find((el) => el !== undefined);
    if (anchor) placements.push({ anchor, contacts: [contact], labelled: false, compact: true });
  }
  return placements;
}
