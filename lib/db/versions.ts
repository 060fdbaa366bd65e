import type { Dexie } from 'dexie';

/**
 * Every schema version users may still have, oldest first. Never edit a released version: add a new
 * one with an upgrade (https://dexie.org/docs/Version/Version.upgrade()). Each version is tested by
 * tests/unit/db/upgrade.test.ts, which fills a database at every earlier version and upgrades it.
 */
export function declareVersions(db: Dexie): void {
  // v1 (walking skeleton): prospects only. linkedinKey is unique so that two spellings of one
  // profile URL can never make two people, even under concurrent captures from several tabs.
  db.version(1).stores({
    prospects: 'id, &linkedinKey, *emailKeys, createdAt',
  });
}
