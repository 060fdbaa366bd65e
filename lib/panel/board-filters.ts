import { isDealStalled } from '../domain/analytics-health';
import type { Deal } from '../domain/deal';
import { fromMinorUnits } from '../domain/money';

/** The board's filters; null means "any". Values are major units (what the user types), dates ISO. */
export interface BoardFilters {
  tag: string | null;
  stalledOnly: boolean;
  minValue: number | null;
  maxValue: number | null;
  closeFrom: string | null;
  closeTo: string | null;
}

export const NO_FILTERS: BoardFilters = {
  tag: null,
  stalledOnly: false,
  minValue: null,
  maxValue: null,
  closeFrom: null,
  closeTo: null,
};

/** How many filters are set, for the "Filters (2)" button. */
export function countActiveFilters(f: BoardFilters): number {
  return [
    f.tag !== null,
    f.stalledOnly,
    f.minValue !== null || f.maxValue !== null,
    f.closeFrom !== null || f.closeTo !== null,
  ].filter(Boolean).length;
}

export interface FilterContext {
  now: number;
  stalledDays: number;
  /** People carrying the chosen tag; null while no tag filter is set. */
  taggedPersonIds: ReadonlySet<string> | null;
}

/**
 * Keep the deals passing every filter. Value bounds compare major units of each deal's own currency:
 * "over 10 000" means 10 000 of whatever the deal is priced in, as there are no exchange rates.
 * A deal without an expected close never passes a close-date filter.
 */
export function applyBoardFilters(deals: readonly Deal[], f: BoardFilters, ctx: FilterContext): Deal[] {
  if (countActiveFilters(f) === 0) return [...deals];
  return deals.filter((d) => {
    if (ctx.taggedPersonIds && !ctx.taggedPersonIds.has(d.personId)) return false;
    if (f.stalledOnly && !isDealStalled(d, ctx.stalledDays, ctx.now)) return false;
    if (f.minValue !== null || f.maxValue !== null) {
      const major = fromMinorUnits(d.value, d.currency);
      if (f.minValue !== null && major < f.minValue) return false;
      if (f.maxValue !== null && major > f.maxValue) return false;
    }
    if (f.closeFrom !== null || f.closeTo !== null) {
      if (d.expectedClose === null) return false;
      if (f.closeFrom !== null && d.expectedClose < f.closeFrom) return false;
      if (f.closeTo !== null && d.expectedClose > f.closeTo) return false;
    }
    return true;
  });
}
