import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { getDb, type SidecarDB } from '../db/schema';

/**
 * The database the panel reads. Production leaves it unset (the context's singleton); component
 * tests provide a fresh fake-indexeddb database per test, so views never share state.
 */
export const DbContext = createContext<SidecarDB | null>(null);

/** The panel's database (read only: every write goes through a message). */
export function useDb(): SidecarDB {
  return useContext(DbContext) ?? getDb();
}
