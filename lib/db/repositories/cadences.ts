import { BUILT_IN_CADENCE, type Cadence } from '../../domain/cadence';
import type { SidecarDB } from '../schema';

const BUILT_IN_PREFIX = 'builtin:';

/** Whether a cadence id names a template shipped with Sidecar (read-only, never stored). */
export const isBuiltInCadenceId = (id: string): boolean => id.startsWith(BUILT_IN_PREFIX);

/** Every cadence the user can start: the built-in template first, then their own by name. */
export async function listCadences(db: SidecarDB): Promise<Cadence[]> {
  const own = await db.cadences.toArray();
  return [BUILT_IN_CADENCE, ...own.sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''))];
}

/** One cadence by id (built-in or stored). */
export async function getCadence(db: SidecarDB, id: string): Promise<Cadence | undefined> {
  return id === BUILT_IN_CADENCE.id ? BUILT_IN_CADENCE : db.cadences.get(id);
}
