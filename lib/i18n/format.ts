/**
 * Locale-aware formatting for the panel: dates, numbers and money through Intl, in the user's time
 * zone (settings.workingTime.timeZone), so "tomorrow 09:00" means the user's morning.
 */
import { fromMinorUnits, toMinorUnits } from '../domain/money';

const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi']);

// An Intl formatter costs far more to make than to use (a board renders dozens of amounts and dates):
// one per kind, locale and options, made on first use.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let f = formatters.get(key) as F | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}
const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  cached(`date ${locale} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}) =>
  cached(`number ${locale} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));

/** 'rtl' for right-to-left languages, else 'ltr' (all shipped languages are ltr today). */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  return RTL.has(locale.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

/** A date and time, e.g. "12 Mar 2026, 09:00". */
export function formatDateTime(ms: number, locale: string, timeZone?: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(
    ms,
  );
}

/** A calendar date, e.g. "12 Mar 2026". */
export function formatDate(ms: number, locale: string, timeZone?: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', ...(timeZone ? { timeZone } : {}) }).format(ms);
}

/** An ISO calendar date (YYYY-MM-DD) shown in the locale, without time-zone shifts. */
export function formatIsoDate(iso: string, locale: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.parse(`${iso}T00:00:00Z`));
}

/** A plain number in the locale. */
export function formatNumber(n: number, locale: string): string {
  return numberFormat(locale).format(n);
}

/** Integer minor units as money, e.g. 1234567 PLN → "12 345,67 zł" in Polish. */
export function formatMoney(minor: number, currency: string, locale: string): string {
  return numberFormat(locale, { style: 'currency', currency }).format(fromMinorUnits(minor, currency));
}

/**
 * Parse an amount typed in the locale ("12 345,67" in pl, "12,345.67" in en) into integer minor
 * units; null when it is not a non-negative number. The locale's own group and decimal signs are
 * read from Intl, so no locale table is kept here.
 */
export function parseMoney(text: string, currency: string, locale: string): number | null {
  const parts = numberFormat(locale).formatToParts(12345.6);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  // Spaces of any kind (NBSP, narrow NBSP) are group separators wherever they appear.
  let s = text.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (group.trim() !== '') s = s.split(group).join('');
  s = s.split(decimal).join('.');
  if (!/^\d+(\.\d+)?$/.test(s)) return null;
  const minor = toMinorUnits(Number(s), currency);
  return Number.isSafeInteger(minor) ? minor : null;
}
