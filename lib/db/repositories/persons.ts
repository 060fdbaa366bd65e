import type { DetectedContact } from '../../domain/contact';
import { identityOfContact as identityOf, resolveIdentity, type ContactIdentity } from '../../domain/identity';
import { createPersonFromContact, mergeContactIntoPerson, type CaptureSource } from '../../domain/person-capture';
import type { LeadSource } from '../../domain/person';
import type { SidecarDB } from '../schema';
import type { ActivityRow, PersonRow } from '../rows';
import { announce, commitNow, request, runWrite } from '../raw-transaction';

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

export interface CaptureResult {
  personId: string;
  created: boolean;
}

/** A capture and the person as it wrote them: callers answer from the row instead of reading it back. */
export interface CapturedPerson extends CaptureResult {
  person: PersonRow;
}

/** findCandidates inside a raw transaction: the same index reads, issued together. */
async function readCandidates(prospects: IDBObjectStore, id: ContactIdentity): Promise<PersonRow[]> {
  const reads: Promise<PersonRow[]>[] = [];
  if (id.linkedinKey) reads.push(request(prospects.index('linkedinKey').getAll(id.linkedinKey)));
  if (id.salesNavUrl) reads.push(request(prospects.index('salesNavUrls').getAll(id.salesNavUrl)));
  for (const email of id.emails) reads.push(request(prospects.index('emails').getAll(email)));
  const seen = new Map<string, PersonRow>();
  for (const rows of await Promise.all(reads)) for (const p of rows) seen.set(p.id, p);
  return [...seen.values()];
}

/**
 * Resolve and capture a contact in one transaction: idempotent and atomic. IndexedDB serialises
 * readwrite transactions over the same stores, so 20 concurrent captures of one person see each
 * other's writes; the unique index on linkedinKey is the last line of defence. A known person only
 * gets empty fields filled and the new source recorded (user edits are never overwritten).
 *
 * A click waits for this (bench db.capture.p95_ms), so it runs on IndexedDB directly (runWrite):
 * Dexie's transaction machinery was most of its CPU time. Two round trips to the database: the
 * candidates (every identity key's index read at once), then the writes with the commit. Live
 * queries hear of the writes as from Dexie (announce).
 */
export async function capturePerson(
  db: SidecarDB,
  contact: DetectedContact,
  source: CaptureSource,
  now: number,
  leadSource: LeadSource = 'outbound',
): Promise<CaptureResult> {
  const { personId, created } = await capturePersonRow(db, contact, source, now, leadSource);
  return { personId, created };
}

/** capturePerson, also answering with the person's row as written. */
export async function capturePersonRow(
  db: SidecarDB,
  contact: DetectedContact,
  source: CaptureSource,
  now: number,
  leadSource: LeadSource = 'outbound',
): Promise<CapturedPerson> {
  const id = identityOf(contact);
  const { result, written } = await runWrite(db, ['prospects', 'activities'], async (tx) => {
    const prospects = tx.objectStore('prospects');
    const candidates = await readCandidates(prospects, id);
    const resolution = resolveIdentity(id, candidates);
    if (resolution.kind === 'match') {
      // The candidates are whole rows read in this transaction: no second read.
      const known = candidates.find((c) => c.id === resolution.personId);
      if (known) {
        const person = mergeContactIntoPerson(known, contact, source, now);
        prospects.put(person);
        commitNow(tx);
        return {
          result: { personId: person.id, created: false, person },
          written: [{ table: 'prospects', before: known, after: person }],
        };
      }
    }
    const created = createPersonFromContact(crypto.randomUUID(), contact, source, leadSource, now);
    if (!created) throw new Error('contact has neither a name nor an email address');
    const person: PersonRow = { ...created, lifecycle: 'lead' };
    const activity: ActivityRow = {
      id: crypto.randomUUID(),
      personId: person.id,
      at: now,
      createdAt: now,
      kind: 'captured',
      site: contact.site,
      pageKind: source.pageKind,
      url: source.url.slice(0, 4000),
    };
    // IndexedDB runs a transaction's requests in order; a failure of either aborts both.
    prospects.add(person);
    tx.objectStore('activities').add(activity);
    commitNow(tx);
    return {
      result: { personId: person.id, created: true, person },
      written: [
        { table: 'prospects', before: null, after: person },
        { table: 'activities', before: null, after: activity },
      ],
    };
  });
  announce(db, written);
  return result;
}
