import { describe, expect, it } from 'vitest';
import { computeConversion } from '../../../lib/domain/analytics-conversion';
import type { Deal, StageVisit } from '../../../lib/domain/deal';
import { createPipelineFromTemplate } from '../../../lib/domain/stage-templates';
import { DAY, makeDeal, NOW, uuid } from './make-entities';

const pipeline = createPipelineFromTemplate('b2b-outbound', 'p1');
const START = NOW - 60 * DAY;

/** Visits to `stageIds`, each lasting `stepDays`, the last one still current. */
function visits(stageIds: string[], stepDays: number, start = START): StageVisit[] {
  return stageIds.map((stageId, i) => ({
    stageId,
    enteredAt: start + i * stepDays * DAY,
    leftAt: i === stageIds.length - 1 ? null : start + (i + 1) * stepDays * DAY,
  }));
}

let n = 0;
function dealThrough(stageIds: string[], stepDays: number, status: Deal['status'], extra: Partial<Deal> = {}): Deal {
  n += 1;
  const history = visits(stageIds, stepDays);
  const last = history[history.length - 1]!;
  return makeDeal({
    id: uuid(n),
    stageId: last.stageId,
    stageHistory: history,
    status,
    wonAt: status === 'won' ? last.enteredAt : null,
    lostAt: status === 'lost' ? last.enteredAt : null,
    ...extra,
  });
}

const WON = ['prospecting', 'qualification', 'demo-meeting', 'proposal', 'negotiation-commitment', 'won'];
// Cohort of 10 deals entering in range:
//   4 won through every stage (1 day per stage)     furthest: won
//   2 lost after the demo (3 days per stage)        furthest: demo, lost
//   1 lost straight from prospecting (2 days)       furthest: prospecting, lost
//   2 open in proposal (2 days per stage)           furthest: proposal
//   1 open in negotiation, skipped Q/demo/proposal  furthest: negotiation
// reached: prospecting 10, qualification 9, demo 9, proposal 7, negotiation 5, won 4.
// conversion: 9/10, 9/9, 7/9, 5/7, 4/5. Leaks: demo 2 (biggest), prospecting 1.
// Average completed stay: prospecting (4·1 + 2·3 + 1·2 + 2·2 + 1·2)/10 = 1.8; qualification (4·1 + 2·3 + 2·2)/8 = 1.75;
// demo the same 14/8 = 1.75; proposal 4·1/4 = 1; negotiation 4·1/4 = 1 (the skipper is still there); won: none.
const cohort = [
  ...[1, 2, 3, 4].map(() => dealThrough(WON, 1, 'won')),
  ...[1, 2].map(() => dealThrough(['prospecting', 'qualification', 'demo-meeting', 'lost'], 3, 'lost')),
  dealThrough(['prospecting', 'lost'], 2, 'lost'),
  ...[1, 2].map(() => dealThrough(['prospecting', 'qualification', 'demo-meeting', 'proposal'], 2, 'open')),
  dealThrough(['prospecting', 'negotiation-commitment'], 2, 'open'),
];
const range = { from: NOW - 100 * DAY, to: NOW };

describe('computeConversion', () => {
  it('computes reach, conversion, leaks and average days per stage from history', () => {
    const result = computeConversion(cohort, pipeline, range);
    expect(result.dealCount).toBe(10);
    expect(result.biggestLeakStageId).toBe('demo-meeting');
    expect(result.stages).toEqual([
      {
        stageId: 'prospecting',
        reached: 10,
        advanced: 9,
        lost: 1,
        open: 0,
        conversionToNext: 0.9,
        averageDaysInStage: 1.8,
      },
      {
        stageId: 'qualification',
        reached: 9,
        advanced: 9,
        lost: 0,
        open: 0,
        conversionToNext: 1,
        averageDaysInStage: 1.75,
      },
      {
        stageId: 'demo-meeting',
        reached: 9,
        advanced: 7,
        lost: 2,
        open: 0,
        conversionToNext: 7 / 9,
        averageDaysInStage: 1.75,
      },
      {
        stageId: 'proposal',
        reached: 7,
        advanced: 5,
        lost: 0,
        open: 2,
        conversionToNext: 5 / 7,
        averageDaysInStage: 1,
      },
      {
        stageId: 'negotiation-commitment',
        reached: 5,
        advanced: 4,
        lost: 0,
        open: 1,
        conversionToNext: 0.8,
        averageDaysInStage: 1,
      },
      { stageId: 'won', reached: 4, advanced: 0, lost: 0, open: 0, conversionToNext: null, averageDaysInStage: null },
    ]);
  });

  it('keeps to the cohort that entered in the range and to this pipeline', () => {
    const early = dealThrough(WON, 1, 'won');
    const old = { ...early, stageHistory: visits(WON, 1, NOW - 200 * DAY) };
    const elsewhere = { ...dealThrough(WON, 1, 'won'), pipelineId: 'p2' };
    expect(computeConversion([...cohort, old, elsewhere], pipeline, range).dealCount).toBe(10);
    expect(computeConversion([...cohort, old], pipeline).dealCount).toBe(11);
  });

  it('ignores visits to removed stages and uses the current stage when history is empty', () => {
    const removed = dealThrough(['prospecting', 'old-stage', 'proposal'], 1, 'open');
    const bare = makeDeal({ id: uuid(999), stageId: 'qualification', stageHistory: [], createdAt: NOW - 10 * DAY });
    const result = computeConversion([removed, bare], pipeline, range);
    expect(result.stages.map((s) => s.reached)).toEqual([2, 2, 1, 1, 0, 0]);
    expect(result.stages[0]?.averageDaysInStage).toBe(1);
  });

  it('handles no deals: zero reach, no conversion, no leak', () => {
    const result = computeConversion([], pipeline);
    expect(result.dealCount).toBe(0);
    expect(result.biggestLeakStageId).toBeNull();
    expect(
      result.stages.every((s) => s.reached === 0 && s.conversionToNext === null && s.averageDaysInStage === null),
    ).toBe(true);
  });

  it('treats post-sale as the funnel end in the classic template', () => {
    const classic = createPipelineFromTemplate('classic-five', 'c');
    const deal = {
      ...dealThrough(['prospecting', 'qualification', 'consideration', 'decision', 'delivery'], 1, 'won'),
      pipelineId: 'c',
    };
    const result = computeConversion([deal], classic);
    expect(result.stages.map((s) => s.stageId)).toEqual([
      'prospecting',
      'qualification',
      'consideration',
      'decision',
      'delivery',
    ]);
    expect(result.stages[3]?.conversionToNext).toBe(1);
    expect(result.stages[4]?.conversionToNext).toBeNull();
  });
});
