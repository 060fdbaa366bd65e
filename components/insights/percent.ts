/** A share (0..1) as a whole percentage in the locale ("42 %" in Polish, "42%" in English). */
export function formatPercent(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}
