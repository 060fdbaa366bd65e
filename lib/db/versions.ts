import type { Dexie } from 'dexie';
import { upgradeToV2 } from './migrations/v2';
import { upgradeToV3 } from './migrations/v3';
import { upgradeToV4 } from './migrations/v4';
import { upgradeToV5 } from './migrations/v5';
import { upgradeToV6 } from './migrations/v6';
import { upgradeToV7 } from './migrations/v7';

/**
 * Every schema version users may still have, oldest first. Never edit a released version: add a new
 * one with an upgrade (https://dexie.org/docs/Version/Version.upgrade()). tests/unit/db/upgrade.test.ts
 * fills a database at every earlier version and upgrades it to the newest.
 */
export const STORES = {
  // v1 (walking skeleton): prospects only. linkedinKey is unique so that two spellings of one
  // profile URL can never make two people, even under concurrent captures from several tabs.
  1: {
    prospects: 'id, &linkedinKey, *emailKeys, createdAt',
  },
  // v2 (pipeline core): people become full Person entities (emails normalised in `emails`, search
  // tokens for the panel's search); companies, deals, activities, follow-ups, pipelines, settings.
  2: {
    prospects: 'id, &linkedinKey, *emails, *salesNavUrls, *searchTokens, lifecycle, createdAt, updatedAt',
    companies: 'id, *domains, linkedinUrl',
    deals: 'id, personId, companyId, pipelineId, stageId, status, expectedClose, updatedAt',
    activities: 'id, personId, dealId, at, [personId+at], &dedupeKey',
    followUps: 'id, personId, dealId, openDueAt, &dedupeKey, cadenceRunId',
    pipelines: 'id, position',
    settings: 'id',
    detectionStats: '[day+pageKind], day',
  },
  // v3 (follow-ups that are never missed): user cadences and their runs, small background facts
  // (meta), and the outbox of reminders owed to the user (at-least-once notifications).
  3: {
    cadences: 'id',
    cadenceRuns: 'id, personId, cadenceId, status',
    meta: 'id',
    reminderOutbox: 'id, createdAt',
  },
  // v4 (panel first paint): deals by pipeline and stage in one index (the board reads a column without
  // a cursor); open deals by when they were last touched and when their next step is due, so Today
  // counts and lists stalled and stepless deals without reading every open deal (lib/db/deal-rows.ts).
  4: {
    deals:
      'id, personId, companyId, pipelineId, stageId, status, expectedClose, updatedAt, [pipelineId+stageId], openTouchedAt, openStepDueAt',
  },
  // v5 (multi-word search): same indexes; people's searchTokens gain name and company phrases, so
  // "rebecca th" is one prefix range of `*searchTokens` instead of two large ones intersected.
  5: {},
  // v6 (no message can hang the worker, issue 16): same indexes; every stored date is brought back into
  // [0, Date.UTC(2200, 0, 1)) (lib/db/migrations/v6.ts), the range every schema now holds dates to.
  6: {},
  // v7 (nothing lost, issue 18): operations applied (idempotent retries), jobs with their input and
  // prepared work, and the staging table a restore fills before it switches over.
  7: {
    operations: 'id, at',
    jobs: 'id, status, updatedAt',
    jobData: '[jobId+part+seq]',
    stagedRows: '[jobId+seq]',
  },
  // v8 is another branch's (email templates): never declared here.
  // v9 (your data, issue 20): the suppression list, salted hashes of forgotten people's identity keys,
  // and the salts they were hashed with (lib/domain/suppression.ts).
  9: {
    suppressions: 'id, saltId',
    suppressionSalts: 'id',
  },
  // v10 (page cost at the floor, issue 21): people lose the `lifecycle` and `updatedAt` indexes, which no
  // query reads. Each was one more index entry written with every person, by every capture and import
  // row (the two cost about 12 % of a person's put here). Dexie drops them; rows stay as they are.
  10: {
    prospects: 'id, &linkedinKey, *emails, *salesNavUrls, *searchTokens, createdAt',
  },
} as const;

/** Declare every version on a Dexie instance (the tests build databases of earlier versions from STORES). */
export function declareVersions(db: Dexie): void {
  db.version(1).stores(STORES[1]);
  db.version(2).stores(STORES[2]).upgrade(upgradeToV2);
  db.version(3).stores(STORES[3]).upgrade(upgradeToV3);
  db.version(4).stores(STORES[4]).upgrade(upgradeToV4);
  db.version(5).stores(STORES[5]).upgrade(upgradeToV5);
  db.version(6).stores(STORES[6]).upgrade(upgradeToV6);
  db.version(7).stores(STORES[7]).upgrade(upgradeToV7);
  // New tables only: nothing to migrate.
  db.version(9).stores(STORES[9]);
  // Two indexes dropped: nothing to migrate.
  db.version(10).stores(STORES[10]);
}
