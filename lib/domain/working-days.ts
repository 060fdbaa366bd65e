import { TZDate } from '@date-fns/tz';
import { clampEpoch } from './epoch-range';
import {
  addCalendarDays,
  atLocalTime,
  diffCalendarDays,
  isoWeekdayOf,
  isWithinWorkingHours,
  isWorkingDate,
  localDateOf,
  toMinutes,
  zonedParts,
  type LocalDate,
  type TimeOfDay,
  type WorkingTime,
} from './working-time';

// Working-day arithmetic on local dates (see working-time.ts). Loops over calendar days stop after a
// week, since any 7 dates hold every weekday once: an Invalid Date or settings with no working day
// made them spin forever and hung the worker (issue 16). Instants in and out are clamped to the
// epoch range; NaN and ±Infinity throw DateOutOfRangeError (lib/domain/epoch-range.ts).
const WEEK = 7;

/**
 * The first working date strictly after a date, found within a week. Settings with no working day
 * count every day as one (the next calendar date) instead of searching forever.
 */
export function nextWorkingDate(date: LocalDate, wt: WorkingTime): LocalDate {
  for (let i = 1; i <= WEEK; i += 1) {
    const next = addCalendarDays(date, i);
    if (isWorkingDate(next, wt)) return next;
  }
  return addCalendarDays(date, 1);
}

/** The next working day after the local day of fromMs, at `time` (default dayStart). */
export function nextWorkingDayAt(fromMs: number, wt: WorkingTime, time: TimeOfDay = wt.dayStart): number {
  const from = clampEpoch(fromMs);
  return clampEpoch(atLocalTime(nextWorkingDate(localDateOf(from, wt.timeZone), wt), time, wt.timeZone));
}

/**
 * Move n working days (negative goes back), keeping the local wall-clock time, so a 10:00 step
 * stays at 10:00 across a DST change. Like date-fns addBusinessDays, Saturday + 1 is Monday. Whole
 * weeks are jumped, so at most a week is walked day by day; with no working day, every day counts.
 */
export function addWorkingDays(fromMs: number, n: number, wt: WorkingTime): number {
  const from = clampEpoch(fromMs);
  if (!Number.isInteger(n)) throw new RangeError(`working days must be an integer: ${n}`);
  if (n === 0) return from;
  const weekdays = new Set(wt.workingDays);
  const perWeek = weekdays.size || WEEK;
  const isWorking = (date: LocalDate) => weekdays.size === 0 || weekdays.has(isoWeekdayOf(date));
  const p = zonedParts(from, wt.timeZone);
  const step = n > 0 ? 1 : -1;
  // Leave 1..perWeek working days to walk: landing exactly on a whole week would overshoot a start
  // on a day off (Saturday + 5 working days is Friday, not the next Saturday).
  const weeks = Math.ceil(Math.abs(n) / perWeek) - 1;
  let date = addCalendarDays(p, step * WEEK * weeks);
  let left = Math.abs(n) - weeks * perWeek;
  for (let i = 0; left > 0 && i < WEEK; i += 1) {
    date = addCalendarDays(date, step);
    if (isWorking(date)) left -= 1;
  }
  const millis = from - Math.floor(from / 1000) * 1000;
  const at = new TZDate(date.year, date.month - 1, date.day, p.hour, p.minute, p.second, millis, wt.timeZone);
  return clampEpoch(at.getTime());
}

/** Working days d with day(from) < d ≤ day(to), negative when to is earlier. */
export function countWorkingDaysBetween(fromMs: number, toMs: number, wt: WorkingTime): number {
  const [from, to] = [clampEpoch(fromMs), clampEpoch(toMs)];
  const a = localDateOf(Math.min(from, to), wt.timeZone);
  const total = diffCalendarDays(a, localDateOf(Math.max(from, to), wt.timeZone));
  const weeks = Math.floor(total / WEEK);
  let count = weeks * new Set(wt.workingDays).size;
  for (let i = weeks * WEEK + 1; i <= total; i += 1) if (isWorkingDate(addCalendarDays(a, i), wt)) count += 1;
  return to < from ? -count : count;
}

/** The instant itself if inside working hours, today's dayStart if earlier, else the next working day. */
export function moveIntoWorkingTime(ms: number, wt: WorkingTime): number {
  const at = clampEpoch(ms);
  if (isWithinWorkingHours(at, wt)) return at;
  const p = zonedParts(at, wt.timeZone);
  const beforeStart = p.hour * 60 + p.minute < toMinutes(wt.dayStart);
  if (beforeStart && wt.workingDays.includes(p.isoWeekday)) return clampEpoch(atLocalTime(p, wt.dayStart, wt.timeZone));
  return nextWorkingDayAt(at, wt);
}
