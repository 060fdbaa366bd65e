import type { Detection } from '../../domain/contact';
import type { ContactPlacement } from '../runtime/site-adapter';
import { isHiddenByMarkup } from '../visible';

/**
 * The open thread's subject, where Gmail's strip goes. Gmail keeps earlier views in the DOM, hidden:
 * only the visible subject counts. Null on list views (no strip there).
 */
export function threadSubjectOf(doc: Document, detection: Detection): Element | null {
  if (detection.pageKind !== 'gmail-thread') return null;
  return [...doc.querySelectorAll('h2.hP')].find((h) => !isHiddenByMarkup(h)) ?? null;
}

/**
 * Gmail gets one strip under the subject of the open thread, with a chip per participant (the
 * signed-in user is never among the contacts); "Log email" joins it (features/log-email.ts).
 * Compose windows get their own overlay (features/compose-follow-up.ts).
 */
export function placementsOfGmail(doc: Document, detection: Detection): ContactPlacement[] {
  if (detection.contacts.length === 0) return [];
  const subject = threadSubjectOf(doc, detection);
  return subject ? [{ anchor: subject, contacts: detection.contacts, labelled: true }] : [];
}
