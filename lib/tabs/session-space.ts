import { browser } from '#imports';

// storage.session is one 10 MB area for every tab (Chrome's QUOTA_BYTES), and content scripts cannot
// read it. Each tab owns a bounded share (one detection, one entry of compose drafts, both capped in
// size), so one tab cannot fill it; entries expire; and when the area is full anyway (many tabs),
// the oldest tab's entry gives way instead of every tab's write failing (issue 16).

/** Key prefixes of the per-tab entries this module may evict; each value carries `savedAt`. */
export const TAB_ENTRY_PREFIXES = { detections: 'detections:', compose: 'compose:' } as const;

/** How long an entry of each kind may stay without being written again. */
export const MAX_AGE_MS = {
  // A tab re-reports when it becomes visible again, so a day-old detection is only a leftover.
  detections: 24 * 60 * 60_000,
  // Between Send and "Message sent" (or a scheduled send's window closing): Gmail's Undo lasts up to
  // 30 s, and a hidden tab's timers may be throttled to once a minute; half an hour is generous.
  compose: 30 * 60_000,
} as const;

/** Evictions tried before a write gives up; each frees one tab's entry. */
const MAX_EVICTIONS = 20;
/** The sweep of expired entries runs at most this often. */
const SWEEP_EVERY_MS = 10 * 60_000;

/** Whether an error from storage.session.set means the area is full (Chrome: "…quota bytes exceeded"). */
export function isQuotaError(error: unknown): boolean {
  const { name, message } = error instanceof Error ? error : { name: '', message: String(error) };
  return name === 'QuotaExceededError' || /quota/i.test(message);
}

/** UTF-8 bytes of a value as storage counts it (its JSON). */
export function storedBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

const savedAtOf = (value: unknown): number => {
  const at = (value as { savedAt?: unknown } | null)?.savedAt;
  return typeof at === 'number' && Number.isFinite(at) ? at : 0; // unstamped (older builds) go first
};
const isTabEntry = (key: string) => Object.values(TAB_ENTRY_PREFIXES).some((p) => key.startsWith(p));

/** Listeners told which keys an eviction or sweep removed (the detection store drops its memory copy). */
const removedListeners = new Set<(keys: string[]) => void>();
export function onTabEntriesRemoved(listener: (keys: string[]) => void): void {
  removedListeners.add(listener);
}

async function removeEntries(keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  removedListeners.forEach((listener) => listener(keys));
  await browser.storage.session.remove(keys);
}

/** Remove the least recently written tab entry other than `keep`'s; false when there is none. */
export async function evictOldest(keep: readonly string[]): Promise<boolean> {
  const all = await browser.storage.session.get(null);
  const candidates = Object.entries(all).filter(([key]) => isTabEntry(key) && !keep.includes(key));
  if (candidates.length === 0) return false;
  const [oldest] = candidates.reduce((a, b) => (savedAtOf(b[1]) < savedAtOf(a[1]) ? b : a));
  await removeEntries([oldest]);
  return true;
}

/** storage.session.set, evicting the oldest other tab's entry while the area is full. */
export async function writeTabEntries(items: Record<string, unknown>): Promise<void> {
  for (let evicted = 0; ; evicted += 1) {
    try {
      await browser.storage.session.set(items);
      return;
    } catch (error) {
      if (!isQuotaError(error) || evicted >= MAX_EVICTIONS || !(await evictOldest(Object.keys(items)))) throw error;
    }
  }
}

let lastSweep = Number.NEGATIVE_INFINITY;

/** Drop entries past their kind's age, at most every ten minutes (and at a worker's first write). */
export async function sweepExpired(now: number, force = false): Promise<void> {
  if (!force && now - lastSweep < SWEEP_EVERY_MS) return;
  lastSweep = now;
  const all = await browser.storage.session.get(null);
  const expired = Object.entries(all).flatMap(([key, value]) => {
    const kind = (Object.keys(TAB_ENTRY_PREFIXES) as (keyof typeof TAB_ENTRY_PREFIXES)[]).find((k) =>
      key.startsWith(TAB_ENTRY_PREFIXES[k]),
    );
    return kind && now - savedAtOf(value) > MAX_AGE_MS[kind] ? [key] : [];
  });
  await removeEntries(expired);
}

/** Forget when the last sweep ran (what a worker restart does); for tests. */
export function resetSweepClock(): void {
  lastSweep = Number.NEGATIVE_INFINITY;
}
