import { Dexie, type EntityTable, type Table } from 'dexie';
import type {
  ActivityRow,
  CadenceRow,
  CadenceRunRow,
  CompanyRow,
  DealRow,
  DetectionStatRow,
  FollowUpRow,
  JobDataRow,
  JobRow,
  MetaRow,
  OperationRow,
  PersonRow,
  PipelineRow,
  ReminderOutboxRow,
  SettingsRow,
  StagedRowsRow,
  SuppressionRow,
  SuppressionSaltRow,
} from './rows';
import { dealRowsMiddleware } from './deal-rows';
import { durabilityMiddleware } from './durability';
import { suppressionWatch } from './suppression-watch';
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
  cadences!: Table<CadenceRow, string>;
  cadenceRuns!: EntityTable<CadenceRunRow, 'id'>;
  meta!: EntityTable<MetaRow, 'id'>;
  reminderOutbox!: EntityTable<ReminderOutboxRow, 'id'>;
  operations!: EntityTable<OperationRow, 'id'>;
  jobs!: EntityTable<JobRow, 'id'>;
  jobData!: Table<JobDataRow, [string, string, number]>;
  stagedRows!: Table<StagedRowsRow, [string, number]>;
  suppressions!: EntityTable<SuppressionRow, 'id'>;
  suppressionSalts!: EntityTable<SuppressionSaltRow, 'id'>;

  constructor(name = 'sidecar') {
    // Relaxed by default: a commit is handed to the OS without waiting for fsync. It survives a
    // browser or worker crash; only a power loss in the same instant could drop it. The user's own
    // writes (use-cases, jobs) ask for strict instead: see durability.ts and docs/ARCHITECTURE.md.
    // No live-query cache: it exists for a context's own optimistic writes, and the pages that run live
    // queries write only through the worker. With it, Dexie deep-cloned every result the panel read
    // (700 deals of a stage: 4.5 ms, and the garbage of each copy) for nothing.
    super(name, { chromeTransactionDurability: 'relaxed', cache: 'disabled' });
    declareVersions(this);
    this.use(dealRowsMiddleware);
    this.use(durabilityMiddleware);
    this.use(suppressionWatch);
  }
}

let instance: SidecarDB | null = null;

/** The database singleton of this JS context. */
export function getDb(): SidecarDB {
  instance ??= new SidecarDB();
  return instance;
}
