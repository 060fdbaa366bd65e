import { BUILT_IN_CADENCE, CadenceSchema, type Cadence } from '../../domain/cadence';
import type { Result } from '../../domain/result';
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

export type CadenceInput = Omit<Cadence, 'id'> & { id?: string | undefined };

/**
 * Create or replace a user cadence (validated whole). Built-in ids are refused: the template is
 * code, so a user's copy must be saved under its own id. Runs already started keep their touches.
 */
export async function saveCadence(
  db: SidecarDB,
  input: CadenceInput,
): Promise<Result<Cadence, 'invalid-input' | 'forbidden'>> {
  if (input.id !== undefined && isBuiltInCadenceId(input.id)) return { ok: false, error: 'forbidden' };
  const parsed = CadenceSchema.safeParse({ ...input, id: input.id ?? crypto.randomUUID() });
  if (!parsed.success) return { ok: false, error: 'invalid-input', detail: parsed.error.message };
  await db.cadences.put(parsed.data);
  return { ok: true, value: parsed.data };
}

/** Delete a user cadence; its running runs go on (their touches are already follow-ups). */
export async function deleteCadence(db: SidecarDB, id: string): Promise<Result<null, 'not-found' | 'forbidden'>> {
  if (isBuiltInCadenceId(id)) return { ok: false, error: 'forbidden' };
  return db.transaction('rw', db.cadences, async () => {
    if (!(await db.cadences.get(id))) return { ok: false, error: 'not-found' } as const;
    await db.cadences.delete(id);
    return { ok: true, value: null } as const;
  });
}
