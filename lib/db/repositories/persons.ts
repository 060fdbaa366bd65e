import type { DetectedContact } from '../../domain/contact';
import { identityOfContact as identityOf, resolveIdentity, type ContactIdentity } from '../../domain/identity';
import { createPersonFromContact, mergeContactIntoPerson, type CaptureSource } from '../../domain/person-capture';
import type { LeadSource } from '../../domain/person';
import type { SidecarDB } from '../schema';
import type { PersonRow } from '../rows';

export type { CaptureSource };

/** The people an incoming contact could be, by index only (no scan): LinkedIn key, lead alias, emails. */
export async function findCandidates(db: SidecarDB, id: ContactIdentity): Promise<PersonRow[]> {
  const [byKey, byAlias, byEmail] = await Promise.all([
    id.linkedinKey ? db.prospects.where('linkedinKey').equals(id.linkedinKey).toArray() : [],
    id.salesNavUrl ? db.prospects.where('salesNavUrls').equals(id.salesNavUrl).toArray() : [],
    id.emails.length ? db.prospects.where('emails').anyOf(id.emails).toArray() : [],
  ]);
  const seen = new Map<string, PersonRow>();
  for (const p of [...byKey, ...byAlias, ...byEmail]) seen.set(p.id, p);
  return [...seen.values()];
}

/** Find the person a contact is, when the evidence is exact (see resolveIdentity). */
export async function findPersonFor(db: SidecarDB, contact: Pick<DetectedContact, 'linkedinUrl' | 'salesNavUrl' | 'emails'>): Promise<PersonRow | undefined> {
  const id = identityOf(contact);
  const candidates = await findCandidates(db, id);
  const resolution = resolveIdentity(id, candidates);
  return resolution.kind === 'match' ? db.prospects.get(resolution.personId) : undefined;
}

export interface CaptureResult {
  personId: string;
  created: boolean;
}

/**
 * Resolve and capture a contact in one transaction: idempotent and atomic. IndexedDB serialises
 * readwrite transactions over the same stores, so 20 concurrent captures of one person see each
 * other's writes; the unique index on linkedinKey is the last line of defence. A known person only
 * gets empty fields filled and the new source recorded (user edits are never overwritten).
 */
export async function capturePerson(
  db: SidecarDB, contact: DetectedContact, source: CaptureSource, now: number, leadSource: LeadSource = 'outbound',
): Promise<CaptureResult> {
  return db.transaction('rw', db.prospects, db.activities, async () => {
    const id = identityOf(contact);
    const candidates = await findCandidates(db, id);
    const resolution = resolveIdentity(id, candidates);
    if (resolution.kind === 'match') {
      // The candidates are whole rows read in this transaction: no second read.
      const person = candidates.find((c) => c.id === resolution.personId);
      if (person) {
        await db.prospects.put(mergeContactIntoPerson(person, contact, source, now));
        return { personId: person.id, created: false };
      }
    }
    const created = createPersonFromContact(crypto.randomUUID(), contact, source, leadSource, now);
    if (!created) throw new Error('contact has neither a name nor an email address');
    const person: PersonRow = { ...created, lifecycle: 'lead' };
    await db.prospects.add(person);
    await db.activities.add({
      id: crypto.randomUUID(), personId: person.id, at: now, createdAt: now, kind: 'captured',
      site: contact.site, pageKind: source.pageKind, url: source.url.slice(0, 4000),
    });
    return { personId: person.id, created: true };
  });
}
