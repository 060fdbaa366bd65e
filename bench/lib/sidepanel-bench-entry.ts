// Runs inside an extension page (the worker's origin and IndexedDB) for bench/metrics/sidepanel.mjs.
// Deterministic data (seeded PRNG), shaped like lib/db/rows.ts, names in the scripts of DOMAIN.md.
import { SidecarDB } from '@/lib/db/schema';
import { toFollowUpRow } from '@/lib/db/repositories/follow-ups';
import { DEFAULT_PIPELINE_ID, ensureDefaults } from '@/lib/db/repositories/settings';
import type { DealRow, PersonRow } from '@/lib/db/rows';
import type { StageVisit } from '@/lib/domain/deal';
import type { FollowUp } from '@/lib/domain/follow-up';
import { computePersonSearchTokens } from '@/lib/domain/person';
import { createQualification } from '@/lib/domain/qualification';
import { searchPeople } from '@/lib/panel/search-people';

const GIVEN = [
  'Łukasz',
  'Małgorzata',
  'Zbigniew',
  'Żaneta',
  'İlker',
  'Şule',
  'Çağla',
  'Олена',
  'Олег',
  'Дмитро',
  'Наталія',
  'Сергей',
  'สมชาย',
  'สุดา',
  'ประเสริฐ',
  'Rebecca',
  'Marcus',
  'Hannah',
  'Jürgen',
  'Søren',
  'Chloé',
  'Ayşe',
  'Ірина',
  'วิไล',
];
const FAMILY = [
  'Wiśniewska',
  'Żurek',
  'Kowalczyk',
  'Nowak',
  'Dąbrowski',
  'Yılmaz',
  'Öztürk',
  'Çelik',
  'Коваленко',
  'Шевченко',
  'Иванов',
  'Мельник',
  'ใจดี',
  'ศรีสุข',
  'แสงทอง',
  'Thornton',
  'Feldman',
  'Lindgren',
  'Müller',
  'Lefèvre',
];
const COMPANY = [
  'Quillfeather',
  'Cargolink',
  'Łąkowe Smaki',
  'Севертранс',
  'Siam Fresh',
  'Ferrowave',
  'Tillbrook Foods',
  'Şirket A.Ş.',
];
const DAY = 86_400_000;

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}
const uuidOf = (n: number, kind: 8 | 9 | 'a') => `00000000-0000-4000-${kind}000-${n.toString(16).padStart(12, '0')}`;
const pick = <T>(list: readonly T[], r: () => number): T => list[Math.floor(r() * list.length)]!;

function personOf(i: number, r: () => number, now: number): PersonRow {
  const givenName = pick(GIVEN, r);
  const familyName = pick(FAMILY, r);
  const slug = `bench-panel-${i}`;
  const p: PersonRow = {
    id: uuidOf(i, 8),
    displayName: `${givenName} ${familyName}`,
    givenName,
    familyName,
    headline: null,
    title: 'Head of Sales',
    company: pick(COMPANY, r),
    companyId: null,
    location: null,
    linkedinUrl: `https://www.linkedin.com/in/${slug}/`,
    linkedinKey: slug,
    salesNavUrls: [],
    emails: [`p${i}@example${i % 89}.com`],
    phones: [],
    tags: i % 7 === 0 ? ['warm'] : [],
    leadSource: 'outbound',
    lifecycle: 'lead',
    sources: [],
    provenance: {},
    qualification: createQualification(),
    searchTokens: [],
    createdAt: now - (i % 400) * DAY,
    updatedAt: now - (i % 400) * DAY,
  };
  return { ...p, searchTokens: computePersonSearchTokens(p) };
}

