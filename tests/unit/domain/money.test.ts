import { describe, expect, it } from 'vitest';
import {
  CurrencyCodeSchema,
  currencyMinorDigits,
  fromMinorUnits,
  MinorUnitsSchema,
  toMinorUnits,
} from '../../../lib/domain/money';

describe('money', () => {
  it('accepts only three upper-case letters as a currency code', () => {
    expect(CurrencyCodeSchema.safeParse('PLN').success).toBe(true);
    for (const bad of ['pln', 'PL', 'PLNN', 'P1N', 'zł', ''])
      expect(CurrencyCodeSchema.safeParse(bad).success).toBe(false);
  });

  it('knows minor-unit digits from Intl: JPY 0, EUR 2, UAH 2, THB 2, TRY 2, KWD 3', () => {
    expect(currencyMinorDigits('JPY')).toBe(0);
    expect(currencyMinorDigits('EUR')).toBe(2);
    expect(currencyMinorDigits('UAH')).toBe(2);
    expect(currencyMinorDigits('THB')).toBe(2);
    expect(currencyMinorDigits('TRY')).toBe(2);
    expect(currencyMinorDigits('KWD')).toBe(3);
  });

  it('falls back to the ISO table when Intl is unavailable', async () => {
    const { vi } = await import('vitest');
    vi.resetModules();
    vi.stubGlobal('Intl', undefined);
    try {
      const fresh = await import('../../../lib/domain/money');
      expect(fresh.currencyMinorDigits('KRW')).toBe(0);
      expect(fresh.currencyMinorDigits('BHD')).toBe(3);
      expect(fresh.currencyMinorDigits('PLN')).toBe(2);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('converts between major and minor units without float noise', () => {
    expect(toMinorUnits(12345.67, 'PLN')).toBe(1234567);
    expect(toMinorUnits(1.005, 'EUR')).toBe(101);
    expect(toMinorUnits(1500, 'JPY')).toBe(1500);
    expect(toMinorUnits(1.2345, 'KWD')).toBe(1235);
    expect(fromMinorUnits(1234567, 'PLN')).toBe(12345.67);
  });

  it('stores amounts as non-negative integers', () => {
    expect(MinorUnitsSchema.safeParse(100).success).toBe(true);
    expect(MinorUnitsSchema.safeParse(1.5).success).toBe(false);
    expect(MinorUnitsSchema.safeParse(-1).success).toBe(false);
  });
});
