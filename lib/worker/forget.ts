import type { Result } from '../domain/result';
import { suppressionKeyOfInput, suppressionKeysOf, type SuppressionKey } from '../domain/suppression';
import type { SidecarDB } from '../db/schema';
import { addSuppressions, findSuppressed, listSalts } from '../db/repositories/suppressions';
import { dropFromDetections } from '../tabs/suppressed-contacts';
import { hashesOf, keepSalt, saltForNewEntries, suppressionRowsOf } from './suppression';
import { readBefore, runUseCase, type Call } from './use-case';

const personTables = (db: SidecarDB) => [db.prospects, db.deals, db.activities, db.followUps, db.cadenceRuns];

/**
 * Delete a person and everything only theirs (deals, activities, follow-ups, cadence runs) inside
 * the caller's transaction (personTables): nothing is left pointing at them.
 */
export async function deletePersonIn(db: SidecarDB, personId: string): Promise<boolean> {
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

const sameKeys = (a: readonly SuppressionKey[], b: readonly SuppressionKey[]) =>
  a.map((k) => k.key).join('\n') === b.map((k) => k.key).join('\n');

/** Take a forgotten person's addresses out of the emails logged on other people's timelines. */
async function scrubAddresses(db: SidecarDB, emails: readonly string[]): Promise<void> {
  if (emails.length === 0) return;
  const gone = new Set(emails);
  await db.activities
    .filter((a) => a.kind === 'email' && a.participants.some((p) => gone.has(p)))
    .modify((a) => {
      if (a.kind === 'email') a.participants = a.participants.filter((p) => !gone.has(p));
    });
}

/**
 * "Forget this person" (the right to erasure, GDPR Art. 17): they go with everything only theirs (deals
 * they alone are on: every deal has one person), their addresses leave other people's logged emails,
 * and their addresses and LinkedIn profile go on the suppression list as salted hashes, so no page,
 * import or restore brings them back. The salt and the hashes are made before the transaction
 * (crypto.subtle); a person whose keys changed meanwhile (a capture added an address) answers conflict.
 * Once committed, the tabs' detections drop them and their overlays say "Not tracked".
 */
export async function forgetPerson(db: SidecarDB, input: { personId: string }, call: Call): Promise<Result<object>> {
  const prepared = await readBefore(async () => {
    const before = await db.prospects.get(input.personId);
    return { keys: before ? suppressionKeysOf(before) : [], salt: await saltForNewEntries(db, call.now) };
  });
  if (!prepared.ok) return prepared;
  const { keys, salt } = prepared.value;
  const rows = await suppressionRowsOf(salt, keys, call.now);
  const tables = [...personTables(db), db.suppressions, db.suppressionSalts];
  const forgotten = await runUseCase(db, 'forgetPerson', call, tables, async () => {
    const person = await db.prospects.get(input.personId);
    if (!person) return { ok: false, error: 'not-found' };
    if (!sameKeys(suppressionKeysOf(person), keys) || !(await keepSalt(db, salt)))
      return { ok: false, error: 'conflict' };
    await scrubAddresses(db, person.emails);
    await deletePersonIn(db, person.id);
    await addSuppressions(db, rows);
    return { ok: true, value: {} };
  });
  // The tabs' detections are the last place their name and addresses are (storage.session).
  const listed = new Set(keys.map((k) => k.key));
  if (forgotten.ok && listed.size > 0)
    await dropFromDetections((c) => suppressionKeysOf(c).some((k) => listed.has(k.key)));
  return forgotten;
}

/**
 * Lift an entry of the suppression list: the user types the address (or the LinkedIn profile link)
 * again, since the list itself names nobody. Answers how many entries went (0: it was not listed).
 */
export async function liftSuppression(
  db: SidecarDB,
  input: { address: string },
  call: Call,
): Promise<Result<{ lifted: number }>> {
  const key = suppressionKeyOfInput(input.address);
  if (!key) return { ok: false, error: 'invalid-input', detail: 'not an address or a LinkedIn profile' };
  const salts = await readBefore(() => listSalts(db));
  if (!salts.ok) return salts;
  const hashes = await hashesOf(salts.value, [key]);
  return runUseCase(db, 'liftSuppression', call, [db.suppressions], async () => {
    const listed = await findSuppressed(db, hashes);
    await db.suppressions.bulkDelete([...listed]);
    return { ok: true, value: { lifted: listed.size } };
  });
}
