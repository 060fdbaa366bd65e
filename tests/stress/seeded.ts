/**
 * The random schedule of a stress run: one seed, printed at the start, so a failing run can be
 * replayed exactly (STRESS_SEED=<seed> npm run test:stress).
 */
export function seededRandom(label: string): {
  seed: number;
  next: () => number;
  int: (lo: number, hi: number) => number;
} {
  const seed = Number(process.env.STRESS_SEED ?? Math.floor(Math.random() * 2 ** 31));
  console.warn(`[stress] ${label}: seed ${seed} (replay: STRESS_SEED=${seed} npm run test:stress)`);
  let s = seed >>> 0;
  // mulberry32
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  return { seed, next, int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)) };
}

/** Shuffle in place with the run's randomness. */
export function shuffle<T>(items: T[], next: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
