import { describe, expect, it } from 'vitest';
import { SidecarDB } from '@/lib/db/schema';
import { captureContact } from '@/lib/worker/capture';
import { logActivity } from '@/lib/worker/activities';
import type { DetectedContact } from '@/lib/domain/contact';
import { matchesQuery } from '@/lib/domain/text-fold';
import { searchNotes, searchPeople } from '@/lib/panel/search-people';

const newDb = () => new SidecarDB(`t-${crypto.randomUUID()}`);
let n = 0;
async function add(db: SidecarDB, name: string, over: Partial<DetectedContact> = {}) {
  n += 1;
  const url = `https://www.linkedin.com/in/person-${n}/`;
  const c: DetectedContact = {
    key: `k${n}`,
    site: 'linkedin',
    name,
    linkedinUrl: url,
    salesNavUrl: null,
    emails: [],
    headline: null,
    title: null,
    company: null,
    location: null,
    role: null,
    automated: false,
    ...over,
  };
  const r = await captureContact(
    db,
    { contact: c, source: { pageKind: 'linkedin-profile', url }, leadSource: 'outbound' },
    { now: n },
  );
  if (!r.ok) throw new Error(r.error);
  return r.value.personId;
}
const names = async (db: SidecarDB, q: string, limit?: number) =>
  (await searchPeople(db, q, limit)).map((p) => p.displayName);

describe('searchPeople', () => {
  it('ignores case and diacritics: "lukasz" finds "Łukasz"', async () => {
    const db = newDb();
    await add(db, 'Łukasz Żółć');
    await add(db, 'Anna Nowak');
    expect(await names(db, 'lukasz')).toEqual(['Łukasz Żółć']);
    expect(await names(db, 'ZOLC')).toEqual(['Łukasz Żółć']);
    expect(await names(db, 'Łuk')).toEqual(['Łukasz Żółć']);
  });

  it('folds both Turkish i: "ilker" finds "İlker", "yilmaz" finds "Yılmaz"', async () => {
    const db = newDb();
    await add(db, 'İlker Yılmaz');
    expect(await names(db, 'ilker')).toEqual(['İlker Yılmaz']);
    expect(await names(db, 'ILKER yilmaz')).toEqual(['İlker Yılmaz']);
  });

  it('transliterates Cyrillic both ways: "olena" finds "Олена", "Олена" finds "Olena"', async () => {
    const db = newDb();
    await add(db, 'Олена Коваль');
    await add(db, 'Olena Shevchenko');
    expect(await names(db, 'olena')).toEqual(['Olena Shevchenko', 'Олена Коваль']);
    expect(await names(db, 'коваль')).toEqual(['Олена Коваль']);
    expect((await names(db, 'Олена')).sort()).toEqual(['Olena Shevchenko', 'Олена Коваль'].sort());
  });

  it('intersects the words of a multi-word query and matches companies and emails', async () => {
    const db = newDb();
    await add(db, 'Anna Nowak', { company: 'Acme', emails: ['anna@acme.example'] });
    await add(db, 'Anna Kowalska', { company: 'Globex' });
    expect(await names(db, 'anna acme')).toEqual(['Anna Nowak']);
    expect(await names(db, 'anna@acme')).toEqual(['Anna Nowak']);
    expect(await names(db, 'glob')).toEqual(['Anna Kowalska']);
    expect(await names(db, '   ')).toEqual([]);
  });

  it("answers a multi-word query in the name's order, or family name first, as one phrase", async () => {
    const db = newDb();
    await add(db, 'Rebecca Anne Thornton');
    await add(db, 'Rebecca Feldman');
    await add(db, 'Thomas Rebecchi');
    await add(db, 'Олена Коваленко');
    expect(await names(db, 'rebecca t')).toEqual(['Rebecca Anne Thornton']);
    expect(await names(db, 'Rebecca Anne Th')).toEqual(['Rebecca Anne Thornton']);
    expect(await names(db, 'thornton reb')).toEqual(['Rebecca Anne Thornton']);
    expect(await names(db, 'olena kov')).toEqual(['Олена Коваленко']);
    expect(await names(db, 'коваленко ол')).toEqual(['Олена Коваленко']);
  });

  it('fills up with out-of-order and cross-field matches when the phrase finds fewer than the limit', async () => {
    const db = newDb();
    await add(db, 'Anna Maria Nowak', { company: 'Acme Robotics' });
    await add(db, 'Nowak Anna');
    await add(db, 'Anna Nowakowska', { company: 'Globex' });
    // "anna nowak" is a phrase prefix of two people; "Anna Maria Nowak" matches only word by word.
    expect((await names(db, 'anna nowak')).sort()).toEqual(['Anna Maria Nowak', 'Anna Nowakowska', 'Nowak Anna']);
    expect(await names(db, 'nowak acme')).toEqual(['Anna Maria Nowak']);
    expect(await names(db, 'robotics anna')).toEqual(['Anna Maria Nowak']);
  });

  it('finds exactly the people every word of the query prefixes, whichever path answers', async () => {
    const db = newDb();
    const given = ['Łukasz', 'Anna', 'Олена', 'İlker', 'สมชาย', 'Rebecca'];
    const family = ['Nowak', 'Коваль', 'Yılmaz', 'ใจดี', 'Thornton', 'Anders'];
    const companies = ['Acme', 'Łąkowe Smaki', 'Севертранс', null];
    let seed = 7;
    const next = (k: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % k;
    const people = [];
    for (let i = 0; i < 60; i++) {
      const name = `${given[next(given.length)]} ${family[next(family.length)]}`;
      const company = companies[next(companies.length)] ?? null;
      people.push({ name, company });
      await add(db, name, { company });
    }
    const all = await db.prospects.toArray();
    const queries = [
      'anna n',
      'nowak anna',
      'olena koval',
      'koval ol',
      'ilker y',
      'yilmaz acme',
      'acme anna',
      'rebecca th',
      'smaki lukasz',
      'севертранс олена',
      'an an',
      'a',
      'สมชาย ใจ',
      'thornton rebecca acme',
    ];
    for (const q of queries) {
      const expected = all
        .filter((p) => matchesQuery(p.searchTokens, q))
        .map((p) => p.id)
        .sort();
      const found = (await searchPeople(db, q, 1_000)).map((p) => p.id).sort();
      expect(found, q).toEqual(expected);
    }
    expect(people).toHaveLength(60);
  });

  it('fills the limit when each person has several tokens under the prefix (word, phrase, address)', async () => {
    const db = newDb();
    for (let i = 0; i < 60; i++) await add(db, `Maria Zając${i}`, { emails: [`maria.z${i}@example.com`] });
    expect(await names(db, 'm', 50)).toHaveLength(50);
    expect(await names(db, 'mar', 50)).toHaveLength(50);
    expect(await names(db, 'maria z', 50)).toHaveLength(50);
    expect(await names(db, 'm', 100)).toHaveLength(60);
  });

  it('caps the results', async () => {
    const db = newDb();
    for (let i = 0; i < 12; i++) await add(db, `Marta ${i}`);
    expect(await names(db, 'marta', 5)).toHaveLength(5);
  });

  it('finds notes by folded text', async () => {
    const db = newDb();
    const id = await add(db, 'Anna Nowak');
    await logActivity(db, { kind: 'note', personId: id, at: 5, text: 'Wants a Żółty pilot in Q3' }, { now: 5 });
    const hits = await searchNotes(db, 'zolty');
    expect(hits.map((h) => h.person.displayName)).toEqual(['Anna Nowak']);
    expect(await searchNotes(db, 'zo')).toEqual([]);
  });
});
