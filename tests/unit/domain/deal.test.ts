import { describe, expect, it } from 'vitest';
import { closedAt, DealSchema, effectiveProbability, statusDealOf } from '../../../lib/domain/deal';
import { makeDeal, NOW } from './make-entities';

describe('deal schema', () => {
  it('accepts a valid deal', () => {
    const deal = makeDeal({ title: 'Wdrożenie CRM dla Łódź Sp. z o.o.', currency: 'PLN', expectedClose: '2026-04-30' });
    expect(DealSchema.parse(deal)).toEqual(deal);
  });

  it('rejects fractional or negative values, bad currencies and dates, out-of-range probabilities', () => {
    for (const bad of [
      { value: 10.5 },
      { value: -1 },
      { currency: 'eur' },
      { currency: 'EURO' },
      { probability: 101 },
      { expectedClose: '2026-13-01' },
    ]) {
      expect(DealSchema.safeParse(makeDeal(bad)).success).toBe(false);
    }
  });

  it('keeps status and won/lost dates consistent', () => {
    expect(DealSchema.safeParse(makeDeal({ status: 'won', wonAt: null })).success).toBe(false);
    expect(DealSchema.safeParse(makeDeal({ status: 'open', lostAt: NOW })).success).toBe(false);
    expect(DealSchema.safeParse(makeDeal({ status: 'lost', lostAt: NOW })).success).toBe(true);
  });

  it('uses the deal probability, else the stage default; closed deals are certain', () => {
    expect(effectiveProbability(makeDeal({ probability: 35 }), { probability: 60 })).toBe(35);
    expect(effectiveProbability(makeDeal(), { probability: 60 })).toBe(60);
    expect(effectiveProbability(makeDeal(), undefined)).toBe(0);
    expect(effectiveProbability(makeDeal({ status: 'won', probability: 35 }), { probability: 60 })).toBe(100);
    expect(effectiveProbability(makeDeal({ status: 'lost', probability: 35 }), { probability: 60 })).toBe(0);
  });

  it('reports when a deal closed', () => {
    expect(closedAt(makeDeal())).toBeNull();
    expect(closedAt(makeDeal({ status: 'won', wonAt: 5 }))).toBe(5);
    expect(closedAt(makeDeal({ status: 'lost', lostAt: 7 }))).toBe(7);
  });
});

describe('statusDealOf', () => {
  it('names the most recently updated open deal, the same for the overlay and the panel', () => {
    const older = makeDeal({ id: 'a', updatedAt: NOW - 1000 });
    const newer = makeDeal({ id: 'b', updatedAt: NOW });
    const won = makeDeal({ id: 'c', updatedAt: NOW + 1000, status: 'won', stageId: 'won' });
    expect(statusDealOf([older, newer, won])?.id).toBe('b');
    expect(statusDealOf([newer, older])?.id).toBe('b');
    expect(statusDealOf([won])).toBeUndefined();
  });
});
