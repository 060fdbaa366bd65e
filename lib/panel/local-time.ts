import { atLocalTime, localDateOf, zonedParts } from '../domain/working-time';
import { parseLocalDate } from '../domain/follow-up-presets';

// Shared by the board, Today and the prospect view: date/time inputs read in the user's zone
// (settings.workingTime.timeZone), never the machine's.

const pad = (n: number) => String(n).padStart(2, '0');

/** The date and time input values ("YYYY-MM-DD", "HH:MM") of an instant in the user's zone. */
export function toDateInput(ms: number, timeZone: string): { date: string; time: string } {
  const d = localDateOf(ms, timeZone);
  const p = zonedParts(ms, timeZone);
  return { date: `${d.year}-${pad(d.month)}-${pad(d.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/** An instant from date and time inputs in the user's zone; null when the date or time is not real. */
export function fromDateInput(date: string, time: string, timeZone: string): number | null {
  const d = parseLocalDate(date);
  if (d === null || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return null;
  return atLocalTime(d, time, timeZone);
}
