import { PersonSchema, PERSON_TRACKED_FIELDS, computePersonSearchTokens, type Person } from '../../domain/person';
import { normalizeEmailSet } from '../../domain/email-address';
import {
  answerCriterion,
  setQualificationStatus,
  type BantAnswer,
  type BantKey,
  type QualificationStatus,
} from '../../domain/qualification';
import type { Result } from '../../domain/result';
import type { SidecarDB } from '../schema';
import type { PersonRow } from '../rows';

export type PersonPatch = Partial<
  Pick<
    Person,
    | 'displayName'
    | 'givenName'
    | 'familyName'
    | 'headline'
    | 'title'
    | 'company'
    | 'location'
    | 'phones'
    | 'tags'
    | 'leadSource'
    | 'lifecycle'
    | 'emails'
  >
>;

/**
 * A user edit: each changed tracked field gets provenance 'user', so later captures never overwrite
 * it. The whole person is validated before it is stored; an invalid edit stores nothing.
 */
export async function updatePerson(
  db: SidecarDB,
  personId: string,
  patch: PersonPatch,
  now: number,
): Promise<Result<PersonRow, 'not-found' | 'invalid-input'>> {
  return db.transaction('rw', db.prospects, async () => {
    const person = await db.prospects.get(personId);
    if (!person) return { ok: false, error: 'not-found' } as const;
    const next: Person = { ...person, ...patch, provenance: { ...person.provenance }, updatedAt: now };
    if (patch.emails) next.emails = normalizeEmailSet(patch.emails);
    for (const field of PERSON_TRACKED_FIELDS) {
      if (field in patch && patch[field as keyof PersonPatch] !== person[field])
        next.provenance[field] = { source: 'user', at: now };
    }
    next.searchTokens = computePersonSearchTokens(next);
    const parsed = PersonSchema.safeParse(next);
    if (!parsed.success) return { ok: false, error: 'invalid-input', detail: parsed.error.message } as const;
    await db.prospects.put(parsed.data);
    return { ok: true, value: parsed.data } as const;
  });
}

export interface QualificationChange {
  criterion?: { key: BantKey; answer: BantAnswer; note?: string | undefined };
  fit?: number | null;
  status?: QualificationStatus;
}

/** Answer BANT, set fit, or mark MQL/SQL (the user's call, never automatic); a status change is on the timeline. */
export async function changeQualification(
  db: SidecarDB,
  personId: string,
  change: QualificationChange,
  now: number,
): Promise<Result<PersonRow, 'not-found'>> {
  return db.transaction('rw', db.prospects, db.activities, async () => {
    const person = await db.prospects.get(personId);
    if (!person) return { ok: false, error: 'not-found' } as const;
    let q = person.qualification;
    if (change.criterion) q = answerCriterion(q, change.criterion.key, change.criterion.answer, change.criterion.note);
    if (change.fit !== undefined) q = { ...q, fit: change.fit };
    if (change.status) q = setQualificationStatus(q, change.status, now);
    const lifecycle = q.status === 'sql' ? 'sql' : q.status === 'mql' ? 'mql' : person.lifecycle;
    const next = {
      ...person,
      qualification: q,
      lifecycle: person.lifecycle === 'customer' ? ('customer' as const) : lifecycle,
      updatedAt: now,
    };
    await db.prospects.put(next);
    if (q.status !== person.qualification.status) {
      await db.activities.add({
        id: crypto.randomUUID(),
        personId,
        at: now,
        createdAt: now,
        kind: 'qualification-change',
        fromStatus: person.qualification.status,
        toStatus: q.status,
      });
    }
    return { ok: true, value: next } as const;
  });
}

/** Delete a person and everything that hangs off them (the user's right to be forgotten, or a mistake). */
export async function deletePerson(db: SidecarDB, personId: string): Promise<void> {
  await db.transaction('rw', db.prospects, db.deals, db.activities, db.followUps, async () => {
    await Promise.all([
      db.deals.where('personId').equals(personId).delete(),
      db.activities.where('personId').equals(personId).delete(),
      db.followUps.where('personId').equals(personId).delete(),
    ]);
    await db.prospects.delete(personId);
  });
}
