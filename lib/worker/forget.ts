import type { Result } from '../domain/result';
import type { SidecarDB } from '../db/schema';
import { runUseCase, type Call } from './use-case';

const personTables = (db: SidecarDB) => [db.prospects, db.deals, db.activities, db.followUps, db.cadenceRuns];

/**
 * Delete a person and everything only theirs (deals, activities, follow-ups, cadence runs) inside
 * the caller's transaction (personTables): nothing is left pointing at them.
 */
async function deletePersonIn(db: SidecarDB, personId: string): Promise<boolean> {
  if (!(await db.prospects.get(personId))) return false;
  await Promise.all([
    db.deals.where('personId').equals(personId).delete(),
    db.activities.where('personId').equals(personId).delete(),
    db.followUps.where('personId').equals(personId).delete(),
    db.cadenceRuns.where('personId').equals(personId).delete(),
  ]);
  await db.prospects.delete(personId);
  return true;
}

/** Delete a person (a mistake, a duplicate): they and everything only theirs go. Deleting nobody is fine. */
export function deletePerson(db: SidecarDB, input: { personId: string }, call: Call): Promise<Result<object>> {
  return runUseCase(db, 'deletePerson', call, personTables(db), async () => {
    await deletePersonIn(db, input.personId);
    return { ok: true, value: {} };
  });
}

/**
 * "Forget this person" (the right to erasure): for now the same deletion, answering not-found for
 * someone unknown. TODO(issue 20): also keep them on the suppression list, so no capture, import or
 * restore brings them back.
 */
export function forgetPerson(db: SidecarDB, input: { personId: string }, call: Call): Promise<Result<object>> {
  return runUseCase(db, 'forgetPerson', call, personTables(db), async () =>
    (await deletePersonIn(db, input.personId)) ? { ok: true, value: {} } : { ok: false, error: 'not-found' },
  );
}
