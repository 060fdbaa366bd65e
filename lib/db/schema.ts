import { Dexie, type EntityTable, type Table } from 'dexie';
import type {
  ActivityRow, CompanyRow, DealRow, DetectionStatRow, FollowUpRow, PersonRow, PipelineRow, SettingsRow,
} from './rows';
import { declareVersions } from './versions';

/**
 * The pipeline database. Only the background worker writes to it; extension pages read it live
 * (liveQuery); content scripts never open it (their IndexedDB belongs to the site's origin).
 * The people table keeps its v1 name, `prospects`.
 */
export class SidecarDB extends Dexie {
  prospects!: EntityTable<PersonRow, 'id'>;
  companies!: EntityTable<CompanyRow, 'id'>;
  deals!: EntityTable<DealRow, 'id'>;
  // A plain Table: EntityTable's insert type would flatten the Activity union (ids are always given).
  activities!: Table<ActivityRow, string>;
  followUps!: EntityTable<FollowUpRow, 'id'>;
  pipelines!: EntityTable<PipelineRow, 'id'>;
  settings!: EntityTable<SettingsRow, 'id'>;
  detectionStats!: Table<DetectionStatRow, [string, string]>;

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
