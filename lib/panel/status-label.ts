import type { DetectedContact } from '../domain/contact';
import { normalizeEmailSet } from '../domain/email-address';
import { canonicalizeLinkedinProfileUrl, linkedinIdentityKey } from '../domain/linkedin-url';
import type { DealRow, PersonRow } from '../db/rows';
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

/** What the panel shows for a contact already in the pipeline, and whom to open on click. */
export interface ContactStatusLabel {
  label: string;
  personId: string;
}

/**
 * A known contact's status: the stage of their open deal when they have one (deals move faster
 * than lifecycles), else their lifecycle; null when they are not in the pipeline.
 */
export function contactStatusOf(
  contact: DetectedContact, people: readonly PersonRow[], openDeals: readonly DealRow[],
  stageName: (deal: DealRow) => string | null, t: Translate,
): ContactStatusLabel | null {
  const row = findKnownPerson(contact, people);
  if (!row) return null;
  const deal = openDeals.find((d) => d.personId === row.id);
  const stage = deal ? stageName(deal) : null;
  return { label: stage ?? t(`lifecycle_${row.lifecycle}`), personId: row.id };
}
