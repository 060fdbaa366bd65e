import type { PersonRow } from '@/lib/db/rows';

/** Cards shown at a time: a stage can hold thousands of deals, and opening the panel stays fast. */
export const DEAL_PAGE = 30;

/** People read by id (bulkGet's answer), by id; those not found are left out. */
export function peopleById(rows: ReadonlyArray<PersonRow | undefined>): Map<string, PersonRow> {
  return new Map(rows.filter((p): p is PersonRow => p !== undefined).map((p) => [p.id, p]));
}
