// Runs inside an extension page (same origin and IndexedDB as the worker) for bench/metrics/db.mjs.
// Deterministic data: a seeded PRNG, names in the scripts our users write (DOMAIN.md).
import { SidecarDB } from '@/lib/db/schema';
import { captureContact } from '@/lib/worker/capture';
import { ensureDefaults, DEFAULT_PIPELINE_ID, getSettings } from '@/lib/db/repositories/settings';
import { computeAllAnalytics } from '@/lib/domain/analytics-all';
import type { DetectedContact } from '@/lib/domain/contact';
import { computePersonSearchTokens, type Person } from '@/lib/domain/person';
import { createQualification } from '@/lib/domain/qualification';
import type { ActivityRow, DealRow } from '@/lib/db/rows';

const GIVEN = [
  'Łukasz',
  'Olena',
  'Анна',
  'İlker',
  'Małgorzata',
  'สมชาย',
  'Hannah',
  'Marcus',
  'Ayşe',
  'Тарас',
  'Zofia',
  'ณัฐธิดา',
];
const FAMILY = [
  'Nowak',
  'Коваленко',
  'Yılmaz',
  'Wiśniewska',
  'ใจดี',
  'Lindgren',
  'Feldman',
  'Лебедева',
  'Kowalczyk',
  'Şahin',
];
const COMPANY = [
  'Quillfeather',
  'Cargolink',
  'Łąkowe Smaki',
  'Severtrans',
  'Siam Fresh',
  'Ferrowave',
  'Tillbrook Foods',
];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}
const uuidOf = (n: number, kind: number) => `00000000-0000-4000-8${kind}00-${n.toString(16).padStart(12, '0')}`;

function personOf(i: number, r: () => number, now: number): Person {
  const displayName = `${GIVEN[i % GIVEN.length]} ${FAMILY[Math.floor(r() * FAMILY.length)]} ${i}`;
  const slug = `bench-person-${i}`;
  const p: Person = {
    id: uuidOf(i, 1),
    displayName,
    givenName: null,
    familyName: null,
    headline: 'Head of Sales',
    title: 'Head of Sales',
    company: COMPANY[i % COMPANY.length]!,
    companyId: null,
    location: null,
    linkedinUrl: `https://www.linkedin.com/in/${slug}/`,
    linkedinKey: slug,
    salesNavUrls: [],
    emails: [`person${i}@example${i % 97}.com`],
    phones: [],
    tags: [],
    leadSource: 'outbound',
    lifecycle: 'lead',
    sources: [
      {
        site: 'linkedin',
        pageKind: 'linkedin-profile',
        url: `https://www.linkedin.com/in/${slug}/`,
        firstSeen: now,
        lastSeen: now,
      },
    ],
    provenance: {},
    qualification: createQualification(),
    searchTokens: [],
    createdAt: now - i * 60_000,
    updatedAt: now - i * 60_000,
  };
  return { ...p, searchTokens: computePersonSearchTokens(p) };
}

/** Fill the database: persons, deals over the default pipeline's stages, activities. */
async function seed(counts: { persons: number; deals: number; activities: number }): Promise<void> {
  const db = new SidecarDB();
  await db.delete();
  await db.open();
  await ensureDefaults(db);
  const stages = (await db.pipelines.get(DEFAULT_PIPELINE_ID))!.stages;
  const r = rng(42);
  const now = Date.now();
  for (let i = 0; i < counts.persons; i += 5000) {
    await db.prospects.bulkAdd(
      Array.from({ length: Math.min(5000, counts.persons - i) }, (_, k) => personOf(i + k, r, now)),
    );
  }
  const deals: DealRow[] = Array.from({ length: counts.deals }, (_, i) => {
    const stage = stages[Math.floor(r() * stages.length)]!;
    const created = now - Math.floor(r() * 200) * 86_400_000;
    const status = stage.kind === 'won' ? 'won' : stage.kind === 'lost' ? 'lost' : 'open';
    return {
      id: uuidOf(i, 2),
      personId: uuidOf(i % counts.persons, 1),
      companyId: null,
      pipelineId: DEFAULT_PIPELINE_ID,
      stageId: stage.id,
      title: `Deal ${i}`,
      value: 100_00 + Math.floor(r() * 5_000_000),
      currency: i % 5 ? 'EUR' : 'PLN',
      probability: null,
      expectedClose: new Date(now + Math.floor(r() * 180) * 86_400_000).toISOString().slice(0, 10),
      nextStep: null,
      status,
      lostReason: status === 'lost' ? 'price' : null,
      wonAt: status === 'won' ? now : null,
      lostAt: status === 'lost' ? now : null,
      stageHistory: [{ stageId: stage.id, enteredAt: created, leftAt: null }],
      createdAt: created,
      updatedAt: created,
      lastActivityAt: created,
    };
  });
  await db.deals.bulkAdd(deals);
  for (let i = 0; i < counts.activities; i += 10_000) {
    const chunk: ActivityRow[] = Array.from({ length: Math.min(10_000, counts.activities - i) }, (_, k) => {
      const n = i + k;
      return {
        id: uuidOf(n, 3),
        personId: uuidOf(n % counts.persons, 1),
        at: now - n * 1000,
        createdAt: now - n * 1000,
        kind: 'note',
        text: `Note ${n}`,
      };
    });
    await db.activities.bulkAdd(chunk);
  }
  db.close();
}

