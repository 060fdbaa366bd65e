/** Group rows by person id in one pass, so per-person lookups over thousands of people stay linear. */
export function byPerson<T extends { personId: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(item.personId);
    if (list) list.push(item);
    else out.set(item.personId, [item]);
  }
  return out;
}
