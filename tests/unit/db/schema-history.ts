import { Dexie } from 'dexie';
import type { ProspectRowV1 } from '@/lib/db/migrations/v1-rows';
import { STORES } from '@/lib/db/versions';

type Version = keyof typeof STORES;

/** The stores a database had at `version`, exactly as released (lib/db/versions.ts keeps every version's). */
export function storesAt(version: Version): Record<string, string> {
  const versions = (Object.keys(STORES).map(Number) as Version[]).filter((v) => v <= version);
  return Object.assign({}, ...versions.map((v) => STORES[v]));
}

/** A database as an earlier release left it: created at `version`, filled by `fill`, closed. */
export async function createAtVersion(
  name: string,
  version: Version,
  fill: (db: Dexie) => Promise<unknown>,
): Promise<void> {
  const old = new Dexie(name);
  old.version(version).stores(storesAt(version));
  await fill(old);
  old.close();
}

/** A prospect row as schema v1 (the walking skeleton) stored it: empty fields, overridden by `over`. */
export const v1Prospect = (over: Partial<ProspectRowV1>): ProspectRowV1 => ({
  id: crypto.randomUUID(),
  name: null,
  headline: null,
  title: null,
  company: null,
  location: null,
  linkedinUrl: null,
  emails: [],
  emailKeys: [],
  lifecycle: 'lead',
  sources: [],
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
  ...over,
});

/** The v1 prospect the later upgrade tests carry through every version (Turkish diacritics in the name). */
export const v1Cagla = (createdAt: number): ProspectRowV1 =>
  v1Prospect({
    name: 'Çağla Öztürk',
    linkedinUrl: 'https://www.linkedin.com/in/cagla/',
    linkedinKey: 'cagla',
    createdAt,
    updatedAt: createdAt,
  });
