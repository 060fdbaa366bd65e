// The range every stored or received instant lies in (issue 16: one message with
// `sendAt: 9007199254740991` gave an invalid Date and hung the worker in a calendar loop). No zod and
// no DOM: content scripts bundle this file to bound the dates they read from a page.

/** The first instant out of range: 2200-01-01T00:00:00Z. Nothing Sidecar plans lies that far ahead. */
export const EPOCH_END = Date.UTC(2200, 0, 1);

/** The last instant in range. */
export const EPOCH_LAST = EPOCH_END - 1;

/** Whether a value is an integer epoch in milliseconds within `[0, EPOCH_END)`. */
export function isEpoch(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < EPOCH_END;
}

/** A date computed from a valid one left the range (or was never a date): a typed failure, not a hang. */
export class DateOutOfRangeError extends RangeError {
  override name = 'DateOutOfRangeError';
  constructor(value: unknown) {
    super(`date-out-of-range: ${String(value)}`);
  }
}

/**
 * Bring a finite instant into range (negative → 0, at or past 2200 → its last millisecond, fractions
 * dropped). NaN and ±Infinity carry no instant to keep: they throw DateOutOfRangeError.
 */
export function clampEpoch(value: number): number {
  if (!Number.isFinite(value)) throw new DateOutOfRangeError(value);
  return Math.min(EPOCH_LAST, Math.max(0, Math.floor(value)));
}

/** Whether a `YYYY-MM-DD` calendar date lies in the same range (string order is date order at 4-digit years). */
export function isIsoDateInRange(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && date >= '1970-01-01' && date < '2200-01-01';
}
