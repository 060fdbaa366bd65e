import type { Detection } from '../../domain/contact';
import type { Placement } from '../overlay-manager';
import { isHiddenByMarkup } from '../visible';
import { logEmailAction } from './log-email-action';

/**
 * Gmail gets one strip under the subject of the open thread, with a chip per participant (the
 * signed-in user is never among the contacts) and a "Log email" button. Gmail keeps earlier views in
 * the DOM, hidden: only the visible subject counts. In a thread list each sender gets a chip by their
 * first row; compose windows get their own overlay (compose-follow-up.ts).
 */
export function placementsOfGmail(doc: Document, detection: Detection): Placement[] {
  if (detection.contacts.length === 0) return [];
  if (detection.pageKind === 'gmail-inbox') return placementsOfList(doc, detection);
  if (detection.pageKind !== 'gmail-thread') return [];
  const subject = [...doc.querySelectorAll('h2.hP')].find((h) => !isHiddenByMarkup(h));
  if (!subject) return [];
  return [{ anchor: subject, contacts: detection.contacts, labelled: true, actions: [logEmailAction(doc, detection)] }];
}

// Senders in the list's "from" column (tr.zA .yW), the same elements the inbox extractor reads.
const SENDERS = 'tr.zA .yW [email], tr.zA .yW [data-hovercard-id]';

function placementsOfList(doc: Document, detection: Detection): Placement[] {
  const firstByEmail = new Map<string, Element>();
  for (const el of doc.querySelectorAll(SENDERS)) {
    const email = (el.getAttribute('email') ?? el.getAttribute('data-hovercard-id') ?? '').toLowerCase();
    if (email !== '' && !firstByEmail.has(email) && !isHiddenByMarkup(el)) firstByEmail.set(email, el);
  }
  const placements: Placement[] = [];
  for (const contact of detection.contacts) {
    const anchor = contact.emails.map((e) => firstByEmail.get(e)).find((el) => el !== undefined);
    if (anchor) placements.push({ anchor, contacts: [contact], labelled: false });
  }
  return placements;
}
