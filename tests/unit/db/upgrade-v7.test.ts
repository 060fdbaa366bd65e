import { describe, expect, it } from 'vitest';
import { SidecarDB } from '@/lib/db/schema';
import { STORES } from '@/lib/db/versions';
import { PERSON_LIMITS, PersonSchema, type Person } from '@/lib/domain/person';
import { ActivitySchema } from '@/lib/domain/activity';
import { makePerson, NOW, uuid } from '../domain/make-entities';
import { createAtVersion, v1Cagla } from './schema-history';

const LATEST = Math.max(...Object.keys(STORES).map(Number));

/** A person as a capture stored it before the limits held: 260 pages, 70 addresses. */
const overgrown = (n: number): Person =>
  makePerson({
    id: uuid(n),
    displayName: 'Ілля Мельник',
    sources: Array.from({ length: 260 }, (_, i) => ({
      site: 'linkedin' as const,
      pageKind: 'linkedin-search-people' as const,
      url: `https://www.linkedin.com/search/results/people/?page=${i}`,
      firstSeen: NOW + i,
      lastSeen: NOW + i,
    })),
    emails: Array.from({ length: 70 }, (_, i) => `illia.${i}@example.com.ua`),
  });

const mergeActivity = (survivorBefore: Person, absorbed: Person) => ({
  id: uuid(500),
  personId: survivorBefore.id,
  at: NOW,
  createdAt: NOW,
  kind: 'merge',
  absorbedPersonId: absorbed.id,
  undo: { survivorBefore, absorbed, movedActivityIds: [], movedDealIds: [], movedFollowUpIds: [] },
});

async function openLatest(name: string): Promise<SidecarDB> {
  const db = new SidecarDB(name);
  await db.open();
  expect(db.verno).toBe(LATEST);
  for (const table of ['operations', 'jobs', 'jobData', 'stagedRows'])
    expect(await db.table(table).count(), table).toBe(0);
  return db;
}

describe('schema upgrade → v7', () => {
  for (const version of [2, 3, 4, 5] as const) {
    it(`v${version} → v7: people beyond the limits are capped (never dropped), merge undo too; new tables empty`, async () => {
      const name = `up7-${crypto.randomUUID()}`;
      const small = makePerson({ id: uuid(2), displayName: 'สมชาย ใจดี' });
      await createAtVersion(name, version, async (old) => {
        await old.table('prospects').bulkAdd([overgrown(1), small]);
        await old.table('activities').add(mergeActivity(overgrown(3), overgrown(4)));
      });
      const db = await openLatest(name);
      const people = await db.prospects.toArray();
      expect(people).toHaveLength(2);
      for (const p of people) expect(PersonSchema.safeParse(p).success, p.displayName).toBe(true);
      const capped = people.find((p) => p.id === uuid(1))!;
      expect(capped.sources).toHaveLength(PERSON_LIMITS.sources);
      expect(capped.emails).toHaveLength(PERSON_LIMITS.emails);
      expect(people.find((p) => p.id === uuid(2))).toEqual(small);
      const [merge] = await db.activities.toArray();
      expect(ActivitySchema.safeParse(merge).success).toBe(true);
      db.close();
    });
  }

  it('v1 → v7: a v1 prospect arrives whole', async () => {
    const name = `up7-${crypto.randomUUID()}`;
    const row = v1Cagla(NOW);
    await createAtVersion(name, 1, (v1) => v1.table('prospects').add(row));
    const db = await openLatest(name);
    expect(await db.prospects.get(row.id)).toMatchObject({ displayName: 'Çağla Öztürk', linkedinKey: 'cagla' });
    db.close();
  });
});
