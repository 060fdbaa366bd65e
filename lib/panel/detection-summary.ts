import type { DetectionStatRow } from '../db/rows';

export interface DetectionSummary {
  pageKind: string;
  pages: number;
  contacts: number;
  degraded: number;
  /** Pages per day, oldest first, `days` entries from `since`. */
  perDay: number[];
  maxPerDay: number;
}

/** Sum the daily rows per page kind and lay out a per-day series for the sparkline. */
export function summarizeDetectionStats(
  rows: readonly DetectionStatRow[],
  since: string,
  days: number,
): DetectionSummary[] {
  const start = Date.parse(`${since}T00:00:00Z`);
  const byKind = new Map<string, DetectionSummary>();
  for (const r of rows) {
    const s = byKind.get(r.pageKind) ?? {
      pageKind: r.pageKind,
      pages: 0,
      contacts: 0,
      degraded: 0,
      perDay: Array<number>(days).fill(0),
      maxPerDay: 0,
    };
    s.pages += r.pages;
    s.contacts += r.contacts;
    s.degraded += r.degraded;
    const i = Math.round((Date.parse(`${r.day}T00:00:00Z`) - start) / 86_400_000);
    if (i >= 0 && i < days) s.perDay[i] = (s.perDay[i] ?? 0) + r.pages;
    s.maxPerDay = Math.max(...s.perDay);
    byKind.set(r.pageKind, s);
  }
  return [...byKind.values()].sort((a, b) => b.pages - a.pages);
}
