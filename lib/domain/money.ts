import { z } from 'zod';

/** ISO 4217 code: three upper-case Latin letters. */
export const CurrencyCodeSchema = z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 code, e.g. EUR');
export type CurrencyCode = z.infer<typeof CurrencyCodeSchema>;

/** An amount in integer minor units (cents, grosze, kopiyky): integers add up exactly. */
export const MinorUnitsSchema = z
  .number()
  .int()
  .nonnegative()
  .max(Number.MAX_SAFE_INTEGER / 1000);

// Used when Intl is missing or lacks currency data (some stripped-down runtimes); ISO 4217 exponents.
const FALLBACK_DIGITS: Record<string, number> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
};
const digitsCache = new Map<string, number>();

/** How many minor-unit digits a currency has (JPY 0, EUR 2, KWD 3), from Intl with an ISO table fallback. */
export function currencyMinorDigits(code: CurrencyCode): number {
  const cached = digitsCache.get(code);
  if (cached !== undefined) return cached;
  let digits = FALLBACK_DIGITS[code] ?? 2;
  try {
    if (typeof Intl !== 'undefined' && typeof Intl.NumberFormat === 'function') {
      const max = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
        .maximumFractionDigits;
      if (typeof max === 'number' && max >= 0 && max <= 4) digits = max;
    }
  } catch {
    // RangeError for codes this runtime does not know: keep the fallback.
  }
  digitsCache.set(code, digits);
  return digits;
}

/** Convert a major-unit amount (12.34) to integer minor units (1234), rounding half away from zero. */
export function toMinorUnits(major: number, code: CurrencyCode): number {
  const factor = 10 ** currencyMinorDigits(code);
  // toPrecision(15) absorbs binary noise: 1.005 * 100 is 100.49999999999999 in doubles.
  return Math.sign(major) * Math.round(Number((Math.abs(major) * factor).toPrecision(15)));
}

/** Convert integer minor units back to a major-unit number for display. */
export function fromMinorUnits(minor: number, code: CurrencyCode): number {
  return minor / 10 ** currencyMinorDigits(code);
}
