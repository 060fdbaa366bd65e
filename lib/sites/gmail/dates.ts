import { isEpoch } from '../../domain/epoch-range';
import { normalizeText } from '../shared/text';

// Dates as Gmail shows them in English: the full date on hover (span.g3[title], "Mon, Nov 23, 2026,
// 10:14 AM"; older "Nov 23, 2026 at 10:14 AM") and the schedule-send menu ("Nov 26, 8:00 AM", no year).
// Other interface languages fall back to Date.parse, then to the caller's default. The page writes
// this text: a date outside [1970, 2200) (Date.parse takes '+275760-09-13T00:00:00Z') reads as none.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EN_DATE = /\b([a-z]{3})[a-z]*\.? (\d{1,2})(?:,? (\d{4}))?,?(?: at)? (\d{1,2}):(\d{2})(?: ?([ap])\.?m\b\.?)?/i;

/**
 * Epoch ms of a Gmail date in local time, or null when it cannot be read. Without a year the next
 * such date from `now` is meant (a scheduled send is never in the past).
 */
export function parseGmailDate(raw: string | null | undefined, now = Date.now()): number | null {
  const text = normalizeText(raw);
  if (text === '') return null;
  const m = EN_DATE.exec(text);
  const month = MONTHS.indexOf((m?.[1] ?? '').toLowerCase());
  if (m && month >= 0) {
    let hour = Number(m[4]);
    if (m[6]) hour = (hour % 12) + (m[6].toLowerCase() === 'p' ? 12 : 0);
    const dated = (year: number) => new Date(year, month, Number(m[2]), hour, Number(m[5])).getTime();
    if (m[3]) return inRange(dated(Number(m[3])));
    const thisYear = new Date(now).getFullYear();
    const at = dated(thisYear);
    return inRange(at < now - 86_400_000 ? dated(thisYear + 1) : at);
  }
  return inRange(Date.parse(text));
}

const inRange = (ms: number): number | null => (isEpoch(ms) ? ms : null);
