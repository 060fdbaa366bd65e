import type { DetectedContact } from '../domain/contact';
import { normalizeEmailSet } from '../domain/email-address';
import { canonicalizeLinkedinProfileUrl, linkedinIdentityKey } from '../domain/linkedin-url';
import type { PersonRow } from '../db/rows';
import type { Translate } from '../i18n/translate';

/** The person a detected contact already is, among loaded people (LinkedIn key, then email). */
export function findKnownPerson(contact: DetectedContact, people: readonly PersonRow[]): PersonRow | undefined {
  const canonical = contact.linkedinUrl ? canonicalizeLinkedinProfileUrl(contact.linkedinUrl) : null;
  const key = canonical ? linkedinIdentityKey(canonical) : null;
  const emails = new Set(normalizeEmailSet(contact.emails));
  return people.find((p) => (key !== null && p.linkedinKey === key) || p.emails.some((e) => emails.has(e)));
}

/** The status label of a detected contact when it is already a prospect, else null. */
export function statusLabelFor(contact: DetectedContact, people: readonly PersonRow[], t: Translate): string | null {
  const row = findKnownPerson(contact, people);
  return row ? t(`lifecycle_${row.lifecycle}`) : null;
}
