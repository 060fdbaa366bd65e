import { Dexie, RangeSet, type ObservabilitySet } from 'dexie';
import { describe, expect, it } from 'vitest';
import { suppressionGeneration } from '@/lib/db/suppression-watch';
import { freshDb } from './test-db';

const part = (name: string): ObservabilitySet =>
  ({ [name]: new RangeSet(Dexie.minKey, Dexie.maxKey) }) as ObservabilitySet;

describe('the suppression tables generation', () => {
  it('moves on a write to the list through this context, and not on other tables', async () => {
    const db = await freshDb();
    const before = suppressionGeneration();
    await db.meta.put({ id: 'x', value: 1 } as never);
    expect(suppressionGeneration()).toBe(before);
    await db.suppressionSalts.add({ id: 's', salt: '00', createdAt: 1 });
    expect(suppressionGeneration()).toBeGreaterThan(before);
    db.close();
  });

  it('moves when another context reports a change to either table (Dexie broadcasts it as storagemutated)', () => {
    for (const table of ['suppressions', 'suppressionSalts']) {
      const before = suppressionGeneration();
      Dexie.on.storagemutated.fire(part(`idb://sidecar/${table}/`));
      expect(suppressionGeneration()).toBe(before + 1);
    }
    const before = suppressionGeneration();
    Dexie.on.storagemutated.fire(part('idb://sidecar/prospects/'));
    Dexie.on.storagemutated.fire(part('idb://sidecar/suppressionsArchive/'));
    expect(suppressionGeneration()).toBe(before);
  });
});
