import { Dexie, type DBCore, type Middleware } from 'dexie';

// A capture checks the suppression list before its transaction (lib/worker/suppression.ts). Most
// users never forget anyone, so that check would be a transaction of its own on every capture, for
// an answer that changes only when these two tables do. A generation counter, moved by every write to
// them, lets the check keep what it read until then.
const TABLES = new Set(['suppressions', 'suppressionSalts']);
let generation = 0;

/** Changes whenever the suppression tables may have changed, in this context or another. */
export const suppressionGeneration = (): number => generation;

/**
 * Moves the generation when a write to the suppression tables is asked for and when it settles: a
 * read that overlapped a write is never kept (this instance's writes, before they commit).
 */
export const suppressionWatch: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'sidecar-suppression-watch',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (!TABLES.has(name)) return table;
      return {
        ...table,
        mutate: (req) => {
          generation++;
          return table.mutate(req).finally(() => generation++);
        },
      };
    },
  }),
};

// Writes by other connections and contexts (Dexie's cross-context broadcast, and its local event).
Dexie.on('storagemutated', (parts) => {
  // A part is idb://<database>/<table>/<index>.
  if (Object.keys(parts).some((part) => TABLES.has(part.split('/')[3] ?? ''))) generation++;
});
