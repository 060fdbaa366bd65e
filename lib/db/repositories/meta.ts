import type { SidecarDB } from '../schema';
import type { MetaRow } from '../rows';

/** A stored fact, or null when it was never written. */
export async function getMeta(db: SidecarDB, id: string): Promise<MetaRow['value']> {
  return (await db.meta.get(id))?.value ?? null;
}

/** Write a fact, replacing the previous value. */
export async function setMeta(db: SidecarDB, id: string, value: MetaRow['value']): Promise<void> {
  await db.meta.put({ id, value });
}
