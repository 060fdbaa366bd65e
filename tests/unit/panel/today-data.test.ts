import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFollowUpRow } from '@/lib/db/repositories/follow-ups';
import type { FollowUpRow } from '@/lib/db/rows';
import { SidecarDB } from '@/lib/db/schema';
import { assessDealHealth } from '@/lib/domain/analytics-health';
import type { Deal } from '@/lib/domain/deal';
import { compareByDue, isOverdue, startOfNextLocalDay, type FollowUp } from '@/lib/domain/follow-up';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/domain/settings';
import { loadToday, type TodayListKey } from '@/lib/panel/today-data';
import { DAY, NOW, makeDeal, makePerson, uuid } from '../domain/make-entities';

const HOUR = 3_600_000;
const KEYS: TodayListKey[] = ['overdue', 'today', 'stalled', 'nextStep'];

/**
 * What Today showed when it read every open deal and every follow-up due before tomorrow's end
 * (its implementation before the v4 indexes): the reference the index-based loadToday must match.
 */
function reference(deals: Deal[], followUps: FollowUp[], settings: Settings, now: number) {
  const { timeZone } = settings.workingTime;
  const open = deals.filter((d) => d.status === 'open').sort((a, b) => (a.id < b.id ? -1 : 1));
  const health = assessDealHealth(open, settings.stalledDays, now);
  const dayEnd = startOfNextLocalDay(now, timeZone);
  const due = followUps.filter((f) => !f.done && toFollowUpRow(f).openDueAt! < dayEnd).sort(compareByDue);
  return {
    overdue: due.filter((f) => isOverdue(f, now)).map((f) => f.id),
    today: due.filter((f) => !isOverdue(f, now)).map((f) => f.id),
    stalled: health.filter((h) => h.flags.includes('stalled')),
    nextStep: health.filter((h) => !h.flags.includes('stalled')),
  };
}

// Times on a coarse grid around NOW, so that many deals share a day (and some the same instant).
const around = (maxDays: number) =>
  fc
    .tuple(fc.integer({ min: -maxDays, max: maxDays }), fc.integer({ min: 0, max: 3 }))
    .map(([d, h]) => NOW + d * DAY + h * 6 * HOUR);
const past = (maxDays: number) => around(maxDays).map((t) => Math.min(t, NOW));

const dealArb = fc.record({
  status: fc.constantFrom('open', 'open', 'open', 'won', 'lost'),
  lastActivityAt: fc.option(past(40), { nil: null }),
  createdAt: past(60),
  entered: fc.option(past(40), { nil: null }),
  stepDue: fc.option(around(20), { nil: null }),
  person: fc.integer({ min: 0, max: 2 }),
});
const followUpArb = fc.record({
  due: around(4),
  snoozed: fc.option(around(3), { nil: null }),
  done: fc.boolean(),
  person: fc.integer({ min: 0, max: 2 }),
});
const PEOPLE = [
  makePerson({ id: uuid(1), displayName: 'Anna Nowak' }),
  makePerson({ id: uuid(2), displayName: 'สมชาย ใจดี' }),
  makePerson({ id: uuid(3), displayName: 'Олена Коваленко' }),
];

type Spec<A> = A extends fc.Arbitrary<infer T> ? T : never;

function toDeal(d: Spec<typeof dealArb>, i: number): Deal {
  const closed = d.status === 'won' ? { wonAt: NOW } : d.status === 'lost' ? { lostAt: NOW, lostReason: 'price' } : {};
  return makeDeal({
    id: uuid(1000 + i),
    personId: PEOPLE[d.person]!.id,
    status: d.status as Deal['status'],
    lastActivityAt: d.lastActivityAt,
    createdAt: d.createdAt,
    nextStep: d.stepDue === null ? null : { text: `Step ${i}`, dueAt: d.stepDue },
    stageHistory: d.entered === null ? [] : [{ stageId: 'prospecting', enteredAt: d.entered, leftAt: null }],
    ...closed,
  });
}

function toFollowUp(f: Spec<typeof followUpArb>, i: number): FollowUp {
  return {
    id: uuid(5000 + i),
    personId: PEOPLE[f.person]!.id,
    dealId: null,
    dueAt: f.due,
    kind: 'email',
    note: `Follow up ${i}`,
    noteKey: null,
    done: f.done,
    doneAt: f.done ? NOW : null,
    cancelReason: null,
    snoozedUntil: f.snoozed,
    origin: 'manual',
    ruleId: null,
    cadenceRunId: null,
    cadenceStep: null,
    notifiedAt: null,
    dedupeKey: null,
    createdAt: NOW - DAY,
    updatedAt: NOW - DAY,
  };
}

