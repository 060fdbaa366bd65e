import type { Detection } from '../../domain/contact';
import type { Placement } from '../overlay-manager';
import { isHiddenByMarkup } from '../visible';
import { logEmailAction } from './log-email-action';

/**
 * Gmail gets one strip under the subject of the open thread, with a chip per participant (the
 * signed-in user is never among the contacts) and a "Log email" button. Gmail keeps earlier views in
 * the DOM, hidden: only the visible subject counts. List views show no strip; compose windows get
 * their own overlay (compose-follow-up.ts).
 */
export function placementsOfGmail(doc: Document, detection: Detection): Placement[] {
  if (detection.pageKind !== 'gmail-thread' || detection.contacts.length === 0) return [];
  const subject = [...doc.querySelectorAll('h2.hP')].find((h) => !isHiddenByMarkup(h));
  if (!subject) return [];
  return [{ anchor: subject, contacts: detection.contacts, labelled: true, actions: [logEmailAction(doc, detection)] }];
}
