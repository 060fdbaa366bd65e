import { Dexie, RangeSet, type ObservabilitySet } from 'dexie';

/**
 * An extension page's connection must never hold up the worker's schema upgrade (an upgrade waits,
 * "blocked", until every other connection closes, and every write waits with it). On `versionchange`
 * this page closes its connection at once, reopens once the upgrade is done (IndexedDB serves the
 * reopen after it) and lets its live queries read again; when the database is now newer than this
 * page's code knows (the extension was updated under it), the page reloads to get the new code.
 * Returns a function that stops watching.
 */
export function reopenAfterUpgrades(db: Dexie, reload: () => void = () => location.reload()): () => void {
  const onVersionChange = (event: IDBVersionChangeEvent) => {
    db.close({ disableAutoOpen: false });
    if (!event.newVersion) return; // the database is being deleted: the next read recreates it
    db.open().then(
      () => rereadLiveQueries(db),
      (error: unknown) => {
        if ((error as { name?: string }).name === 'VersionError') reload();
        else console.error('[sidecar] reopening the database failed', error);
      },
    );
  };
  db.on('versionchange', onVersionChange);
  return () => db.on('versionchange').unsubscribe(onVersionChange);
}

/** Tell every live query on this database that anything may have changed (an upgrade may rewrite rows). */
function rereadLiveQueries(db: Dexie): void {
  const all = (): RangeSet => new RangeSet(Dexie.minKey, Dexie.maxKey);
  const parts: Record<string, RangeSet> = {};
  for (const table of db.tables) {
    for (const index of ['', ...table.schema.indexes.map((ix) => ix.name)])
      parts[`idb://${db.name}/${table.name}/${index}`] = all();
  }
  Dexie.on.storagemutated.fire(parts as ObservabilitySet);
}
