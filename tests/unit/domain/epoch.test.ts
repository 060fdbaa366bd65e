import { describe, expect, it } from 'vitest';
import { DateOutOfRangeError, EPOCH_END, clampEpoch, isEpoch } from '../../../lib/domain/epoch-range';
import { EpochSchema } from '../../../lib/domain/epoch';
import { IsoDateSchema } from '../../../lib/domain/entity-fields';

describe('EpochSchema', () => {
  it('accepts integer epochs from 1970 up to the end of 2199', () => {
    for (const ok of [0, Date.UTC(2026, 2, 27), EPOCH_END - 1]) {
      expect(EpochSchema.safeParse(ok).success, String(ok)).toBe(true);
      expect(isEpoch(ok)).toBe(true);
    }
  });

  it.each([
    9_007_199_254_740_991,
    Number.MAX_SAFE_INTEGER,
    Date.parse('+275760-09-13T00:00:00Z'),
    EPOCH_END,
    NaN,
    Infinity,
    -1,
    1.5,
    '1700000000000',
    null,
  ])('rejects %s', (bad) => {
    expect(EpochSchema.safeParse(bad).success).toBe(false);
    expect(isEpoch(bad)).toBe(false);
  });

  it('clamps finite values and refuses the rest', () => {
    expect(clampEpoch(-5)).toBe(0);
    expect(clampEpoch(Number.MAX_SAFE_INTEGER)).toBe(EPOCH_END - 1);
    expect(clampEpoch(12.7)).toBe(12);
    expect(() => clampEpoch(NaN)).toThrow(DateOutOfRangeError);
    expect(() => clampEpoch(-Infinity)).toThrow(DateOutOfRangeError);
  });

  it('bounds calendar dates the same way', () => {
    expect(IsoDateSchema.safeParse('2026-03-27').success).toBe(true);
    expect(IsoDateSchema.safeParse('2199-12-31').success).toBe(true);
    for (const bad of ['2200-01-01', '9999-12-31', '1969-12-31', '2026-02-30'])
      expect(IsoDateSchema.safeParse(bad).success, bad).toBe(false);
  });
});
