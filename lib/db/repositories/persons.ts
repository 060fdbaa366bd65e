import type { DetectedContact } from '../../domain/contact';
import { identityOfContact as identityOf, resolveIdentity, type ContactIdentity } from '../../domain/identity';
import type { SidecarDB } from '../schema';
import type { PersonRow } from '../rows';

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
export async function findPersonFor(
  db: SidecarDB,
  contact: Pick<DetectedContact, 'linkedinUrl' | 'salesNavUrl' | 'emails'>,
): Promise<PersonRow | undefined> {
  const id = identityOf(contact);
  const candidates = await findCandidates(db, id);
  const resolution = resolveIdentity(id, candidates);
  // The candidates are the rows themselves: no second read.
  return resolution.kind === 'match' ? candidates.find((c) => c.id === resolution.personId) : undefined;
}
