import type { Detection } from '../../domain/contact';
import type { Placement } from '../overlay-manager';
import { isHiddenByMarkup } from '../visible';

/**
 * Gmail gets one strip under the subject of the open thread, with a chip per participant (the
 * signed-in user is never among the contacts). Gmail keeps earlier views in the DOM, hidden: only
 * the visible subject counts. List views and compose show no strip.
 */
export function placementsOfGmail(doc: Document, detection: Detection): Placement[] {
  if (detection.pageKind !== 'gmail-thread' || detection.contacts.length === 0) return [];
  const subject = [...doc.querySelectorAll('h2.hP')].find((h) => !isHiddenByMarkup(h));
  return subject ? [{ anchor: subject, contacts: detection.contacts, labelled: true }] : [];
}
