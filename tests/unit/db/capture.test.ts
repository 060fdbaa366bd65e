import { describe, expect, it, vi } from 'vitest';
import { liveQuery } from 'dexie';
import { SidecarDB } from '@/lib/db/schema';
import { capturePerson as captureContact, capturePersonRow, findPersonFor } from '@/lib/db/repositories/persons';
import type { DetectedContact } from '@/lib/domain/contact';

const newDb = () => new SidecarDB(`t-${crypto.randomUUID()}`);

const contact = (over: Partial<DetectedContact> = {}): DetectedContact => ({
  key: 'k',
  site: 'linkedin',
  name: 'Łukasz Żółć',
  linkedinUrl: 'https://www.linkedin.com/in/lukasz-zolc/',
  salesNavUrl: null,
  emails: [],
  headline: null,
  title: null,
  company: null,
  location: null,
  role: null,
  automated: false,
  ...over,
});
const source = { pageKind: 'linkedin-profile' as const, url: 'https://www.linkedin.com/in/lukasz-zolc/' };

describe('captureContact', () => {
  it('20 concurrent captures of one person make exactly one prospect', async () => {
    const db = newDb();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        captureContact(db, contact(), { ...source, url: `${source.url}?tab=${i}` }, 1000 + i),
      ),
    );
    expect(await db.prospects.count()).toBe(1);
    expect(new Set(results.map((r) => r.personId)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const [row] = await db.prospects.toArray();
    expect(row?.sources).toHaveLength(20);
  });

  it('two spellings of one URL are one person', async () => {
    const db = newDb();
    await captureContact(
      db,
      contact({ linkedinUrl: 'https://www.linkedin.com/in/%D0%BE%D0%BB%D0%B5%D0%BD%D0%B0/' }),
      source,
      1,
    );
    await captureContact(
      db,
      contact({ linkedinUrl: 'https://www.linkedin.com/in/%d0%be%d0%bb%d0%b5%d0%bd%d0%b0/' }),
      source,
      2,
    );
    expect(await db.prospects.count()).toBe(1);
  });

  it('matches a Gmail contact to a LinkedIn prospect by email, filling empty fields only', async () => {
    const db = newDb();
    await captureContact(db, contact({ emails: ['Lukasz@Example.com'], headline: 'CTO' }), source, 1);
    const again = await captureContact(
      db,
      contact({
        site: 'gmail',
        linkedinUrl: null,
        name: 'Lukasz Z',
        emails: ['lukasz@example.com'],
        headline: 'Intern',
      }),
      { pageKind: 'gmail-thread', url: 'https://mail.google.com/mail/u/0/#inbox/x' },
      2,
    );
    expect(again.created).toBe(false);
    const [row] = await db.prospects.toArray();
    expect(row).toMatchObject({ displayName: 'Łukasz Żółć', headline: 'CTO', emails: ['lukasz@example.com'] });
    expect(row?.sources.map((s) => s.pageKind)).toEqual(['linkedin-profile', 'gmail-thread']);
  });
});

describe('captureContact on IndexedDB directly', () => {
  it('answers with the row it stored, for a new and for a known person', async () => {
    const db = newDb();
    const first = await capturePersonRow(db, contact({ headline: 'CTO' }), source, 1);
    expect(first.created).toBe(true);
    expect(await db.prospects.get(first.personId)).toEqual(first.person);
    expect(await db.activities.where('personId').equals(first.personId).toArray()).toMatchObject([
      { kind: 'captured', at: 1 },
    ]);
    const again = await capturePersonRow(
      db,
      contact({ emails: ['lukasz@example.com'] }),
      { ...source, url: `${source.url}?2` },
      2,
    );
    expect(again).toMatchObject({ personId: first.personId, created: false });
    expect(await db.prospects.get(first.personId)).toEqual(again.person);
    expect(again.person).toMatchObject({ headline: 'CTO', emails: ['lukasz@example.com'], updatedAt: 2 });
  });

  it('finds a known person by each identity key (LinkedIn key, Sales Navigator alias, email) as findPersonFor does', async () => {
    const db = newDb();
    const lead = 'https://www.linkedin.com/sales/lead/ACwAAB123,NAME_SEARCH,abc';
    const { personId } = await captureContact(
      db,
      contact({ emails: ['anna@severtrans.ru'], salesNavUrl: lead }),
      source,
      1,
    );
    for (const probe of [
      contact({ emails: [] }),
      contact({ linkedinUrl: null, emails: ['Anna@Severtrans.ru'] }),
      contact({ linkedinUrl: null, salesNavUrl: lead }),
    ]) {
      expect((await findPersonFor(db, probe))?.id).toBe(personId);
      expect(await captureContact(db, probe, source, 2)).toEqual({ personId, created: false });
    }
    expect(await db.prospects.count()).toBe(1);
  });

  it('tells live queries about the capture, like a Dexie write', async () => {
    const db = newDb();
    const seen: number[] = [];
    const sub = liveQuery(() => db.prospects.where('linkedinKey').equals('lukasz-zolc').count()).subscribe((n) =>
      seen.push(n),
    );
    await vi.waitFor(() => expect(seen).toEqual([0]));
    await captureContact(db, contact(), source, 1);
    await vi.waitFor(() => expect(seen).toEqual([0, 1]));
    const timeline: number[] = [];
    const sub2 = liveQuery(() => db.activities.count()).subscribe((n) => timeline.push(n));
    await vi.waitFor(() => expect(timeline).toEqual([1]));
    await captureContact(db, contact({ linkedinUrl: 'https://www.linkedin.com/in/olena/' }), source, 2);
    await vi.waitFor(() => expect(timeline).toEqual([1, 2]));
    sub.unsubscribe();
    sub2.unsubscribe();
  });

  it('stores nothing when a write fails before the commit (atomic: no person without their "captured" activity)', async () => {
    const db = newDb();
    const add = IDBObjectStore.prototype.add;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'activities') throw new DOMException('cannot clone', 'DataCloneError');
      return add.apply(this, args);
    });
    try {
      await expect(captureContact(db, contact(), source, 1)).rejects.toThrow('cannot clone');
    } finally {
      spy.mockRestore();
    }
    expect(await db.prospects.count()).toBe(0);
    expect(await db.activities.count()).toBe(0);
    // The database is still usable afterwards.
    expect((await captureContact(db, contact(), source, 2)).created).toBe(true);
  });
});
