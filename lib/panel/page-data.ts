import type { DetectedContact } from '../domain/contact';
import { identityOfContact } from '../domain/identity';
import type { SidecarDB } from '../db/schema';
import type { DealRow, PersonRow } from '../db/rows';

// What the default view reads, and nothing more (issue 16: it read every person and every open deal
// on each write, and a burst of writes from a page starved the panel). Run inside live queries:
// Dexie re-runs a live query only when a write touches what it read, so each key is its own `equals`
// (an `anyOf` is one cursor over the span from the smallest key to the largest, which every unrelated
// address in between would touch).

/** The people the page's contacts already are, and their deals: index lookups by identity keys. */
export interface KnownOnPage {
  people: PersonRow[];
  /** Every deal of those people (open and closed: a lost or won deal says where they stand too). */
  deals: DealRow[];
}

/** The identity keys of the page's contacts, as one string: the live query's dependency. */
export function identityKeysOf(contacts: readonly DetectedContact[]): string {
  return contacts
    .map((c) => {
      const id = identityOfContact(c);
      return [id.linkedinKey ?? '', id.salesNavUrl ?? '', ...id.emails].join(' ');
    })
    .join('\n');
}

/** Read the people matching the contacts' LinkedIn keys, Sales Navigator leads and addresses, and their deals. */
export async function loadKnownOnPage(db: SidecarDB, contacts: readonly DetectedContact[]): Promise<KnownOnPage> {
  // One lookup per (index, key), however many contacts share it.
  const lookups = new Map<string, [string, string]>();
  for (const id of contacts.map(identityOfContact)) {
    if (id.linkedinKey) lookups.set(`linkedinKey:${id.linkedinKey}`, ['linkedinKey', id.linkedinKey]);
    if (id.salesNavUrl) lookups.set(`salesNavUrls:${id.salesNavUrl}`, ['salesNavUrls', id.salesNavUrl]);
    for (const email of id.emails) lookups.set(`emails:${email}`, ['emails', email]);
  }
  const found = await Promise.all(
    [...lookups.values()].map(([index, key]) => db.prospects.where(index).equals(key).toArray()),
  );
  const people = [...new Map(found.flat().map((p) => [p.id, p])).values()];
  const deals = await Promise.all(people.map((p) => db.deals.where('personId').equals(p.id).toArray()));
  return { people, deals: deals.flat() };
}

/** The deals of some people (the shown rows of a list): one `equals` each, as above. */
export async function loadDealsOf(db: SidecarDB, personIds: readonly string[]): Promise<DealRow[]> {
  const deals = await Promise.all(personIds.map((id) => db.deals.where('personId').equals(id).toArray()));
  return deals.flat();
}

/** The Pipeline list's page: the `limit` newest people (createdAt index) and how many there are (a count). */
export async function loadPipelinePage(db: SidecarDB, limit: number): Promise<{ people: PersonRow[]; total: number }> {
  const [people, total] = await Promise.all([
    db.prospects.orderBy('createdAt').reverse().limit(limit).toArray(),
    db.prospects.count(),
  ]);
  return { people, total };
}
