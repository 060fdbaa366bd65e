import { describe, expect, it } from 'vitest';
import { computeForecast, computeQuotaAttainment, monthBounds, monthOf } from '../../../lib/domain/analytics-forecast';
import { indexStages } from '../../../lib/domain/pipeline';
import { DEFAULT_SETTINGS } from '../../../lib/domain/settings';
import { createPipelineFromTemplate } from '../../../lib/domain/stage-templates';
import { makeDeal, uuid } from './make-entities';

const stages = indexStages([createPipelineFromTemplate('b2b-outbound', 'p1')]);

// Open deals (B2B template: prospecting 10, qualification 20, demo 40, proposal 60, negotiation 80):
//   A EUR 100 000 proposal 60%          2026-04 → 60 000
//   B EUR  50 000 prospecting, own 30%  2026-04 → 15 000
//   G EUR       3 proposal 60%          2026-04 →      1.8
//   C PLN 200 000 negotiation 80%       2026-04 → 160 000
//   D EUR  10 001 qualification 20%     2026-05 →   2 000.2
//   F EUR   7 000 demo 40%              no date →   2 800
// April EUR: 60 000 + 15 000 + 1.8 = 75 001.8 → 75 002 (rounded once per bucket, not per deal).
const deals = [
  makeDeal({ id: uuid(1), value: 100_000, stageId: 'proposal', expectedClose: '2026-04-10' }),
  makeDeal({ id: uuid(2), value: 50_000, stageId: 'prospecting', probability: 30, expectedClose: '2026-04-28' }),
  makeDeal({ id: uuid(3), value: 3, stageId: 'proposal', expectedClose: '2026-04-30' }),
  makeDeal({
    id: uuid(4),
    value: 200_000,
    currency: 'PLN',
    stageId: 'negotiation-commitment',
    expectedClose: '2026-04-05',
  }),
  makeDeal({ id: uuid(5), value: 10_001, stageId: 'qualification', expectedClose: '2026-05-01' }),
  makeDeal({ id: uuid(6), value: 7_000, stageId: 'demo-meeting' }),
  makeDeal({ id: uuid(7), value: 999_999, stageId: 'won', status: 'won', wonAt: 1, expectedClose: '2026-04-01' }),
  makeDeal({ id: uuid(8), value: 999_999, stageId: 'lost', status: 'lost', lostAt: 1, expectedClose: '2026-04-01' }),
];

describe('computeForecast', () => {
  it('weights open deals by month and currency, never adding currencies', () => {
    expect(computeForecast(deals, stages)).toEqual([
      { month: '2026-04', currency: 'EUR', dealCount: 3, totalValue: 150_003, weightedValue: 75_002 },
      { month: '2026-04', currency: 'PLN', dealCount: 1, totalValue: 200_000, weightedValue: 160_000 },
      { month: '2026-05', currency: 'EUR', dealCount: 1, totalValue: 10_001, weightedValue: 2_000 },
      { month: 'none', currency: 'EUR', dealCount: 1, totalValue: 7_000, weightedValue: 2_800 },
    ]);
  });

  it('limits to a period of months, keeping undated deals', () => {
    expect(computeForecast(deals, stages, { from: '2026-05', to: '2026-06' }).map((b) => b.month)).toEqual([
      '2026-05',
      'none',
    ]);
  });

  it('is empty without deals, and counts an unknown stage as 0% unless the deal has its own probability', () => {
    expect(computeForecast([], stages)).toEqual([]);
    const orphan = [
      makeDeal({ value: 1000, stageId: 'removed', expectedClose: '2026-06-01' }),
      makeDeal({ value: 1000, stageId: 'removed', probability: 50, expectedClose: '2026-06-02' }),
    ];
    expect(computeForecast(orphan, stages)[0]).toMatchObject({ totalValue: 2000, weightedValue: 500 });
  });
});

describe('months in a time zone', () => {
  it('puts an instant in the local month (Warsaw is UTC+2 on 31 March 2026)', () => {
    expect(monthOf(Date.UTC(2026, 2, 31, 22, 30), 'Europe/Warsaw')).toBe('2026-04');
    expect(monthOf(Date.UTC(2026, 2, 31, 22, 30), 'UTC')).toBe('2026-03');
  });

  it('computes month bounds across DST and year ends', () => {
    expect(monthBounds('2026-03', 'Europe/Warsaw')).toEqual({
      start: Date.UTC(2026, 1, 28, 23),
      end: Date.UTC(2026, 2, 31, 22),
    });
    expect(monthBounds('2026-12', 'UTC')).toEqual({ start: Date.UTC(2026, 11, 1), end: Date.UTC(2027, 0, 1) });
    expect(monthBounds('2026-01', 'Asia/Bangkok').start).toBe(Date.UTC(2025, 11, 31, 17));
  });
});

describe('computeQuotaAttainment', () => {
  const settings = {
    ...DEFAULT_SETTINGS,
    currency: 'EUR',
    monthlyQuota: 500_000,
    workingTime: { ...DEFAULT_SETTINGS.workingTime, timeZone: 'Europe/Warsaw' },
  };
  const won = (n: number, value: number, wonAt: number, currency = 'EUR') =>
    makeDeal({ id: uuid(n), value, currency, status: 'won', wonAt, stageId: 'won' });
  // March in Warsaw: 200 000 (10 March) + 50 000 (00:30 on 1 March local, still 28 Feb in UTC) = 250 000 of 500 000 = 0.5.
  // Not counted: 100 000 won at 00:30 on 1 April local (31 March UTC), and the PLN deal (reported separately).
  const wins = [
    won(1, 200_000, Date.UTC(2026, 2, 10, 12)),
    won(2, 100_000, Date.UTC(2026, 2, 31, 22, 30)),
    won(3, 50_000, Date.UTC(2026, 1, 28, 23, 30)),
    won(4, 999, Date.UTC(2026, 2, 10), 'PLN'),
    makeDeal({ id: uuid(5), value: 70_000, stageId: 'proposal' }),
  ];

  it('sums won value in the local month against the quota', () => {
    expect(computeQuotaAttainment(wins, settings, '2026-03')).toEqual({
      month: '2026-03',
      currency: 'EUR',
      quota: 500_000,
      wonValue: 250_000,
      attainment: 0.5,
      otherCurrencyWonCount: 1,
    });
  });

  it('reports no attainment ratio without a quota, and zero with no wins', () => {
    expect(computeQuotaAttainment(wins, { ...settings, monthlyQuota: 0 }, '2026-03').attainment).toBeNull();
    expect(computeQuotaAttainment([], settings, '2026-03')).toMatchObject({ wonValue: 0, attainment: 0 });
  });
});
