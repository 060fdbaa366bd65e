import type { DetectedContact } from '../domain/contact';
import { identityOfContact, resolveIdentity } from '../domain/identity';
import { personStatusOf } from '../domain/person-status';
import type { DealRow, PersonRow } from '../db/rows';
import type { Translate } from '../i18n/translate';
import { statusText } from './person-status-text';

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
  /** The one line that says what the status means (its title). */
  explanation?: string;
  personId: string;
}

/**
 * A known contact's one status (lib/domain/person-status.ts): the stage of their open deal, else
 * Lead, MQL, SQL, Customer or Lost, with its explanation; null when they are not in the pipeline.
 */
export function contactStatusOf(
  contact: DetectedContact,
  people: readonly PersonRow[],
  deals: readonly DealRow[],
  stageName: (pipelineId: string, stageId: string) => string | null,
  t: Translate,
): ContactStatusLabel | null {
  const row = findKnownPerson(contact, people);
  if (!row) return null;
  const text = statusText(
    personStatusOf(
      row,
      deals.filter((d) => d.personId === row.id),
    ),
    stageName,
    t,
  );
  return { ...text, personId: row.id };
}
