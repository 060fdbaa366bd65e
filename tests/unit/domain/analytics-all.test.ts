import { describe, expect, it } from 'vitest';
import { computeAllAnalytics } from '../../../lib/domain/analytics-all';
import type { Deal } from '../../../lib/domain/deal';
import { DEFAULT_SETTINGS } from '../../../lib/domain/settings';
import { createPipelineFromTemplate } from '../../../lib/domain/stage-templates';
import { DAY, makeDeal, NOW, uuid } from './make-entities';

const b2b = createPipelineFromTemplate('b2b-outbound', 'p1');
const hubspot = createPipelineFromTemplate('hubspot', 'p2');
const settings = { ...DEFAULT_SETTINGS, monthlyQuota: 100_000 };

/** A deterministic mixed book of deals across both pipelines and three currencies. */
export function makeBook(count: number): Deal[] {
  const currencies = ['EUR', 'PLN', 'UAH'];
  return Array.from({ length: count }, (_, i) => {
    const pipeline = i % 2 === 0 ? b2b : hubspot;
    const stage = pipeline.stages[i % pipeline.stages.length]!;
    const status = stage.kind === 'won' ? 'won' : stage.kind === 'lost' ? 'lost' : 'open';
    const enteredAt = NOW - ((i % 90) + 1) * DAY;
    return makeDeal({
      id: uuid(i + 1),
      pipelineId: pipeline.id,
      stageId: stage.id,
      value: 1000 * ((i % 50) + 1),
      currency: currencies[i % 3]!,
      status,
      wonAt: status === 'won' ? NOW - (i % 20) * DAY : null,
      lostAt: status === 'lost' ? NOW - DAY : null,
      expectedClose: `2026-0${(i % 6) + 3}-15`,
      createdAt: enteredAt,
      stageHistory: [
        { stageId: pipeline.stages[0]!.id, enteredAt, leftAt: enteredAt + DAY },
        { stageId: stage.id, enteredAt: enteredAt + DAY, leftAt: null },
      ],
    });
  });
}

describe('computeAllAnalytics', () => {
  it('returns forecast, attainment, conversion per pipeline and velocity', () => {
    // One open EUR deal in proposal (60% of 50 000 = 30 000) and one EUR deal won this month (40 000 of a 100 000 quota).
    const deals = [
      makeDeal({ id: uuid(1), stageId: 'proposal', value: 50_000, expectedClose: '2026-03-31' }),
      makeDeal({
        id: uuid(2),
        stageId: 'won',
        value: 40_000,
        status: 'won',
        wonAt: NOW - DAY,
        createdAt: NOW - 11 * DAY,
      }),
    ];
    const all = computeAllAnalytics(deals, [b2b, hubspot], settings, NOW);
    expect(all.forecast).toEqual([
      { month: '2026-03', currency: 'EUR', dealCount: 1, totalValue: 50_000, weightedValue: 30_000 },
    ]);
    expect(all.attainment).toMatchObject({ month: '2026-03', wonValue: 40_000, attainment: 0.4 });
    expect(all.conversion.map((c) => [c.pipelineId, c.dealCount])).toEqual([
      ['p1', 2],
      ['p2', 0],
    ]);
    // 1 open × 1/1 won × 40 000 / 10 days = 4 000 a day.
    expect(all.velocity).toEqual([
      {
        currency: 'EUR',
        openDeals: 1,
        wonDeals: 1,
        lostDeals: 0,
        winRate: 1,
        averageWonValue: 40_000,
        averageCycleDays: 10,
        velocityPerDay: 4_000,
      },
    ]);
  });

  it('handles an empty book', () => {
    const all = computeAllAnalytics([], [b2b], settings, NOW);
    expect(all).toMatchObject({ forecast: [], velocity: [], attainment: { wonValue: 0, attainment: 0 } });
    expect(all.conversion[0]?.dealCount).toBe(0);
  });

  it('stays consistent on 20 000 deals (timings belong to the benchmark, not here)', () => {
    const book = makeBook(20_000);
    const all = computeAllAnalytics(book, [b2b, hubspot], settings, NOW);
    const open = book.filter((d) => d.status === 'open').length;
    expect(all.forecast.reduce((sum, b) => sum + b.dealCount, 0)).toBe(open);
    expect(all.conversion.reduce((sum, c) => sum + c.dealCount, 0)).toBe(20_000);
    expect(all.velocity.reduce((sum, v) => sum + v.openDeals, 0)).toBe(open);
  });
});
