import { z } from 'zod';

/** Entity ids are UUIDs made by `crypto.randomUUID()` at the boundary (domain code never makes ids). */
export const IdSchema = z.uuid();

/** Timestamps are epoch milliseconds: cheap to compare and sort, and time-zone free. */
export const EpochMsSchema = z.number().int().nonnegative();

/** A calendar date without time or zone, e.g. an expected close date: `YYYY-MM-DD`. */
export const IsoDateSchema = z.iso.date();

/** Days in epoch milliseconds; analytics report durations in (fractional) days. */
export const DAY_MS = 86_400_000;

/** A half-open range of instants `[from, to)`, in epoch ms. */
export const DateRangeSchema = z
  .object({ from: EpochMsSchema, to: EpochMsSchema })
  .refine((r) => r.from <= r.to, { message: 'from must not be after to' });
export type DateRange = z.infer<typeof DateRangeSchema>;

/** Check whether an instant lies in a half-open range; no range means "all time". */
export function isInRange(at: number, range: DateRange | undefined): boolean {
  return range === undefined || (at >= range.from && at < range.to);
}