/** A deal somewhere along the default pipeline, with the history, next step and dates that stage implies. */
function dealOf(
  i: number,
  persons: number,
  stages: { id: string; kind: string }[],
  r: () => number,
  now: number,
): DealRow {
  const at = Math.floor(r() * stages.length);
  const stage = stages[at]!;
  const created = now - Math.floor(10 + r() * 170) * DAY;
  // Open deals went through every open stage before theirs; closed ones left after a random open stage.
  const opens = stages.filter((s) => s.kind === 'open');
  const path =
    stage.kind === 'open'
      ? opens.slice(0, opens.indexOf(stage) + 1)
      : [...opens.slice(0, 1 + Math.floor(r() * opens.length)), stage];
  const history: StageVisit[] = path.map((s, k, all) => ({
    stageId: s.id,
    enteredAt: created + k * 3 * DAY,
    leftAt: k + 1 < all.length ? created + (k + 1) * 3 * DAY : null,
  }));
  const status = stage.kind === 'won' ? 'won' : stage.kind === 'lost' ? 'lost' : 'open';
  const closed = history[history.length - 1]!.enteredAt;
  const hasStep = status === 'open' && r() < 0.8;
  return {
    id: uuidOf(i, 9),
    personId: uuidOf((i * 2) % persons, 8),
    companyId: null,
    pipelineId: DEFAULT_PIPELINE_ID,
    stageId: stage.id,
    title: `Deal ${i}`,
    value: 100_00 + Math.floor(r() * 5_000_000),
    currency: i % 6 ? 'EUR' : 'PLN',
    probability: null,
    expectedClose: new Date(now + Math.floor(r() * 180) * DAY).toISOString().slice(0, 10),
    nextStep: hasStep ? { text: 'Call back', dueAt: now + Math.floor((r() * 30 - 8) * DAY) } : null,
    status,
    lostReason: status === 'lost' ? 'price' : null,
    wonAt: status === 'won' ? closed : null,
    lostAt: status === 'lost' ? closed : null,
    stageHistory: history,
    createdAt: created,
    updatedAt: closed,
    lastActivityAt: now - Math.floor(r() * 30) * DAY,
  };
}

function followUpOf(i: number, persons: number, r: () => number, now: number): FollowUp {
  const done = i % 3 === 0;
  return {
    id: uuidOf(i, 'a'),
    personId: uuidOf((i * 5) % persons, 8),
    dealId: null,
    dueAt: now + Math.floor((r() * 20 - 5) * DAY),
    kind: 'email',
    note: `Follow up ${i}`,
    noteKey: null,
    done,
    doneAt: done ? now : null,
    cancelReason: null,
    snoozedUntil: null,
    origin: 'manual',
    ruleId: null,
    cadenceRunId: null,
    cadenceStep: null,
    notifiedAt: null,
    dedupeKey: null,
    createdAt: now,
    updatedAt: now,
  };
}

/** Replace people, deals and follow-ups with `counts` generated rows (the pipeline and settings are kept). */
async function seed(counts: { persons: number; deals: number; followUps: number }): Promise<void> {
  const db = new SidecarDB();
  await db.open();
  await ensureDefaults(db);
  await Promise.all([db.prospects.clear(), db.deals.clear(), db.followUps.clear(), db.activities.clear()]);
  const stages = (await db.pipelines.get(DEFAULT_PIPELINE_ID))!.stages;
  const r = rng(7);
  const now = Date.now();
  for (let i = 0; i < counts.persons; i += 5000) {
    await db.prospects.bulkAdd(
      Array.from({ length: Math.min(5000, counts.persons - i) }, (_, k) => personOf(i + k, r, now)),
    );
  }
  await db.deals.bulkAdd(Array.from({ length: counts.deals }, (_, i) => dealOf(i, counts.persons, stages, r, now)));
  await db.followUps.bulkAdd(
    Array.from({ length: counts.followUps }, (_, i) => toFollowUpRow(followUpOf(i, counts.persons, r, now))),
  );
  db.close();
}

/** Add people `from`..`to`-1 to what seed() made (the 50,000-person search database grows the 10,000 one). */
async function addPersons(from: number, to: number): Promise<void> {
  const db = new SidecarDB();
  await db.open();
  const r = rng(from);
  const now = Date.now();
  for (let i = from; i < to; i += 5000) {
    await db.prospects.bulkAdd(Array.from({ length: Math.min(5000, to - i) }, (_, k) => personOf(i + k, r, now)));
  }
  db.close();
}

/** Each query run once through searchPeople on a fresh connection (nothing built beforehand), timed. */
async function timeSearch(queries: string[]): Promise<{ ms: number[]; hits: number[] }> {
  const db = new SidecarDB();
  await db.open();
  const ms: number[] = [];
  const hits: number[] = [];
  for (const q of queries) {
    const t0 = performance.now();
    const rows = await searchPeople(db, q);
    ms.push(performance.now() - t0);
    hits.push(rows.length);
  }
  db.close();
  return { ms, hits };
}

Object.assign(globalThis, { __panelBench: { seed, addPersons, timeSearch } });
