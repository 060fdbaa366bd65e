import { describe, expect, it } from 'vitest';
import { SidecarDB } from '@/lib/db/schema';
import { computePersonSearchTokens, PersonSchema } from '@/lib/domain/person';
import { searchTokensOf } from '@/lib/domain/text-fold';
import { searchPeople } from '@/lib/panel/search-people';
import { NOW, makePerson, uuid } from '../domain/make-entities';
import { createAtVersion, v1Cagla } from './schema-history';

// People as v2–v4 stored them: word tokens only, no phrases.
const PEOPLE = [
  makePerson({ id: uuid(1), displayName: 'Rebecca Anne Thornton', company: 'Łąkowe Smaki' }),
  makePerson({ id: uuid(2), displayName: 'Олена Коваленко', emails: ['olena@example.com'] }),
  makePerson({ id: uuid(3), displayName: 'Rebecca Feldman' }),
].map((p) => ({
  ...p,
  searchTokens: searchTokensOf(p.displayName, p.givenName, p.familyName, p.company, ...p.emails),
}));

/** Open at the newest version: every person kept whole with phrase tokens, and phrase queries answer. */
async function expectUpgradedPeople(name: string): Promise<void> {
  const db = new SidecarDB(name);
  await db.open();
  expect(db.verno).toBeGreaterThanOrEqual(5);
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
  for (const version of [2, 3, 4] as const) {
    it(`v${version} → v5: every person kept, search tokens gain name and company phrases`, async () => {
      const name = `up5-${crypto.randomUUID()}`;
      await createAtVersion(name, version, (old) => old.table('prospects').bulkAdd(PEOPLE));
      await expectUpgradedPeople(name);
    });
  }

  it('v1 → v5: a v1 prospect becomes a Person with phrase tokens', async () => {
    const name = `up5-${crypto.randomUUID()}`;
    const row = v1Cagla(NOW);
    await createAtVersion(name, 1, (v1) => v1.table('prospects').add(row));
    const db = new SidecarDB(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(5);
    expect((await db.prospects.get(row.id))?.searchTokens).toEqual(
      expect.arrayContaining(['cagla ozturk', 'ozturk cagla']),
    );
    expect((await searchPeople(db, 'ozturk c')).map((p) => p.id)).toEqual([row.id]);
    db.close();
  });
});
