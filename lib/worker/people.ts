import { PersonSchema, PERSON_TRACKED_FIELDS, computePersonSearchTokens, type Person } from '../domain/person';
import { normalizeEmailSet } from '../domain/email-address';
import { stampOf, trackValues } from '../domain/provenance';
import {
  answerCriterion,
  setQualificationStatus,
  type BantAnswer,
  type BantKey,
  type QualificationStatus,
} from '../domain/qualification';
import type { Result } from '../domain/result';
import type { SidecarDB } from '../db/schema';
import { runUseCase, type Call } from './use-case';

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
export function updatePerson(
  db: SidecarDB,
  input: { personId: string; patch: PersonPatch },
  call: Call,
): Promise<Result<object>> {
  return runUseCase(db, 'updatePerson', call, [db.prospects], async () => {
    const { patch } = input;
    const person = await db.prospects.get(input.personId);
    if (!person) return { ok: false, error: 'not-found' };
    const next: Person = { ...person, ...patch, provenance: { ...person.provenance }, updatedAt: call.now };
    if (patch.emails) next.emails = normalizeEmailSet(patch.emails);
    for (const field of PERSON_TRACKED_FIELDS) {
      if (field in patch && patch[field as keyof PersonPatch] !== person[field])
        next.provenance[field] = { source: 'user', at: call.now };
    }
    next.searchTokens = computePersonSearchTokens(next);
    const parsed = PersonSchema.safeParse(trackValues(next, stampOf('user', call.now), person));
    if (!parsed.success) return { ok: false, error: 'invalid-input', detail: parsed.error.message };
    await db.prospects.put(parsed.data);
    return { ok: true, value: {} };
  });
}

export interface QualificationChange {
  criterion?: { key: BantKey; answer: BantAnswer; note?: string | undefined } | undefined;
  fit?: number | null | undefined;
  status?: QualificationStatus | undefined;
}

/** Answer BANT, set fit, or mark MQL/SQL (the user's call, never automatic); a status change is on the timeline. */
export function changeQualification(
  db: SidecarDB,
  input: { personId: string } & QualificationChange,
  call: Call,
): Promise<Result<object>> {
  return runUseCase(db, 'changeQualification', call, [db.prospects, db.activities], async () => {
    const person = await db.prospects.get(input.personId);
    if (!person) return { ok: false, error: 'not-found' };
    let q = person.qualification;
    if (input.criterion) q = answerCriterion(q, input.criterion.key, input.criterion.answer, input.criterion.note);
    if (input.fit !== undefined) q = { ...q, fit: input.fit };
    if (input.status) q = setQualificationStatus(q, input.status, call.now);
    const lifecycle = q.status === 'sql' ? 'sql' : q.status === 'mql' ? 'mql' : person.lifecycle;
    await db.prospects.put({
      ...person,
      qualification: q,
      lifecycle: person.lifecycle === 'customer' ? 'customer' : lifecycle,
      updatedAt: call.now,
    });
    if (q.status !== person.qualification.status) {
      await db.activities.add({
        id: crypto.randomUUID(),
        personId: person.id,
        at: call.now,
        createdAt: call.now,
        kind: 'qualification-change',
        fromStatus: person.qualification.status,
        toStatus: q.status,
      });
    }
    return { ok: true, value: {} };
  });
}
