import type { Page } from '@playwright/test';

/** Every row of one object store of the extension's database, read from an extension page (same origin). */
export function readStore<T = Record<string, unknown>>(extensionPage: Page, store: string): Promise<T[]> {
  return extensionPage.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('sidecar');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => {
            resolve(all.result as T[]);
            open.result.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
    store,
  );
}
