import { getSettings } from '../db/repositories/settings';
import type { Settings } from '../domain/settings';
import { useDb } from './db-context';
import { useLiveQuery } from './use-live-query';

/** The user's settings, live (defaults with the machine's time zone until they change any); null while loading. */
export function useSettings(): Settings | null {
  const db = useDb();
  return useLiveQuery(() => getSettings(db), [db], null);
}
