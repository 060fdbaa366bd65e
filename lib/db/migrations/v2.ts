import type { Transaction } from 'dexie';
import type { CapturedActivitySchema } from '../../domain/activity';
import type { PageKind } from '../../domain/contact';
import { normalizeEmailSet } from '../../domain/email-address';
import { computePersonSearchTokens, type Person, type PersonSource } from '../../domain/person';
import { createQualification } from '../../domain/qualification';
import type { z } from 'zod';
import type { ProspectRowV1 } from './v1-rows';

type Captured = z.infer<typeof CapturedActivitySchema>;
const SITES = ['linkedin', 'gmail', 'csv', 'user'] as const;
const text = (s: string | null, max: number) => (s && s.trim() ? s.trim().slice(0, max) : null);

/** Convert a v1 prospect into a v2 Person; every v1 field is kept. */
export function personFromV1(row: ProspectRowV1): Person {
  const emails = normalizeEmailSet(row.emails);
  const first = row.sources[0];
  const site = (SITES as readonly string[]).includes(first?.site ?? '')
    ? (first?.site as PersonSource['site'])
    : 'user';
  const stamp = {
    source: site === 'user' ? ('user' as const) : site === 'csv' ? ('csv' as const) : site,
    at: row.createdAt,
  };
  const fields = {
    headline: text(row.headline, 500),
    title: text(row.title, 300),
    company: text(row.company, 300),
    location: text(row.location, 300),
    linkedinUrl: row.linkedinUrl,
  };
  const displayName = text(row.name, 300) ?? emails[0] ?? row.linkedinUrl ?? row.id;
  const provenance: Person['provenance'] = { displayName: stamp };
  for (const [k, v] of Object.entries(fields)) if (v !== null) provenance[k as keyof typeof fields] = stamp;
  const person: Person = {
    id: row.id,
    displayName,
    givenName: null,
    familyName: null,
    ...fields,
    companyId: null,
    linkedinKey: row.linkedinKey ?? null,
    salesNavUrls: [],
    emails,
    phones: [],
    tags: [],
    leadSource: site === 'linkedin' ? 'outbound' : 'other',
    lifecycle: row.lifecycle,
    sources: row.sources.map((s) => ({
      ...s,
      site: (SITES as readonly string[]).includes(s.site) ? (s.site as PersonSource['site']) : 'user',
      pageKind: s.pageKind as PageKind,
    })),
    provenance,
    qualification: createQualification(),
    searchTokens: [],
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
  return { ...person, searchTokens: computePersonSearchTokens(person) };
}

/** The v1 captures as timeline entries, so a person's history starts where it really started. */
export function capturesFromV1(row: ProspectRowV1, newId: () => string): Captured[] {
  return row.sources
    .filter((s) => s.site === 'linkedin' || s.site === 'gmail')
    .map((s) => ({
      id: newId(),
      personId: row.id,
      at: s.firstSeen,
      createdAt: s.firstSeen,
      kind: 'captured',
      site: s.site as 'linkedin' | 'gmail',
      pageKind: s.pageKind as PageKind,
      url: s.url,
    }));
}

/** v1 → v2: rewrite every prospect as a Person and record its captures as activities. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const activities: Captured[] = [];
  await tx
    .table('prospects')
    .toCollection()
    .modify((row: ProspectRowV1 & Partial<Person>, ref) => {
      const v1 = row as ProspectRowV1;
      activities.push(...capturesFromV1(v1, () => crypto.randomUUID()));
      ref.value = personFromV1(v1) as never;
    });
  if (activities.length) await tx.table('activities').bulkAdd(activities);
}
