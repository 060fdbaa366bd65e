import type { DetectedContact, PageKind } from './contact';
import { normalizeEmailSet } from './email-address';
import { canonicalizeLinkedinProfileUrl, linkedinIdentityKey, parseSalesNavLeadUrl } from './linkedin-url';
import {
  capPersonLists,
  computePersonSearchTokens,
  isEmptyValue,
  isUserOwned,
  type LeadSource,
  type Person,
  type PersonSource,
} from './person';
import { stampOf, trackValues } from './provenance';
import { createQualification } from './qualification';

/** The page a contact was captured from. */
export type CaptureSource = { pageKind: PageKind; url: string };

type CapturedField = 'displayName' | 'headline' | 'title' | 'company' | 'location' | 'linkedinUrl';
type CapturedFields = Record<CapturedField, string>;

function fieldsOf(contact: DetectedContact): Partial<CapturedFields> {
  const linkedinUrl = contact.linkedinUrl ? canonicalizeLinkedinProfileUrl(contact.linkedinUrl) : null;
  const fields: Partial<CapturedFields> = {};
  if (contact.name) fields.displayName = contact.name;
  if (contact.headline) fields.headline = contact.headline;
  if (contact.title) fields.title = contact.title;
  if (contact.company) fields.company = contact.company;
  if (contact.location) fields.location = contact.location;
  if (linkedinUrl) fields.linkedinUrl = linkedinUrl;
  return fields;
}

/** Add or refresh the sighting of a page (one entry per URL). */
export function recordSource(
  sources: readonly PersonSource[],
  site: PersonSource['site'],
  source: CaptureSource,
  now: number,
): PersonSource[] {
  const existing = sources.find((s) => s.url === source.url);
  if (!existing)
    return [...sources, { site, pageKind: source.pageKind, url: source.url, firstSeen: now, lastSeen: now }];
  return sources.map((s) => (s === existing ? { ...s, lastSeen: Math.max(s.lastSeen, now) } : s));
}

function addSalesNavAlias(aliases: readonly string[], url: string | null): string[] {
  const canonical = url ? parseSalesNavLeadUrl(url)?.canonical : undefined;
  return canonical && !aliases.includes(canonical) ? [...aliases, canonical] : [...aliases];
}

// Gmail knows only the address at first; a name that is just an address is a placeholder to replace.
function isPlaceholderName(person: Person): boolean {
  return person.displayName.includes('@') && !isUserOwned(person, 'displayName');
}

/**
 * Capture a known person again: fill fields that are empty, add e-mails and aliases, record the page.
 * Never overwrites a value, and never refills a field the user edited (even one they cleared). The
 * lists stay within PERSON_LIMITS (the first addresses and aliases are kept; see capPersonLists).
 */
export function mergeContactIntoPerson(
  person: Person,
  contact: DetectedContact,
  source: CaptureSource,
  now: number,
  stamp = stampOf(contact.site, now, source),
): Person {
  const next: Person = { ...person, provenance: { ...person.provenance } };
  const fields = fieldsOf(contact);
  for (const field of Object.keys(fields) as CapturedField[]) {
    const value = fields[field];
    if (value === undefined || isUserOwned(person, field)) continue;
    const empty = field === 'displayName' ? isPlaceholderName(person) : isEmptyValue(person[field]);
    if (!empty || person[field] === value) continue;
    next[field] = value;
    next.provenance[field] = stamp;
  }
  if (next.linkedinUrl !== person.linkedinUrl && next.linkedinUrl !== null)
    next.linkedinKey = linkedinIdentityKey(next.linkedinUrl);
  next.emails = normalizeEmailSet([...person.emails, ...contact.emails]);
  next.salesNavUrls = addSalesNavAlias(person.salesNavUrls, contact.salesNavUrl);
  next.sources = recordSource(person.sources, contact.site, source, now);
  next.searchTokens = computePersonSearchTokens(next);
  next.updatedAt = now;
  // Someone seen on a thousand pages stays one valid, restorable person: the lists stop growing.
  return capPersonLists(trackValues(next, stamp, person));
}

/** Create a person from a first capture; the caller supplies the id. Returns null when there is no name or address to show. */
export function createPersonFromContact(
  id: string,
  contact: DetectedContact,
  source: CaptureSource,
  leadSource: LeadSource,
  now: number,
  stamp = stampOf(contact.site, now, source),
): Person | null {
  const emails = normalizeEmailSet(contact.emails);
  const displayName = contact.name ?? emails[0];
  if (displayName === undefined) return null;
  const empty: Person = {
    id,
    displayName,
    givenName: null,
    familyName: null,
    headline: null,
    title: null,
    company: null,
    companyId: null,
    location: null,
    linkedinUrl: null,
    linkedinKey: null,
    salesNavUrls: [],
    emails: [],
    phones: [],
    tags: [],
    leadSource,
    lifecycle: 'prospect',
    sources: [],
    provenance: {},
    qualification: createQualification(),
    searchTokens: [],
    createdAt: now,
    updatedAt: now,
  };
  const person = mergeContactIntoPerson(empty, contact, source, now, stamp);
  // One stamp object for every field filled: IndexedDB's serializer writes an object once and refers
  // back to it after, so a new person's six equal stamps are stored as one (about a fifth of its bytes).
  return contact.name ? { ...person, provenance: { ...person.provenance, displayName: stamp } } : person;
}