async function seeded(deals: Deal[], followUps: FollowUp[], settings: Settings): Promise<SidecarDB> {
  const db = new SidecarDB(`today-${crypto.randomUUID()}`);
  await db.open();
  await db.settings.put({ id: 'settings', value: settings });
  await db.prospects.bulkAdd(PEOPLE);
  await db.deals.bulkAdd(deals);
  await db.followUps.bulkAdd(followUps.map(toFollowUpRow) as FollowUpRow[]);
  return db;
}

describe('loadToday (index-based) lists exactly what reading every open deal and follow-up did', () => {
  it('same rows, order, flags, days quiet, totals and names, for any data, threshold, time zone and list limits', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(dealArb, { maxLength: 90 }),
        fc.array(followUpArb, { maxLength: 30 }),
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom('UTC', 'Europe/Warsaw', 'Asia/Bangkok', 'America/New_York'),
        fc.constantFrom(1, 3, 10, Infinity),
        fc.constantFrom(3, 10, Infinity),
        async (dealSpecs, followUpSpecs, stalledDays, timeZone, dealLimit, followUpLimit) => {
          const deals = dealSpecs.map(toDeal);
          const followUps = followUpSpecs.map(toFollowUp);
          const settings: Settings = {
            ...DEFAULT_SETTINGS,
            stalledDays,
            workingTime: { ...DEFAULT_SETTINGS.workingTime, timeZone },
          };
          const db = await seeded(deals, followUps, settings);
          const limit = (key: TodayListKey) => (key === 'stalled' || key === 'nextStep' ? dealLimit : followUpLimit);
          const got = await loadToday(db, NOW, limit);
          db.close();
          const want = reference(deals, followUps, settings, NOW);
          const cut = <T>(key: TodayListKey, rows: T[]) =>
            Number.isFinite(limit(key)) ? rows.slice(0, limit(key)) : rows;
          expect(got.totals).toEqual(Object.fromEntries(KEYS.map((k) => [k, want[k].length])));
          expect(got.overdue.map((f) => f.id)).toEqual(cut('overdue', want.overdue));
          expect(got.today.map((f) => f.id)).toEqual(cut('today', want.today));
          expect(got.stalled).toEqual(cut('stalled', want.stalled));
          expect(got.nextStep).toEqual(cut('nextStep', want.nextStep));
          for (const h of [...got.stalled, ...got.nextStep])
            expect(got.deals.get(h.dealId)).toMatchObject(deals.find((d) => d.id === h.dealId)!);
          const shownPeople = [...got.overdue, ...got.today]
            .map((f) => f.personId)
            .concat([...got.deals.values()].map((d) => d.personId));
          expect([...got.names.keys()].sort()).toEqual([...new Set(shownPeople)].sort());
        },
      ),
      { numRuns: 60 },
    );
  });

  it('finds the few fresh deals needing a step among hundreds of healthy ones (keys read in chunks)', async () => {
    const healthy = Array.from({ length: 300 }, (_, i) =>
      makeDeal({
        id: uuid(2000 + i),
        lastActivityAt: NOW - (i % 5) * HOUR,
        nextStep: { text: 'Call', dueAt: NOW + DAY },
      }),
    );
    const needing = [
      makeDeal({ id: uuid(1), lastActivityAt: NOW - 2 * HOUR }),
      makeDeal({ id: uuid(2), lastActivityAt: NOW - HOUR, nextStep: { text: 'Ping', dueAt: NOW - HOUR } }),
    ];
    const settings = { ...DEFAULT_SETTINGS, workingTime: { ...DEFAULT_SETTINGS.workingTime, timeZone: 'UTC' } };
    const db = await seeded([...healthy, ...needing], [], settings);
    const got = await loadToday(db, NOW, () => 10);
    db.close();
    expect(got.totals.nextStep).toBe(2);
    expect(got.nextStep).toEqual([
      { dealId: uuid(1), flags: ['no-next-step'], daysSinceActivity: 0 },
      { dealId: uuid(2), flags: ['overdue-next-step'], daysSinceActivity: 0 },
    ]);
    expect(got.names.get(uuid(1))).toBe('Anna Nowak');
  });
});
