import type { Page } from '@playwright/test';

/** The extension's people by display name, read from its IndexedDB through an extension page. */
export const peopleIds = (extensionPage: Page): Promise<Record<string, string>> =>
  extensionPage.evaluate(
    () =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const open = indexedDB.open('sidecar');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const q = open.result.transaction('prospects').objectStore('prospects').getAll();
          q.onsuccess = () => {
            resolve(
              Object.fromEntries((q.result as { id: string; displayName: string }[]).map((p) => [p.displayName, p.id])),
            );
            open.result.close();
          };
        };
      }),
  );
