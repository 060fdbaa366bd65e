import type { Dexie } from 'dexie';

/** fake-indexeddb's transaction internals: every request of every store, index and cursor is queued here. */
interface FakeTransaction {
  _execRequestAsync(obj: { source?: unknown; operation: () => unknown; request?: unknown }): unknown;
}

/**
 * Fail the n-th IndexedDB request from now on (1-based; null: fail none, only count) with
 * QuotaExceededError, as a full disk does: the request's error event fires and, not prevented, the
 * transaction aborts. Below Dexie, in fake-indexeddb's request queue (FDBTransaction), so every
 * request counts: reads, writes, index and cursor requests, whatever issued them.
 */
export function failRequest(n: number | null): { count: () => number; restore: () => void } {
  const proto = (globalThis.IDBTransaction as unknown as { prototype: FakeTransaction }).prototype;
  const original = proto._execRequestAsync;
  let seen = 0;
  proto._execRequestAsync = function (this: FakeTransaction, obj) {
    if (!obj.source) return original.call(this, obj); // internal steps (index creation), not requests
    seen += 1;
    if (seen !== n) return original.call(this, obj);
    return original.call(this, {
      ...obj,
      operation: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    });
  };
  return { count: () => seen, restore: () => void (proto._execRequestAsync = original) };
}

/** Every table of a database, every row, in primary-key order: equal snapshots are equal databases. */
export async function snapshot(db: Dexie): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const));
  return Object.fromEntries(entries);
}
