import { z } from 'zod';
import { isIsoDateInRange } from './epoch-range';
import { EpochSchema } from './epoch';

/** Entity ids are UUIDs made by `crypto.randomUUID()` at the boundary (domain code never makes ids). */
export const IdSchema = z.uuid();

/** A calendar date without time or zone, e.g. an expected close date: `YYYY-MM-DD`, 1970 to 2199. */
export const IsoDateSchema = z.iso.date().refine(isIsoDateInRange, 'date-out-of-range');

/** Days in epoch milliseconds; analytics report durations in (fractional) days. */
export const DAY_MS = 86_400_000;

/** A half-open range of instants `[from, to)`, in epoch ms. */
export const DateRangeSchema = z
  .object({ from: EpochSchema, to: EpochSchema })
  .refine((r) => r.from <= r.to, { message: 'from must not be after to' });
export type DateRange = z.infer<typeof DateRangeSchema>;

/** Check whether an instant lies in a half-open range; no range means "all time". */
export function isInRange(at: number, range: DateRange | undefined): boolean {
  return range === undefined || (at >= range.from && at < range.to);
}
