import { z } from 'zod';
import {
  TimeOfDaySchema,
  addCalendarDays,
  atLocalTime,
  isWorkingDate,
  localDateOf,
  isoWeekdayOf,
  isWithinWorkingHours,
  zonedParts,
  type LocalDate,
  type WorkingTime,
} from './working-time';
import { nextWorkingDayAt } from './working-days';
import { isEpoch } from './epoch-range';

// Decisions (issue "Follow-ups that are never missed"):
// - tomorrow-morning: the next working day at dayStart, so on Friday it means Monday.
// - in-3-days: three calendar days on. Picked inside working hours it keeps the time of day
//   ("this time in three days"); outside them it uses dayStart. A non-working landing day moves
//   to the next working day at dayStart, because the kept hour was tied to the original day.
// - next-week: the first day of the user's next working week at dayStart (Monday for Mon–Fri,
//   Sunday for a Sun–Thu week). On the weekend before, that is the coming one.
// - custom: exactly the date and time the user picked, in their zone, weekends included.

export const LocalDateStringSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'date');

export const FollowUpPresetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('tomorrow-morning') }),
  z.object({ kind: z.literal('in-3-days') }),
  z.object({ kind: z.literal('next-week') }),
  z.object({ kind: z.literal('custom'), date: LocalDateStringSchema, time: TimeOfDaySchema }),
]);
export type FollowUpPreset = z.infer<typeof FollowUpPresetSchema>;
export type FollowUpPresetKind = FollowUpPreset['kind'];

/** Menu order and message keys of the presets. */
export const FOLLOW_UP_PRESETS: readonly { kind: FollowUpPresetKind; labelKey: string }[] = [
  { kind: 'tomorrow-morning', labelKey: 'followUp.preset.tomorrowMorning' },
  { kind: 'in-3-days', labelKey: 'followUp.preset.in3Days' },
  { kind: 'next-week', labelKey: 'followUp.preset.nextWeek' },
  { kind: 'custom', labelKey: 'followUp.preset.custom' },
];

/** Parse 'YYYY-MM-DD' into a calendar date, or null when it is not a real date (2026-02-30). */
export function parseLocalDate(text: string): LocalDate | null {
  if (!LocalDateStringSchema.safeParse(text).success) return null;
  const date = { year: Number(text.slice(0, 4)), month: Number(text.slice(5, 7)), day: Number(text.slice(8, 10)) };
  const roundTrip = addCalendarDays(date, 0);
  return roundTrip.month === date.month && roundTrip.day === date.day ? date : null;
}

/** The ISO weekday that opens the working week: the working day after the longest day off. */
export function findWeekStart(wt: WorkingTime): number {
  let best = 1;
  let bestGap = -1;
  for (const day of [...wt.workingDays].sort((a, b) => a - b)) {
    let gap = 0;
    while (gap < 6 && !wt.workingDays.includes(((day - gap + 12) % 7) + 1)) gap += 1;
    if (gap > bestGap) [best, bestGap] = [day, gap];
  }
  // A seven-day week has no day off: fall back to the ISO week (Monday).
  return bestGap === 0 ? 1 : best;
}

/** Tomorrow morning: the next working day at dayStart. */
export function computeTomorrowMorning(now: number, wt: WorkingTime): number {
  return nextWorkingDayAt(now, wt, wt.dayStart);
}

/** Three calendar days on; see the decisions above for the hour and non-working days. */
export function computeInThreeDays(now: number, wt: WorkingTime): number {
  const p = zonedParts(now, wt.timeZone);
  const target = addCalendarDays(p, 3);
  if (!isWorkingDate(target, wt)) return nextWorkingDayAt(atLocalTime(target, '12:00', wt.timeZone), wt);
  const time = isWithinWorkingHours(now, wt) ? `${pad(p.hour)}:${pad(p.minute)}` : wt.dayStart;
  return atLocalTime(target, time, wt.timeZone);
}

/** The first day of the next working week at dayStart. */
export function computeNextWeek(now: number, wt: WorkingTime): number {
  const start = findWeekStart(wt);
  const today = localDateOf(now, wt.timeZone);
  const ahead = ((start - isoWeekdayOf(today) + 6) % 7) + 1;
  return atLocalTime(addCalendarDays(today, ahead), wt.dayStart, wt.timeZone);
}

/** Epoch ms for a preset in the user's zone and working week; null for an impossible or out-of-range custom date. */
export function computePresetDueAt(preset: FollowUpPreset, now: number, wt: WorkingTime): number | null {
  switch (preset.kind) {
    case 'tomorrow-morning':
      return computeTomorrowMorning(now, wt);
    case 'in-3-days':
      return computeInThreeDays(now, wt);
    case 'next-week':
      return computeNextWeek(now, wt);
    case 'custom': {
      // The date field accepts years 0000–9999; a due time outside the epoch range is no date for us.
      const date = parseLocalDate(preset.date);
      const at = date === null ? null : atLocalTime(date, preset.time, wt.timeZone);
      return isEpoch(at) ? at : null;
    }
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
