import { describe, expect, it } from 'vitest';
import { NO_NEXT_STEP_DUE } from '@/lib/db/deal-rows';
import { SidecarDB } from '@/lib/db/schema';
import { DealSchema, type Deal } from '@/lib/domain/deal';
import { DAY, NOW, makeDeal, makePerson, uuid } from '../domain/make-entities';
import { createAtVersion, v1Cagla } from './schema-history';

const visit = (stageId: string, enteredAt: number) => [{ stageId, enteredAt, leftAt: null }];
// Open with a step, open without one and quiet for weeks, open touched only by a stage move, won, lost.
const DEALS: Deal[] = [
  makeDeal({
    id: uuid(1),
    lastActivityAt: NOW - DAY,
    nextStep: { text: 'Wysłać ofertę', dueAt: NOW + 2 * DAY },
    stageHistory: visit('prospecting', NOW - 5 * DAY),
  }),
  makeDeal({
    id: uuid(2),
    lastActivityAt: NOW - 20 * DAY,
    stageId: 'qualification',
    stageHistory: visit('qualification', NOW - 25 * DAY),
  }),
  makeDeal({
    id: uuid(3),
    lastActivityAt: null,
    nextStep: { text: 'Дзвінок', dueAt: NOW - DAY },
    stageHistory: visit('prospecting', NOW - 3 * DAY),
  }),
  makeDeal({ id: uuid(4), status: 'won', wonAt: NOW - DAY, stageId: 'won', lastActivityAt: NOW - DAY }),
  makeDeal({ id: uuid(5), status: 'lost', lostAt: NOW - DAY, lostReason: 'price', stageId: 'lost', pipelineId: 'p2' }),
];
const EXPECTED: Record<string, { openTouchedAt?: number; openStepDueAt?: number }> = {
  [uuid(1)]: { openTouchedAt: NOW - DAY, openStepDueAt: NOW + 2 * DAY },
  [uuid(2)]: { openTouchedAt: NOW - 20 * DAY, openStepDueAt: NO_NEXT_STEP_DUE },
  [uuid(3)]: { openTouchedAt: NOW - 3 * DAY, openStepDueAt: NOW - DAY },
  [uuid(4)]: {},
  [uuid(5)]: {},
};

/** Open at the newest version and check every deal is kept whole, with its index fields, and the new indexes answer. */
async function expectUpgradedDeals(name: string): Promise<void> {
  const db = new SidecarDB(name);
  await db.open();
  expect(db.verno).toBeGreaterThanOrEqual(4);
  const rows = await db.deals.toArray();
  expect(rows).toHaveLength(DEALS.length);
  for (const deal of DEALS) {
    const row = rows.find((r) => r.id === deal.id)!;
    expect(row).toEqual({ ...deal, ...EXPECTED[deal.id] });
    expect(DealSchema.safeParse(row).success).toBe(true);
  }
  expect(
    await db.deals
      .where('openTouchedAt')
      .belowOrEqual(NOW - 14 * DAY)
      .primaryKeys(),
  ).toEqual([uuid(2)]);
  expect(await db.deals.where('openStepDueAt').below(NOW).primaryKeys()).toEqual([uuid(2), uuid(3)]);
  expect(await db.deals.where('[pipelineId+stageId]').equals(['p1', 'prospecting']).primaryKeys()).toEqual([
    uuid(1),
    uuid(3),
  ]);
  expect(await db.prospects.count()).toBe(1);
  db.close();
}

describe('schema upgrade → v4', () => {
  it('v2 → v4: every deal kept, open ones indexed by last touch and next-step due time', async () => {
    const name = `up4-${crypto.randomUUID()}`;
    await createAtVersion(name, 2, async (v2) => {
      await v2.table('prospects').add(makePerson({ id: uuid(90) }));
      await v2.table('deals').bulkAdd(DEALS);
    });
    await expectUpgradedDeals(name);
  });

  it('v3 → v4: the same, with stale index-looking fields on rows recomputed', async () => {
    const name = `up4-${crypto.randomUUID()}`;
    await createAtVersion(name, 3, async (v3) => {
      await v3.table('prospects').add(makePerson({ id: uuid(90) }));
      await v3.table('deals').bulkAdd(DEALS.map((d) => ({ ...d, openTouchedAt: 1, openStepDueAt: 1 })));
    });
    await expectUpgradedDeals(name);
  });

  it('v1 → v4: people upgrade through every version, and the deal indexes exist and answer', async () => {
    const name = `up4-${crypto.randomUUID()}`;
    const row = v1Cagla(NOW);
    await createAtVersion(name, 1, (v1) => v1.table('prospects').add(row));
    const db = new SidecarDB(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(4);
    expect(await db.prospects.get(row.id)).toMatchObject({ displayName: 'Çağla Öztürk', linkedinKey: 'cagla' });
    expect(await db.deals.where('openTouchedAt').aboveOrEqual(0).count()).toBe(0);
    await db.deals.add(DEALS[1]!);
    expect(await db.deals.where('openStepDueAt').equals(NO_NEXT_STEP_DUE).primaryKeys()).toEqual([uuid(2)]);
    db.close();
  });
});
