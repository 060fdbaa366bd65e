import type { DetectedContact } from '../domain/contact';
import { statusDealOf } from '../domain/deal';
import { identityOfContact, resolveIdentity } from '../domain/identity';
import type { DealRow, PersonRow } from '../db/rows';
import type { Translate } from '../i18n/translate';

/**
 * The person a detected contact already is, among loaded people: the same resolver the worker's
 * capture uses (exact evidence only; no name suggestions here).
 */
export function findKnownPerson(contact: DetectedContact, people: readonly PersonRow[]): PersonRow | undefined {
  const resolution = resolveIdentity(identityOfContact(contact), people);
  return resolution.kind === 'match' ? people.find((p) => p.id === resolution.personId) : undefined;
}

/** What the panel shows for a contact already in the pipeline, and whom to open on click. */
export interface ContactStatusLabel {
  label: string;
  personId: string;
}

/**
 * A known contact's status: the stage of their open deal (statusDealOf, as the overlays) when they have one (deals move faster
 * than lifecycles), else their lifecycle; null when they are not in the pipeline.
 */
export function contactStatusOf(
  contact: DetectedContact,
  people: readonly PersonRow[],
  openDeals: readonly DealRow[],
  stageName: (deal: DealRow) => string | null,
  t: Translate,
): ContactStatusLabel | null {
  const row = findKnownPerson(contact, people);
  if (!row) return null;
  const deal = statusDealOf(openDeals.filter((d) => d.personId === row.id));
  const stage = deal ? stageName(deal) : null;
  return { label: stage ?? t(`lifecycle_${row.lifecycle}`), personId: row.id };
}
