import type { DetectedContact } from '../domain/contact';
import { normalizeEmailSet } from '../domain/email-address';
import { linkedinIdentityKey } from '../domain/linkedin-url';
import { createPersonFromContact, recordSource, type CaptureSource } from '../domain/person-capture';
import {
  capPersonLists,
  computePersonSearchTokens,
  isEmptyValue,
  isUserOwned,
  PERSON_TRACKED_FIELDS,
  type Person,
  type PersonTrackedField,
} from '../domain/person';
import { stampOf, trackValues } from '../domain/provenance';
import type { ImportRow } from './csv-rows';

/** A row as the identity resolver and the suppression list read a contact. */
export function contactOfRow(row: ImportRow): DetectedContact {
  return {
    key: `csv:${row.line}`,
    site: 'csv',
    name: row.displayName,
    linkedinUrl: row.linkedinUrl,
    salesNavUrl: null,
    emails: row.emails,
    headline: row.headline,
    title: row.title,
    company: row.company,
    location: row.location,
    role: null,
    automated: false,
  };
}

// Every tracked field a file's cell can fill; the company link, lead source and lifecycle are set otherwise.
const ROW_FIELDS = PERSON_TRACKED_FIELDS.filter(
  (f): f is Exclude<PersonTrackedField, 'companyId' | 'leadSource' | 'lifecycle'> =>
    f !== 'companyId' && f !== 'leadSource' && f !== 'lifecycle',
);

const union = (a: readonly string[], b: readonly string[]) => [...a, ...b.filter((x) => !a.includes(x))];

/**
 * What a row adds to a person already stored: empty fields filled (never one the user typed or
 * cleared), addresses, phones and tags added. Null when it adds nothing, so importing a file again
 * writes nothing and leaves `updatedAt` as it was.
 */
export function mergeRowIntoPerson(person: Person, row: ImportRow, source: CaptureSource, now: number): Person | null {
  const stamp = stampOf('csv', now, source);
  const next: Person = { ...person, provenance: { ...person.provenance } };
  let changed = false;
  for (const field of ROW_FIELDS) {
    const value = row[field];
    if (value === null || isUserOwned(person, field)) continue;
    const placeholder = field === 'displayName' && person.displayName.includes('@');
    if (!placeholder && !isEmptyValue(person[field])) continue;
    if (person[field] === value) continue;
    next[field] = value;
    next.provenance[field] = stamp;
    changed = true;
  }
  if (next.linkedinUrl !== person.linkedinUrl && next.linkedinUrl)
    next.linkedinKey = linkedinIdentityKey(next.linkedinUrl);
  next.emails = normalizeEmailSet([...person.emails, ...row.emails]);
  next.phones = union(person.phones, row.phones);
  next.tags = union(person.tags, row.tags);
  const lists = (['emails', 'phones', 'tags'] as const).some((k) => next[k].length !== person[k].length);
  if (!changed && !lists) return null;
  next.sources = recordSource(person.sources, 'csv', source, now);
  next.searchTokens = computePersonSearchTokens(next);
  next.updatedAt = now;
  return capPersonLists(trackValues(next, stamp, person));
}

/** A new person from a row (null without a name or an address); the caller supplies the id. */
export function personOfRow(id: string, row: ImportRow, source: CaptureSource, now: number): Person | null {
  const stamp = stampOf('csv', now, source);
  const created = createPersonFromContact(id, contactOfRow(row), source, row.leadSource ?? 'other', now, stamp);
  if (!created) return null;
  const person: Person = {
    ...created,
    givenName: row.givenName,
    familyName: row.familyName,
    phones: row.phones,
    tags: row.tags,
    lifecycle: row.lifecycle ?? 'lead',
    provenance: {
      ...created.provenance,
      ...(row.givenName ? { givenName: stamp } : {}),
      ...(row.familyName ? { familyName: stamp } : {}),
      ...(row.lifecycle ? { lifecycle: stamp } : {}),
    },
  };
  person.searchTokens = computePersonSearchTokens(person);
  return capPersonLists(trackValues(person, stamp));
}
