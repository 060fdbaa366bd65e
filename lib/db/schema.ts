import { Dexie, type EntityTable } from 'dexie';
import type { ProspectRow } from './rows';
import { declareVersions } from './versions';

/**
 * The pipeline database. Only the background worker writes to it; extension pages read it live
 * (liveQuery); content scripts never open it (their IndexedDB belongs to the site's origin).
 */
export class SidecarDB extends Dexie {
  prospects!: EntityTable<ProspectRow, 'id'>;

  constructor(name = 'sidecar') {
    super(name);
    declareVersions(this);
  }
}

let instance: SidecarDB | null = null;

/** The database singleton of this JS context. */
export function getDb(): SidecarDB {
  instance ??= new SidecarDB();
  return instance;
}
