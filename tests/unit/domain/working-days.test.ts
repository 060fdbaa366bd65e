import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DateOutOfRangeError, EPOCH_LAST } from '../../../lib/domain/epoch-range';
import {
  addCalendarDays,
  atLocalTime,
  isWorkingDate,
  zonedParts,
  type LocalDate,
  type WorkingTime,
} from '../../../lib/domain/working-time';
import {
  addWorkingDays,
  countWorkingDaysBetween,
  moveIntoWorkingTime,
  nextWorkingDate,
  nextWorkingDayAt,
} from '../../../lib/domain/working-days';
import { SUN_THU, officeHours } from './follow-up.fixture';

const WARSAW = officeHours('Europe/Warsaw');
// Settings as a damaged row could hold them: the schema asks for at least one working day.
const NO_DAYS: WorkingTime = officeHours('Europe/Warsaw', { workingDays: [] });
const HOSTILE = [
  9_007_199_254_740_991,
  Number.MAX_SAFE_INTEGER,
  Date.parse('+275760-09-13T00:00:00Z'),
  8.64e15 + 1, // past the last Date: new Date(x) is Invalid Date
  Date.UTC(9999, 0, 1),
  -1,
  -8.64e15,
];

/** The old day-by-day walk, as the reference the week jumps must agree with. */
function walkWorkingDays(from: LocalDate, n: number, wt: WorkingTime): LocalDate {
  let date = from;
  for (let left = Math.abs(n); left > 0;) {
    date = addCalendarDays(date, n > 0 ? 1 : -1);
    if (isWorkingDate(date, wt)) left -= 1;
  }
  return date;
}

describe('working days: bounded whatever the input (issue 16)', () => {
  it.each(HOSTILE)('clamps %d into range instead of looping', (ms) => {
    for (const wt of [WARSAW, NO_DAYS]) {
      for (const out of [
        addWorkingDays(ms, 3, wt),
        addWorkingDays(ms, -3, wt),
        nextWorkingDayAt(ms, wt),
        moveIntoWorkingTime(ms, wt),
      ]) {
        expect(Number.isInteger(out)).toBe(true);
        expect(out).toBeGreaterThanOrEqual(0);
        expect(out).toBeLessThanOrEqual(EPOCH_LAST);
      }
      expect(Number.isFinite(countWorkingDaysBetween(0, ms, wt))).toBe(true);
    }
  });

  it.each([NaN, Infinity, -Infinity])('refuses %d with a typed error', (ms) => {
    expect(() => addWorkingDays(ms, 1, WARSAW)).toThrow(DateOutOfRangeError);
    expect(() => nextWorkingDayAt(ms, WARSAW)).toThrow(DateOutOfRangeError);
    expect(() => moveIntoWorkingTime(ms, WARSAW)).toThrow(DateOutOfRangeError);
    expect(() => countWorkingDaysBetween(0, ms, WARSAW)).toThrow(DateOutOfRangeError);
    expect(() => addWorkingDays(0, NaN, WARSAW)).toThrow(RangeError);
  });

  it('returns from an Invalid Date or a week with no working day', () => {
    const invalid = { year: NaN, month: NaN, day: NaN };
    expect(Number.isNaN(nextWorkingDate(invalid, WARSAW).year)).toBe(true);
    expect(nextWorkingDate({ year: 2026, month: 3, day: 27 }, NO_DAYS)).toEqual({ year: 2026, month: 3, day: 28 });
    expect(nextWorkingDate({ year: 2026, month: 3, day: 27 }, officeHours('UTC', { workingDays: [9] }))).toEqual({
      year: 2026,
      month: 3,
      day: 28,
    });
  });

  it('counts every day as working when none is', () => {
    const friday = Date.parse('2026-03-27T10:00:00+01:00');
    expect(addWorkingDays(friday, 2, NO_DAYS)).toBe(Date.parse('2026-03-29T10:00:00+02:00'));
    expect(moveIntoWorkingTime(Date.parse('2026-03-28T20:00:00+01:00'), NO_DAYS)).toBe(
      Date.parse('2026-03-29T09:00:00+02:00'),
    );
  });

  it('walks 230 years of working days at once', () => {
    const n = countWorkingDaysBetween(0, EPOCH_LAST, WARSAW);
    expect(n).toBeGreaterThan(60_000);
    expect(addWorkingDays(0, n, WARSAW)).toBeLessThanOrEqual(EPOCH_LAST);
    expect(addWorkingDays(EPOCH_LAST, -n, WARSAW)).toBeGreaterThanOrEqual(0);
  });

  it('agrees with the day-by-day walk (property: zones, weeks, up to ±500 days)', () => {
    const start = Date.parse('2026-01-01T00:00:00Z');
    fc.assert(
      fc.property(
        fc.constantFrom('Europe/Warsaw', 'America/New_York', 'Asia/Bangkok'),
        fc.integer({ min: 0, max: 730 }),
        fc.integer({ min: -500, max: 500 }),
        fc.constantFrom([1, 2, 3, 4, 5], SUN_THU, [1, 3, 5], [6], [1, 2, 3, 4, 5, 6, 7]),
        (zone, dayIndex, n, workingDays) => {
          const wt = officeHours(zone, { workingDays });
          const from = atLocalTime(zonedParts(start + dayIndex * 86_400_000, zone), '10:30', zone);
          const expected = atLocalTime(walkWorkingDays(zonedParts(from, zone), n, wt), '10:30', zone);
          expect(addWorkingDays(from, n, wt)).toBe(expected);
        },
      ),
    );
  });
});
