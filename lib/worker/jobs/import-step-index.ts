import type { ContactIdentity } from '../../domain/identity';
import type { PersonRow } from '../../db/rows';
import type { SidecarDB } from '../../db/schema';

/**
 * The people one step of an import can match, read for all its rows at once (their LinkedIn keys,
 * addresses and derived ids) instead of several requests per row, and kept in step with the step's
 * own writes so that two rows about one person in the same step find each other.
 */
export class ImportStepIndex {
  private readonly byId = new Map<string, PersonRow>();
  private readonly byKey = new Map<string, string>();
  private readonly byEmail = new Map<string, Set<string>>();

  /**
   * One point read per key, all issued together: `anyOf` over a thousand keys walks a cursor, one
   * round trip per key, and took 2.5 times as long (230 against 90 ms for 1,000 keys among 50,000 people).
   */
  static async load(
    db: SidecarDB,
    identities: readonly ContactIdentity[],
    ids: readonly string[],
  ): Promise<ImportStepIndex> {
    const keys = [...new Set(identities.flatMap((i) => i.linkedinKey ?? []))];
    const emails = [...new Set(identities.flatMap((i) => i.emails))];
    const [byKey, byEmail, byId] = await Promise.all([
      Promise.all(keys.map((k) => db.prospects.get({ linkedinKey: k }))),
      Promise.all(emails.map((e) => db.prospects.where('emails').equals(e).toArray())),
      db.prospects.bulkGet([...ids]),
    ]);
    const index = new ImportStepIndex();
    for (const p of [...byKey, ...byEmail.flat(), ...byId]) if (p) index.note(p);
    return index;
  }

  /** A person as stored now (read, or written by this step). */
  note(person: PersonRow): void {
    const before = this.byId.get(person.id);
    if (before?.linkedinKey && before.linkedinKey !== person.linkedinKey) this.byKey.delete(before.linkedinKey);
    this.byId.set(person.id, person);
    if (person.linkedinKey) this.byKey.set(person.linkedinKey, person.id);
    for (const e of person.emails) this.byEmail.set(e, (this.byEmail.get(e) ?? new Set()).add(person.id));
  }

  /** The ids of everyone read or written so far. */
  ids(): string[] {
    return [...this.byId.keys()];
  }

  get(id: string): PersonRow | undefined {
    return this.byId.get(id);
  }

  hasKey(key: string): boolean {
    return this.byKey.has(key);
  }

  /** Everyone the identity could be, as findCandidates reads them (LinkedIn key, addresses). */
  candidates(identity: ContactIdentity): PersonRow[] {
    const ids = new Set<string>();
    const key = identity.linkedinKey && this.byKey.get(identity.linkedinKey);
    if (key) ids.add(key);
    for (const e of identity.emails) for (const id of this.byEmail.get(e) ?? []) ids.add(id);
    return [...ids].flatMap((id) => this.byId.get(id) ?? []);
  }
}
