import { afterEach, describe, expect, it, vi } from 'vitest';
import { SidecarDB } from '@/lib/db/schema';

/** The durability each IndexedDB transaction was opened with, by the stores it covers. */
function recordDurability(): { seen: { stores: string[]; mode: string; durability: unknown }[] } {
  const seen: { stores: string[]; mode: string; durability: unknown }[] = [];
  const original = IDBDatabase.prototype.transaction;
  vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
    this: IDBDatabase,
    stores: string | Iterable<string>,
    mode?: IDBTransactionMode,
    options?: IDBTransactionOptions,
  ) {
    seen.push({
      stores: typeof stores === 'string' ? [stores] : [...stores],
      mode: mode ?? 'readonly',
      durability: options?.durability,
    });
    return original.call(this, stores, mode, options);
  });
  return { seen };
}

afterEach(() => vi.restoreAllMocks());

describe('durability (docs/ARCHITECTURE.md)', () => {
  it('a write that records a user operation or a job is strict; the worker’s bookkeeping is relaxed', async () => {
    // Before open: Dexie binds the connection's transaction method when it opens.
    const { seen } = recordDurability();
    const db = new SidecarDB(`t-${crypto.randomUUID()}`);
    await db.open();
    seen.length = 0;
    await db.transaction('rw', db.operations, db.prospects, () =>
      db.operations.put({ id: 'op-1', name: 'captureManual', at: 1, reply: null }),
    );
    await db.transaction('rw', db.jobs, () => db.jobs.delete('none'));
    await db.detectionStats.put({ day: '2026-01-01', pageKind: 'other', pages: 1, contacts: 0, degraded: 0 });
    await db.operations.toArray();
    expect(seen.map((s) => [s.stores.join(','), s.mode, s.durability])).toEqual([
      ['operations,prospects', 'readwrite', 'strict'],
      ['jobs', 'readwrite', 'strict'],
      ['detectionStats', 'readwrite', 'relaxed'],
      ['operations', 'readonly', 'relaxed'],
    ]);
    db.close();
  });
});
