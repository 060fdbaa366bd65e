import { describe, expect, it } from 'vitest';
import { computeVelocity, cycleDays } from '../../../lib/domain/analytics-velocity';
import { DAY, makeDeal, NOW, uuid } from './make-entities';

const T0 = NOW - 90 * DAY;
const won = (n: number, value: number, days: number, currency = 'EUR') =>
  makeDeal({ id: uuid(n), value, currency, status: 'won', stageId: 'won', createdAt: T0, wonAt: T0 + days * DAY });
const lost = (n: number, currency = 'EUR') =>
  makeDeal({ id: uuid(n), currency, status: 'lost', stageId: 'lost', lostAt: T0 + DAY });
const open = (n: number, currency = 'EUR') => makeDeal({ id: uuid(n), currency });

describe('computeVelocity', () => {
  it('computes open × win rate × average won value / average cycle, per currency', () => {
    // EUR: 3 open; won 100 000 in 10 days and 300 000 in 30 days; 2 lost.
    //   win rate 2/4 = 0.5, average won 200 000, average cycle 20 days → 3 × 0.5 × 200 000 / 20 = 15 000 a day.
    // PLN: 1 open; 50 000 won the instant it was created: cycle counts as 1 day → 1 × 1 × 50 000 / 1 = 50 000.
    // USD: 2 open, nothing closed → no velocity.
    const deals = [
      open(1),
      open(2),
      open(3),
      won(4, 100_000, 10),
      won(5, 300_000, 30),
      lost(6),
      lost(7),
      open(8, 'PLN'),
      won(9, 50_000, 0, 'PLN'),
      open(10, 'USD'),
      open(11, 'USD'),
    ];
    expect(computeVelocity(deals)).toEqual([
      {
        currency: 'EUR',
        openDeals: 3,
        wonDeals: 2,
        lostDeals: 2,
        winRate: 0.5,
        averageWonValue: 200_000,
        averageCycleDays: 20,
        velocityPerDay: 15_000,
      },
      {
        currency: 'PLN',
        openDeals: 1,
        wonDeals: 1,
        lostDeals: 0,
        winRate: 1,
        averageWonValue: 50_000,
        averageCycleDays: 1,
        velocityPerDay: 50_000,
      },
      {
        currency: 'USD',
        openDeals: 2,
        wonDeals: 0,
        lostDeals: 0,
        winRate: null,
        averageWonValue: null,
        averageCycleDays: null,
        velocityPerDay: null,
      },
    ]);
  });

  it('uses only deals closed in the range for rate, value and cycle', () => {
    // In range [T0 + 15 days, NOW): only the 30-day win and no losses → 1 × 1 × 300 000 / 30 = 10 000.
    const deals = [open(1), won(4, 100_000, 10), won(5, 300_000, 30), lost(6)];
    expect(computeVelocity(deals, { from: T0 + 15 * DAY, to: NOW })[0]).toMatchObject({
      winRate: 1,
      averageWonValue: 300_000,
      averageCycleDays: 30,
      velocityPerDay: 10_000,
    });
  });

  it('is zero with no open deals, and empty with no deals', () => {
    expect(computeVelocity([won(1, 100, 5)])[0]?.velocityPerDay).toBe(0);
    expect(computeVelocity([])).toEqual([]);
  });

  it('counts a cycle as at least one day', () => {
    expect(cycleDays({ createdAt: 0, wonAt: 0 })).toBe(1);
    expect(cycleDays({ createdAt: 0, wonAt: DAY / 2 })).toBe(1);
    expect(cycleDays({ createdAt: 0, wonAt: 2.5 * DAY })).toBe(2.5);
    expect(cycleDays({ createdAt: 0, wonAt: null })).toBe(0);
  });
});
