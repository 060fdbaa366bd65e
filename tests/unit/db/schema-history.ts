import { Dexie } from 'dexie';
import { STORES } from '@/lib/db/versions';

type Version = keyof typeof STORES;

/** The stores a database had at `version`, exactly as released (lib/db/versions.ts keeps every version's). */
export function storesAt(version: Version): Record<string, string> {
  const versions = (Object.keys(STORES).map(Number) as Version[]).filter((v) => v <= version);
  return Object.assign({}, ...versions.map((v) => STORES[v]));
}

/** A database as an earlier release left it: created at `version`, filled by `fill`, closed. */
export async function createAtVersion(name: string, version: Version, fill: (db: Dexie) => Promise<unknown>): Promise<void> {
  const old = new Dexie(name);
  old.version(version).stores(storesAt(version));
  await fill(old);
  old.close();
}
