import { describe, expect, it } from 'vitest';
import { SidecarDB } from '@/lib/db/schema';
import { makePerson, uuid } from '../domain/make-entities';
import { createAtVersion } from './schema-history';

describe('schema upgrade → v10', () => {
  it('v9 → v10: people lose the lifecycle and updatedAt indexes; every person stays as they were and is still found', async () => {
    const name = `up10-${crypto.randomUUID()}`;
    const person = makePerson({
      id: uuid(1),
      displayName: 'Олена Коваленко',
      linkedinUrl: 'https://www.linkedin.com/in/olena-k/',
      linkedinKey: 'olena-k',
      lifecycle: 'customer',
    });
    await createAtVersion(name, 9, (old) => old.table('prospects').add(person));
    const db = new SidecarDB(name);
    await db.open();
    expect(db.verno).toBe(10);
    const indexes = db.prospects.schema.indexes.map((i) => i.name).sort();
    expect(indexes).toEqual(['createdAt', 'emails', 'linkedinKey', 'salesNavUrls', 'searchTokens']);
    // The browser's own store agrees: the indexes are gone, not only Dexie's idea of them.
    const stored = db.backendDB().transaction('prospects').objectStore('prospects').indexNames;
    expect([...stored].sort()).toEqual(indexes);
    expect(await db.prospects.get(uuid(1))).toEqual(person);
    expect(await db.prospects.where('linkedinKey').equals('olena-k').primaryKeys()).toEqual([uuid(1)]);
    db.close();
  });
});
