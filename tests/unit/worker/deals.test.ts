import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PIPELINE_ID } from '@/lib/db/repositories/settings';
import type { SidecarDB } from '@/lib/db/schema';
import { addPerson, freshDb } from '../db/test-db';
import { messagesFor } from './harness';

const newDeal = (personId: string) => ({
  personId,
  title: 'Pilot',
  value: 1_250_000,
  currency: 'PLN',
  expectedClose: '2026-12-15',
});
const at = (t: number) => vi.setSystemTime(t);

describe('deals (createDeal, updateDeal, moveDeal, removeStage, savePipeline, addPipeline)', () => {
  let db: SidecarDB;
  let personId: string;
  let m: ReturnType<typeof messagesFor>;
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    db = await freshDb();
    personId = await addPerson(db);
    m = messagesFor(db);
  });
  afterEach(() => vi.useRealTimers());
  const stages = async () => (await db.pipelines.get(DEFAULT_PIPELINE_ID))!.stages;

  it('a new deal starts in the first stage, on the timeline', async () => {
    at(2_000);
    const { dealId } = await m.sendOk('createDeal', newDeal(personId));
    const deal = (await db.deals.get(dealId))!;
    expect(deal.stageId).toBe((await stages())[0]!.id);
    expect(deal.stageHistory).toEqual([{ stageId: deal.stageId, enteredAt: 2_000, leftAt: null }]);
    expect((await db.activities.where('personId').equals(personId).toArray()).map((a) => a.kind)).toContain(
      'stage-change',
    );
  });

  it('leaving the first stage needs a next step; with one the move lands in history and timeline', async () => {
    at(2_000);
    const { dealId } = await m.sendOk('createDeal', newDeal(personId));
    const [first, second] = await stages();
    at(3_000);
    const refused = await m.send('moveDeal', { dealId, toStageId: second!.id });
    expect(refused).toMatchObject({ ok: false, detail: expect.stringContaining('next-step-required') });
    expect((await db.deals.get(dealId))!.stageId).toBe(first!.id);
    await m.sendOk('moveDeal', { dealId, toStageId: second!.id, nextStep: { text: 'Call Tuesday', dueAt: 5_000 } });
    const deal = (await db.deals.get(dealId))!;
    expect(deal.stageHistory.map((v) => [v.stageId, v.leftAt])).toEqual([
      [first!.id, 3_000],
      [second!.id, null],
    ]);
    const changes = (await db.activities.where('personId').equals(personId).toArray()).filter(
      (a) => a.kind === 'stage-change',
    );
    expect(changes).toHaveLength(2);
  });

  it('winning a deal makes the person a customer; a retried move is applied once', async () => {
    const { dealId } = await m.sendOk('createDeal', newDeal(personId));
    const won = (await stages()).find((s) => s.kind === 'won')!;
    at(4_000);
    const move = { dealId, toStageId: won.id, opId: 'op-move-won-1' };
    const first = await m.send('moveDeal', move);
    expect(await m.send('moveDeal', move)).toEqual(first);
    expect((await db.prospects.get(personId))!.lifecycle).toBe('customer');
    expect((await db.deals.get(dealId))!).toMatchObject({ status: 'won', wonAt: 4_000 });
    expect((await db.activities.toArray()).filter((a) => a.kind === 'stage-change')).toHaveLength(2);
  });

  it('updateDeal edits a deal validated whole', async () => {
    const { dealId } = await m.sendOk('createDeal', newDeal(personId));
    await m.sendOk('updateDeal', { dealId, patch: { title: 'Pilot — Łódź', probability: 40 } });
    expect(await db.deals.get(dealId)).toMatchObject({ title: 'Pilot — Łódź', probability: 40 });
    expect(await m.send('updateDeal', { dealId: crypto.randomUUID(), patch: { title: 'x' } })).toMatchObject({
      ok: false,
      error: 'not-found',
    });
  });

  it('removing a stage moves its deals first: no deal is lost; a stage with deals cannot be saved away', async () => {
    const { dealId } = await m.sendOk('createDeal', newDeal(personId));
    const pipeline = (await db.pipelines.get(DEFAULT_PIPELINE_ID))!;
    const [first, second] = pipeline.stages;
    const { position: _p, ...plain } = pipeline;
    void _p;
    const saved = await m.send('savePipeline', { pipeline: { ...plain, stages: pipeline.stages.slice(1) } });
    expect(saved).toMatchObject({ ok: false, detail: expect.stringContaining('stage-in-use') });
    await m.sendOk('removeStage', { pipelineId: DEFAULT_PIPELINE_ID, stageId: first!.id, moveDealsTo: second!.id });
    expect((await db.deals.get(dealId))!.stageId).toBe(second!.id);
    expect((await stages()).map((s) => s.id)).not.toContain(first!.id);
  });

  it('addPipeline adds a template pipeline last', async () => {
    const { pipelineId } = await m.sendOk('addPipeline', { templateId: 'classic-five' });
    expect((await db.pipelines.get(pipelineId))?.position).toBe(1);
  });

  it('rejects an invalid deal and stores nothing', async () => {
    const result = await m.send('createDeal', { ...newDeal(personId), currency: 'PLN', value: -5 });
    expect(result).toMatchObject({ ok: false, error: 'invalid-input' });
    expect(await db.deals.count()).toBe(0);
  });
});
