import { describe, expect, it } from 'vitest';
import { SidecarDB } from '@/lib/db/schema';
import { STORES } from '@/lib/db/versions';
import { makePerson, uuid } from '../domain/make-entities';
import { createAtVersion } from './schema-history';

describe('schema upgrade → v9', () => {
  it('v7 → v9: the suppression list and its salts start empty; every row stays as it was', async () => {
    const name = `up9-${crypto.randomUUID()}`;
    const person = makePerson({ id: uuid(1), displayName: 'Олена Коваленко' });
    await createAtVersion(name, 7, (old) => old.table('prospects').add(person));
    const db = new SidecarDB(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(9);
    expect(Object.keys(STORES)).not.toContain('8');
    expect(await db.prospects.get(uuid(1))).toEqual(person);
    expect([await db.suppressions.count(), await db.suppressionSalts.count()]).toEqual([0, 0]);
    db.close();
  });
});
