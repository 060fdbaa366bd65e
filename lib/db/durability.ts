import type { DBCore, Middleware } from 'dexie';

/** Tables that only the user's own writes touch: the use-cases' operation log and the jobs. */
const USER_WRITE_MARKERS = ['operations', 'jobs'];

/**
 * Saved means saved (docs/ARCHITECTURE.md, "Durability"): a readwrite transaction that records a
 * user's operation (every use-case in lib/worker) or advances a job commits with IndexedDB's `strict`
 * durability, flushed to disk before it completes, so what the user was told was saved survives a
 * power cut. The worker's own bookkeeping (reminder claims, detection counts, the daily nudge,
 * defaults) stays `relaxed`, the database-wide default: it can be derived again.
 * Dexie sets durability per database only; the DBCore transaction call is where one transaction can
 * ask for another (https://dexie.org/docs/Dexie/Dexie.use()).
 */
export const durabilityMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'sidecar-durability',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) =>
      down.transaction(
        stores,
        mode,
        mode === 'readwrite' && stores.some((s) => USER_WRITE_MARKERS.includes(s))
          ? { ...options, durability: 'strict' }
          : options,
      ),
  }),
};
