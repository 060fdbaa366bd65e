/** Group items by a key in one pass, so per-key lookups over thousands of rows stay linear. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = out.get(key);
    if (list) list.push(item);
    else out.set(key, [item]);
  }
  return out;
}

/** Rows grouped by the person they are about. */
export const byPerson = <T extends { personId: string }>(items: readonly T[]): Map<string, T[]> =>
  groupBy(items, (item) => item.personId);
