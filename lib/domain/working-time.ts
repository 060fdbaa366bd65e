import { TZDate } from '@date-fns/tz';
import { z } from 'zod';
import { DAY_MS } from './entity-fields';

// All calendar arithmetic happens on local dates (year/month/day, computed in UTC where days are
// always 24 h) and only the final wall-clock time is turned into an instant with TZDate. Adding
// 24 h to an instant would drift by an hour across a DST change.
//

/** Whether the runtime (ICU) knows this IANA time zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export const TimeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time-of-day');
export type TimeOfDay = z.infer<typeof TimeOfDaySchema>;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const IsoWeekdaySchema = z.number().int().min(1).max(7);

/** Minutes since local midnight of an 'HH:MM' string (validated by TimeOfDaySchema). */
export function toMinutes(time: TimeOfDay): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * The user's working week. Night shifts (dayEnd before dayStart) are not supported: reminders
 * only need "the start of the next working day", which stays well defined without them.
 */
export const WorkingTimeSchema = z
  .object({
    timeZone: z.string().min(1).max(64).refine(isValidTimeZone, 'invalid-time-zone'),
    workingDays: z
      .array(IsoWeekdaySchema)
      .min(1)
      .max(7)
      .refine((days) => new Set(days).size === days.length, 'duplicate-weekday')
      .default([1, 2, 3, 4, 5]),
    dayStart: TimeOfDaySchema.default('09:00'),
    dayEnd: TimeOfDaySchema.default('17:00'),
  })
  .refine((wt) => toMinutes(wt.dayStart) < toMinutes(wt.dayEnd), {
    path: ['dayEnd'],
    message: 'day-end-not-after-start',
  });
export type WorkingTime = z.infer<typeof WorkingTimeSchema>;

/** Mon–Fri 09:00–17:00; callers replace timeZone with the user's (settings or the system's). */
export const DEFAULT_WORKING_TIME: WorkingTime = {
  timeZone: 'UTC',
  workingDays: [1, 2, 3, 4, 5],
  dayStart: '09:00',
  dayEnd: '17:00',
};

/** A calendar date with no time zone; month is 1–12. */
export type LocalDate = { year: number; month: number; day: number };

export type ZonedParts = LocalDate & { hour: number; minute: number; second: number; isoWeekday: number };

/** The wall-clock reading of an instant in a time zone. */
export function zonedParts(ms: number, timeZone: string): ZonedParts {
  const d = TZDate.tz(timeZone, ms);
  return {
    year: d.getFullYear(),
    month: d.getMonth() + 1,
    day: d.getDate(),
    hour: d.getHours(),
    minute: d.getMinutes(),
    second: d.getSeconds(),
    isoWeekday: d.getDay() === 0 ? 7 : d.getDay(),
  };
}

/** The local calendar date of an instant. */
export function localDateOf(ms: number, timeZone: string): LocalDate {
  const { year, month, day } = zonedParts(ms, timeZone);
  return { year, month, day };
}

/** Move a calendar date by whole days (negative goes back). */
export function addCalendarDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** ISO weekday (1 = Monday) of a calendar date. */
export function isoWeekdayOf(date: LocalDate): number {
  const day = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Days from a to b, as calendar dates. */
export function diffCalendarDays(a: LocalDate, b: LocalDate): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}

/**
 * The instant a wall-clock time happens on a date. A time skipped by a spring-forward change
 * moves forward by the gap (02:30 → 03:30); a repeated one resolves to TZDate's choice.
 */
export function atLocalTime(date: LocalDate, time: TimeOfDay, timeZone: string): number {
  const hour = Number(time.slice(0, 2));
  const minute = Number(time.slice(3, 5));
  return new TZDate(date.year, date.month - 1, date.day, hour, minute, timeZone).getTime();
}

/** The instant local midnight starts the day of ms. */
export function startOfLocalDay(ms: number, timeZone: string): number {
  return atLocalTime(localDateOf(ms, timeZone), '00:00', timeZone);
}

/** Whether a calendar date is one of the user's working days. */
export function isWorkingDate(date: LocalDate, wt: WorkingTime): boolean {
  return wt.workingDays.includes(isoWeekdayOf(date));
}

/** Whether the local day of an instant is a working day. */
export function isWorkingDay(ms: number, wt: WorkingTime): boolean {
  return isWorkingDate(localDateOf(ms, wt.timeZone), wt);
}

/** Whether an instant falls on a working day within [dayStart, dayEnd). */
export function isWithinWorkingHours(ms: number, wt: WorkingTime): boolean {
  const p = zonedParts(ms, wt.timeZone);
  const minutes = p.hour * 60 + p.minute;
  return wt.workingDays.includes(p.isoWeekday) && minutes >= toMinutes(wt.dayStart) && minutes < toMinutes(wt.dayEnd);
}
