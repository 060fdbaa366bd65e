import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import type { ProspectRowV1 } from '@/lib/db/migrations/v1-rows';
import { SidecarDB } from '@/lib/db/schema';
import { STORES } from '@/lib/db/versions';
import { computePersonSearchTokens, PersonSchema } from '@/lib/domain/person';
import { searchTokensOf } from '@/lib/domain/text-fold';
import { searchPeople } from '@/lib/panel/search-people';
import { NOW, makePerson, uuid } from '../domain/make-entities';

// Earlier schemas exactly as released (lib/db/versions.ts keeps every version's stores).
const V2 = { ...STORES[1], ...STORES[2] };
const V3 = { ...V2, ...STORES[3] };
const V4 = { ...V3, ...STORES[4] };

// People as v2–v4 stored them: word tokens only, no phrases.
const PEOPLE = [
  makePerson({ id: uuid(1), displayName: 'Rebecca Anne Thornton', company: 'Łąkowe Smaki' }),
  makePerson({ id: uuid(2), displayName: 'Олена Коваленко', emails: ['olena@example.com'] }),
  makePerson({ id: uuid(3), displayName: 'Rebecca Feldman' }),
].map((p) => ({ ...p, searchTokens: searchTokensOf(p.displayName, p.givenName, p.familyName, p.company, ...p.emails) }));

async function create(name: string, version: number, stores: Record<string, string>): Promise<void> {
  const old = new Dexie(name);
  old.version(version).stores(stores);
  await old.table('prospects').bulkAdd(PEOPLE);
  old.close();
}

/** Open at the newest version: every person kept whole with phrase tokens, and phrase queries answer. */
async function expectUpgradedPeople(name: string): Promise<void> {
  const db = new SidecarDB(name);
  await db.open();
  expect(db.verno).toBe(5);
  const rows = await db.prospects.toArray();
  expect(rows).toHaveLength(PEOPLE.length);
  for (const person of PEOPLE) {
    const row = rows.find((r) => r.id === person.id)!;
    expect(row).toEqual({ ...person, searchTokens: computePersonSearchTokens(person) });
    expect(PersonSchema.safeParse(row).success).toBe(true);
  }
  expect(await db.prospects.where('searchTokens').startsWith('rebecca anne th').primaryKeys()).toEqual([uuid(1)]);
  expect((await searchPeople(db, 'thornton reb')).map((p) => p.id)).toEqual([uuid(1)]);
  expect((await searchPeople(db, 'kovalenko ol')).map((p) => p.id)).toEqual([uuid(2)]);
  db.close();
}

describe('schema upgrade → v5', () => {
  for (const [version, stores] of [[2, V2], [3, V3], [4, V4]] as const) {
    it(`v${version} → v5: every person kept, search tokens gain name and company phrases`, async () => {
      const name = `up5-${crypto.randomUUID()}`;
      await create(name, version, stores);
      await expectUpgradedPeople(name);
    });
  }

  it('v1 → v5: a v1 prospect becomes a Person with phrase tokens', async () => {
    const name = `up5-${crypto.randomUUID()}`;
    const row: ProspectRowV1 = {
      id: crypto.randomUUID(), name: 'Çağla Öztürk', headline: null, title: null, company: null, location: null,
      linkedinUrl: 'https://www.linkedin.com/in/cagla/', linkedinKey: 'cagla', emails: [], emailKeys: [], lifecycle: 'lead',
      sources: [], createdAt: NOW, updatedAt: NOW,
    };
    const v1 = new Dexie(name);
    v1.version(1).stores(STORES[1]);
    await v1.table('prospects').add(row);
    v1.close();
    const db = new SidecarDB(name);
    await db.open();
    expect(db.verno).toBe(5);
    expect((await db.prospects.get(row.id))?.searchTokens).toEqual(expect.arrayContaining(['cagla ozturk', 'ozturk cagla']));
    expect((await searchPeople(db, 'ozturk c')).map((p) => p.id)).toEqual([row.id]);
    db.close();
  });
});
