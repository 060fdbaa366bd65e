import { describe, expect, it } from 'vitest';
import { createDeal, moveDeal } from '@/lib/db/repositories/deals';
import { DEFAULT_PIPELINE_ID } from '@/lib/db/repositories/settings';
import { removePipelineStage } from '@/lib/db/repositories/pipelines';
import { addPerson, freshDb } from './test-db';

const newDeal = (personId: string) => ({
  personId,
  pipelineId: DEFAULT_PIPELINE_ID,
  title: 'Pilot',
  value: 1_250_000,
  currency: 'PLN',
  expectedClose: '2026-12-15',
});

describe('deals', () => {
  it('a new deal starts in the first stage, on the timeline', async () => {
    const db = await freshDb();
    const personId = await addPerson(db);
    const result = await createDeal(db, newDeal(personId), 2_000);
    expect(result.ok).toBe(true);
    const pipeline = await db.pipelines.get(DEFAULT_PIPELINE_ID);
    const deal = (await db.deals.toArray())[0]!;
    expect(deal.stageId).toBe(pipeline!.stages[0]!.id);
    expect(deal.stageHistory).toEqual([{ stageId: deal.stageId, enteredAt: 2_000, leftAt: null }]);
    expect((await db.activities.where('personId').equals(personId).toArray()).map((a) => a.kind)).toContain(
      'stage-change',
    );
  });

  it('leaving the first stage needs a next step; with one the move lands in history and timeline', async () => {
    const db = await freshDb();
    const personId = await addPerson(db);
    const created = await createDeal(db, newDeal(personId), 2_000);
    if (!created.ok) throw new Error('setup');
    const stages = (await db.pipelines.get(DEFAULT_PIPELINE_ID))!.stages;
    const refused = await moveDeal(db, created.value.id, stages[1]!.id, 3_000);
    expect(refused).toMatchObject({ ok: false, error: 'next-step-required' });
    expect((await db.deals.get(created.value.id))!.stageId).toBe(stages[0]!.id);
    const moved = await moveDeal(db, created.value.id, stages[1]!.id, 3_000, {
      nextStep: { text: 'Call Tuesday', dueAt: 5_000 },
    });
    expect(moved.ok).toBe(true);
    const deal = (await db.deals.get(created.value.id))!;
    expect(deal.stageHistory.map((v) => [v.stageId, v.leftAt])).toEqual([
      [stages[0]!.id, 3_000],
      [stages[1]!.id, null],
    ]);
    const changes = (await db.activities.where('personId').equals(personId).toArray()).filter(
      (a) => a.kind === 'stage-change',
    );
    expect(changes).toHaveLength(2);
  });

  it('winning a deal makes the person a customer', async () => {
    const db = await freshDb();
    const personId = await addPerson(db);
    const created = await createDeal(db, newDeal(personId), 2_000);
    if (!created.ok) throw new Error('setup');
    const won = (await db.pipelines.get(DEFAULT_PIPELINE_ID))!.stages.find((s) => s.kind === 'won')!;
    expect((await moveDeal(db, created.value.id, won.id, 4_000)).ok).toBe(true);
    expect((await db.prospects.get(personId))!.lifecycle).toBe('customer');
    expect((await db.deals.get(created.value.id))!).toMatchObject({ status: 'won', wonAt: 4_000 });
  });

  it('removing a stage moves its deals first: no deal is lost', async () => {
    const db = await freshDb();
    const personId = await addPerson(db);
    const created = await createDeal(db, newDeal(personId), 2_000);
    if (!created.ok) throw new Error('setup');
    const stages = (await db.pipelines.get(DEFAULT_PIPELINE_ID))!.stages;
    const result = await removePipelineStage(db, DEFAULT_PIPELINE_ID, stages[0]!.id, stages[1]!.id, 9_000);
    expect(result.ok).toBe(true);
    expect((await db.deals.get(created.value.id))!.stageId).toBe(stages[1]!.id);
    expect((await db.pipelines.get(DEFAULT_PIPELINE_ID))!.stages.map((s) => s.id)).not.toContain(stages[0]!.id);
  });

  it('rejects an invalid deal and stores nothing', async () => {
    const db = await freshDb();
    const personId = await addPerson(db);
    const result = await createDeal(db, { ...newDeal(personId), currency: 'zł', value: -5 }, 2_000);
    expect(result).toMatchObject({ ok: false, error: 'invalid-input' });
    expect(await db.deals.count()).toBe(0);
  });
});
