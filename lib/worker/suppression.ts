import { normalizeEmail } from '../domain/email-address';
import type { SuppressionKey } from '../domain/suppression';
import type { SidecarDB } from '../db/schema';
import type { SuppressionRow, SuppressionSaltRow } from '../db/rows';
import { findSuppressed, listSalts } from '../db/repositories/suppressions';
import { suppressionGeneration } from '../db/suppression-watch';

const hex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
const bytesOf = (hexText: string) => Uint8Array.from(hexText.match(/../g) ?? [], (b) => parseInt(b, 16));

// A page reports the same few people on every batch: their hashes are kept (bounded) rather than made again.
const memo = new Map<string, string>();
const MEMO_MAX = 5000;

/** SHA-256 of the salt's bytes then the key's UTF-8 (crypto.subtle: call it before a transaction, never inside). */
export async function hashKey(salt: SuppressionSaltRow, key: string): Promise<string> {
  const id = `${salt.id}\u0000${key}`;
  const known = memo.get(id);
  if (known) return known;
  const input = new Uint8Array([...bytesOf(salt.salt), ...new TextEncoder().encode(key)]);
  const hash = hex(await crypto.subtle.digest('SHA-256', input));
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(id, hash);
  return hash;
}

/**
 * The salt new entries are hashed with: the oldest, or a new random one (not stored yet: the use-case
 * that adds the first entry stores it in its own transaction, see keepSalt).
 */
export async function saltForNewEntries(db: SidecarDB, now: number): Promise<SuppressionSaltRow> {
  const [first] = await listSalts(db);
  return (
    first ?? {
      id: crypto.randomUUID(),
      salt: hex(crypto.getRandomValues(new Uint8Array(32)).buffer),
      createdAt: now,
    }
  );
}

/**
 * Inside the transaction: store the salt the entries were hashed with if it is new; false when
 * another salt became the first meanwhile (the hashes would not be found: answer conflict).
 */
export async function keepSalt(db: SidecarDB, salt: SuppressionSaltRow): Promise<boolean> {
  const [first] = await listSalts(db);
  if (first) return first.id === salt.id;
  await db.suppressionSalts.add(salt);
  return true;
}

/** The list entries that forget these keys (hashed with the first salt). */
export async function suppressionRowsOf(
  salt: SuppressionSaltRow,
  keys: readonly SuppressionKey[],
  now: number,
): Promise<SuppressionRow[]> {
  return Promise.all(
    keys.map(async (k) => ({ id: await hashKey(salt, k.key), saltId: salt.id, kind: k.kind, at: now })),
  );
}

/** The salts of a non-empty list, as last read, with the suppression tables' generation then. */
const known = new WeakMap<SidecarDB, { generation: number; salts: SuppressionSaltRow[] }>();

/**
 * The salts to hash with, or none when the list is empty; read again only after a write to the
 * suppression tables (suppression-watch.ts). A read that overlapped such a write is used once, not kept.
 */
async function saltsInUse(db: SidecarDB): Promise<SuppressionSaltRow[]> {
  const generation = suppressionGeneration();
  const kept = known.get(db);
  if (kept?.generation === generation) return kept.salts;
  const [salts, entries] = await db.transaction('r', [db.suppressionSalts, db.suppressions], () =>
    Promise.all([listSalts(db), db.suppressions.count()]),
  );
  const inUse = entries === 0 ? [] : salts;
  if (suppressionGeneration() === generation) known.set(db, { generation, salts: inUse });
  return inUse;
}

/** Every hash a key may be listed under: one per salt. */
export const hashesOf = (salts: readonly SuppressionSaltRow[], keys: readonly SuppressionKey[]): Promise<string[]> =>
  Promise.all(salts.flatMap((s) => keys.map((k) => hashKey(s, k.key))));

/**
 * Which of several people (each given by their identity keys) are on the suppression list. Reads the
 * salts, hashes, and looks the hashes up: call it before a transaction. Without any salt (nobody was
 * ever forgotten) nothing is hashed.
 */
export async function suppressedAmong(db: SidecarDB, people: readonly SuppressionKey[][]): Promise<boolean[]> {
  const salts = await saltsInUse(db);
  if (salts.length === 0) return people.map(() => false);
  const hashes = await Promise.all(people.map((keys) => hashesOf(salts, keys)));
  const listed = await findSuppressed(db, hashes.flat());
  return hashes.map((hs) => hs.some((h) => listed.has(h)));
}

/** The addresses among these (normalised) that are on the suppression list; before a transaction. */
export async function suppressedAddresses(db: SidecarDB, emails: readonly string[]): Promise<Set<string>> {
  const normalised = [...new Set(emails.flatMap((e) => normalizeEmail(e) ?? []))];
  const flags = await suppressedAmong(
    db,
    normalised.map((e) => [{ kind: 'email' as const, key: `email:${e}` }]),
  );
  return new Set(normalised.filter((_, i) => flags[i]));
}
