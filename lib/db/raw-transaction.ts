import { Dexie, RangeSet, cmp, type ObservabilitySet } from 'dexie';

/**
 * A readwrite transaction on the database's own IndexedDB connection, without Dexie's transaction
 * machinery (zones, promise wrapping, middleware: most of a small transaction's CPU time, and a
 * capture is one; see capturePerson). What Dexie would otherwise do for the caller:
 *   - open or reopen the connection (here: once, like Dexie's own retry);
 *   - relaxed durability, as SidecarDB asks of every transaction;
 *   - tell live queries (this context and, by BroadcastChannel, the panel) what changed:
 *     call `announce` with each written row after the transaction completes.
 * Errors are IndexedDB's own: nothing prevents an error event, so a failed request aborts the
 * whole transaction; a synchronous throw (DataCloneError) must be followed by tx.abort(), which
 * runWrite does for its callback.
 */
export async function runWrite<T>(
  db: Dexie,
  storeNames: string[],
  body: (tx: IDBTransaction) => Promise<T>,
): Promise<T> {
  const tx = await writeTransaction(db, storeNames);
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('Transaction aborted', 'AbortError'));
  });
  let result: T;
  try {
    result = await body(tx);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborting: `done` says how.
    }
    done.catch(() => undefined);
    throw error;
  }
  await done;
  return result;
}

async function writeTransaction(db: Dexie, storeNames: string[]): Promise<IDBTransaction> {
  if (!db.isOpen()) await db.open();
  try {
    return db.backendDB().transaction(storeNames, 'readwrite', { durability: 'relaxed' });
  } catch (error) {
    // The browser closed the connection under us (Dexie's PR1398 case): reopen once.
    if (!(error instanceof DOMException) || error.name !== 'InvalidStateError') throw error;
    db.close({ disableAutoOpen: false });
    await db.open();
    return db.backendDB().transaction(storeNames, 'readwrite', { durability: 'relaxed' });
  }
}

/** An IndexedDB request as a promise (resolved in the success event's microtasks: the transaction is still active). */
export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/**
 * Commit as soon as the last request is queued, rather than when IndexedDB notices that nothing is
 * pending (one more round trip to the database process after the last write's result). A request
 * that fails after this still aborts the transaction (its error event is never prevented here).
 */
export function commitNow(tx: IDBTransaction): void {
  if (typeof tx.commit === 'function') tx.commit();
}

export interface WrittenRow {
  table: string;
  /** The row as it was before this write (read in the same transaction), or null for a new row. */
  before: object | null;
  after: object;
}

/**
 * Tell live queries what a committed runWrite changed, as Dexie's observability middleware would:
 * per table, the primary keys, and for each index the keys of the values before and after (a change
 * of an indexed field touches both ranges). Index definitions come from Dexie's schema, so a new
 * index is covered without a change here.
 */
export function announce(db: Dexie, rows: readonly WrittenRow[]): void {
  const parts = new Map<string, RangeSet>();
  const rangeOf = (table: string, index: string): RangeSet => {
    const part = `idb://${db.name}/${table}/${index}`;
    let set = parts.get(part);
    if (!set) parts.set(part, (set = new RangeSet()));
    return set;
  };
  for (const { table, before, after } of rows) {
    const schema = db.core.table(table).schema;
    const key = schema.primaryKey.extractKey!(after);
    rangeOf(table, '').addKey(key);
    // Dexie marks a write whose previous value it did not read as a possible deletion too.
    if (!before) rangeOf(table, ':dels').addKey(key);
    for (const ix of schema.indexes) {
      if (!ix.extractKey) continue;
      const oldKey = before ? ix.extractKey(before) : null;
      const newKey = ix.extractKey(after);
      if (cmp(oldKey, newKey) === 0) continue;
      for (const k of [oldKey, newKey]) {
        if (k == null) continue;
        if (ix.multiEntry && Array.isArray(k)) rangeOf(table, ix.name ?? '').addKeys(k);
        else rangeOf(table, ix.name ?? '').addKey(k);
      }
    }
  }
  Dexie.on.storagemutated.fire(Object.fromEntries(parts) as ObservabilitySet);
}
