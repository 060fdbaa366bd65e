import type { DetectedContact } from '../domain/contact';
import { identityOfContact, resolveIdentity } from '../domain/identity';
import { createPersonFromContact, mergeContactIntoPerson, type CaptureSource } from '../domain/person-capture';
import type { LeadSource } from '../domain/person';
import type { Result } from '../domain/result';
import { suppressionKeysOf } from '../domain/suppression';
import type { SidecarDB } from '../db/schema';
import type { ActivityRow, PersonRow } from '../db/rows';
import { findCandidates } from '../db/repositories/persons';
import type { CaptureDealTexts } from '../domain/capture-deal';
import { placeCapturedPerson, placeTables } from './capture-deal';
import { suppressedAmong } from './suppression';
import { readBefore, runUseCase, type Call } from './use-case';

/** The tables a capture writes; a transaction calling capturePersonIn must include them. */
export const captureTables = (db: SidecarDB) => [db.prospects, db.activities];

export interface CapturedPerson {
  personId: string;
  created: boolean;
  person: PersonRow;
}

/** Ids a capture gives a new person and their "captured" activity (an import derives them from its line). */
export interface CaptureIds {
  personId: string;
  activityId: string;
}

/**
 * The one write path from a contact to a person, inside the caller's transaction: resolve the
 * contact's identity (LinkedIn key, lead alias, emails) by index, then fill a known person's empty
 * fields and record the page, or create the person with a "captured" activity. IndexedDB runs
 * readwrite transactions over the same stores one at a time, so concurrent captures of one person
 * see each other's writes; the unique index on linkedinKey is the last line of defence. With `ids`
 * (an import's line), a person already stored under that id is this line's own earlier write: kept.
 */
export async function capturePersonIn(
  db: SidecarDB,
  contact: DetectedContact,
  source: CaptureSource,
  now: number,
  leadSource: LeadSource = 'outbound',
  ids?: CaptureIds,
): Promise<Result<CapturedPerson, 'invalid-input'>> {
  const identity = identityOfContact(contact);
  const candidates = await findCandidates(db, identity);
  const resolution = resolveIdentity(identity, candidates);
  const known = resolution.kind === 'match' ? candidates.find((c) => c.id === resolution.personId) : undefined;
  if (known) {
    const person = mergeContactIntoPerson(known, contact, source, now);
    await db.prospects.put(person);
    return { ok: true, value: { personId: person.id, created: false, person } };
  }
  const earlier = ids && (await db.prospects.get(ids.personId));
  if (earlier) return { ok: true, value: { personId: earlier.id, created: false, person: earlier } };
  const created = createPersonFromContact(ids?.personId ?? crypto.randomUUID(), contact, source, leadSource, now);
  if (!created) return { ok: false, error: 'invalid-input', detail: 'contact has neither a name nor an email address' };
  const person: PersonRow = { ...created, lifecycle: 'lead' };
  const activity: ActivityRow = {
    id: ids?.activityId ?? crypto.randomUUID(),
    personId: person.id,
    at: now,
    createdAt: now,
    kind: 'captured',
    site: contact.site,
    pageKind: source.pageKind,
    url: source.url.slice(0, 4000),
  };
  await db.prospects.add(person);
  await db.activities.add(activity);
  return { ok: true, value: { personId: person.id, created: true, person } };
}

/**
 * Refuse a contact that was forgotten (on the suppression list): never captured again. Before a
 * transaction; a storage failure answers as the use-case would.
 */
export async function refuseSuppressed(db: SidecarDB, contact: DetectedContact): Promise<Result<null>> {
  const flags = await readBefore(() => suppressedAmong(db, [suppressionKeysOf(contact)]));
  if (!flags.ok) return flags;
  return flags.value[0] ? { ok: false, error: 'suppressed' } : { ok: true, value: null };
}

/**
 * Capture by hand (the panel's form): the person is created or completed, unless they were forgotten.
 * With `place` (the deal's texts in the user's language, read before the transaction), someone new is
 * put on the board in the same transaction (issue 19: capture lands on the board).
 */
export async function captureContact(
  db: SidecarDB,
  input: { contact: DetectedContact; source: CaptureSource; leadSource: LeadSource; place?: CaptureDealTexts },
  call: Call,
): Promise<Result<{ personId: string; created: boolean }>> {
  const allowed = await refuseSuppressed(db, input.contact);
  if (!allowed.ok) return allowed;
  return runUseCase(db, 'captureContact', call, [...captureTables(db), ...placeTables(db)], async () => {
    const r = await capturePersonIn(db, input.contact, input.source, call.now, input.leadSource);
    if (!r.ok) return r;
    if (r.value.created && input.place) await placeCapturedPerson(db, r.value.personId, call.now, input.place);
    return { ok: true, value: { personId: r.value.personId, created: r.value.created } };
  });
}