const contactOf = (i: number, known: boolean): DetectedContact => ({
  key: `k${i}`,
  site: 'linkedin',
  name: `Bench Capture ${i}`,
  linkedinUrl: `https://www.linkedin.com/in/${known ? `bench-person-${i}` : `bench-new-${i}`}/`,
  salesNavUrl: null,
  emails: [],
  headline: 'CTO at Somewhere',
  title: null,
  company: null,
  location: null,
  role: null,
  automated: false,
});

/** Resolve and capture `n` contacts (half new, half known) against real IndexedDB; each one timed. */
async function timeCaptures(n: number): Promise<number[]> {
  const db = new SidecarDB();
  await db.open();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    // The capture use-case as a click runs it: one transaction with its operation id, strict durability.
    await captureContact(
      db,
      {
        contact: contactOf(i * 7 + 1, i % 2 === 0),
        source: { pageKind: 'linkedin-profile', url: `https://www.linkedin.com/in/x${i}/` },
        leadSource: 'outbound',
      },
      { now: Date.now(), opId: crypto.randomUUID() },
    );
    times.push(performance.now() - t0);
  }
  db.close();
  return times;
}

/** Forecast + conversion + velocity over all deals already in memory; each run timed. */
async function timeAnalytics(runs: number): Promise<number[]> {
  const db = new SidecarDB();
  const [deals, pipelines, settings] = await Promise.all([db.deals.toArray(), db.pipelines.toArray(), getSettings(db)]);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    computeAllAnalytics(deals, pipelines, settings, Date.now());
    times.push(performance.now() - t0);
  }
  db.close();
  return times;
}

/** Open the database and read the pipeline's first page: 50 open deals, newest first, with their people. */
async function timeOpenFirstPage(): Promise<number> {
  const t0 = performance.now();
  const db = new SidecarDB();
  await db.open();
  const deals = await db.deals
    .orderBy('updatedAt')
    .reverse()
    .filter((d) => d.status === 'open')
    .limit(50)
    .toArray();
  await db.prospects.bulkGet(deals.map((d) => d.personId));
  await db.pipelines.toArray();
  const ms = performance.now() - t0;
  db.close();
  return ms;
}

/** A bare IndexedDB transaction's completion. */
const committed = (tx: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
  });

/**
 * IndexedDB's own floor for an import: the `n` most recently stored people written back as they are,
 * in transactions of 1,000 with the import's durability, straight through IndexedDB's `put` (no Dexie,
 * no matching, no activities). What storing that many people costs whatever Sidecar does around it.
 */
async function timeRawRewrite(n: number): Promise<number> {
  const db = new SidecarDB();
  const people = await db.prospects.orderBy('createdAt').reverse().limit(n).toArray();
  const idb = db.backendDB();
  const t0 = performance.now();
  for (let i = 0; i < people.length; i += 1000) {
    const tx = idb.transaction('prospects', 'readwrite', { durability: 'strict' });
    const store = tx.objectStore('prospects');
    for (const p of people.slice(i, i + 1000)) store.put({ ...p, updatedAt: p.updatedAt + 1 });
    await committed(tx);
  }
  const ms = performance.now() - t0;
  db.close();
  return ms;
}

/**
 * The floor under a capture: `n` readwrite transactions over the tables a capture writes, with its
 * durability (strict), each storing one operation row straight through IndexedDB (no Dexie, no reads,
 * no person). Whatever a capture does, it pays one such transaction; each one timed.
 */
async function timeWriteFloor(n: number): Promise<number[]> {
  const db = new SidecarDB();
  await db.open();
  const idb = db.backendDB();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const tx = idb.transaction(['operations', 'prospects', 'activities'], 'readwrite', { durability: 'strict' });
    tx.objectStore('operations').put({ id: crypto.randomUUID(), name: 'floor', at: Date.now(), reply: { ok: true } });
    await committed(tx);
    times.push(performance.now() - t0);
  }
  db.close();
  return times;
}

Object.assign(globalThis, {
  __dbBench: { seed, timeCaptures, timeAnalytics, timeOpenFirstPage, timeRawRewrite, timeWriteFloor },
});
