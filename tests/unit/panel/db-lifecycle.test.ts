import { describe, expect, it, vi } from 'vitest';
import { Dexie, liveQuery } from 'dexie';
import { reopenAfterUpgrades } from '@/lib/panel/db-lifecycle';

describe('an extension page’s database connection across upgrades', () => {
  it('closes on versionchange so the worker’s upgrade is not blocked, then reads on', async () => {
    const name = `vc-${crypto.randomUUID()}`;
    const page = new Dexie(name);
    page.version(1).stores({ people: 'id' });
    await page.table('people').put({ id: 'a' });
    const reload = vi.fn();
    reopenAfterUpgrades(page, reload);
    const blocked = vi.fn();
    const worker = new Dexie(name);
    worker.on('blocked', blocked);
    worker.version(1).stores({ people: 'id' });
    worker.version(2).stores({ people: 'id', jobs: 'id' });
    await worker.open();
    expect(worker.verno).toBe(2);
    expect(blocked).not.toHaveBeenCalled();
    // Dexie 4 opens a newer database whose tables it knows: the page reads on without a reload.
    expect(await page.table('people').count()).toBe(1);
    expect(reload).not.toHaveBeenCalled();
    worker.close();
  });

  it('after another context’s version change of the same schema, it reopens and live queries read again', async () => {
    const name = `vc-${crypto.randomUUID()}`;
    const declare = (db: Dexie) => db.version(1).stores({ people: 'id' });
    const page = new Dexie(name);
    declare(page);
    reopenAfterUpgrades(page, () => {
      throw new Error('no reload expected');
    });
    const seen: number[] = [];
    const sub = liveQuery(() => page.table('people').count()).subscribe((n) => seen.push(n));
    await vi.waitFor(() => expect(seen).toEqual([0]));
    // Another context bumps the version with raw IndexedDB (as a newer build would) and adds a row in
    // the upgrade, which no Dexie event announces; the page must reopen and re-read.
    const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 20);
      req.onupgradeneeded = () => req.transaction!.objectStore('people').put({ id: 'from-upgrade' });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    upgraded.close();
    await vi.waitFor(() => expect(seen.at(-1)).toBe(1));
    sub.unsubscribe();
  });
});
