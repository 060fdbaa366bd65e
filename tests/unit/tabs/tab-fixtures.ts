import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Detection } from '@/lib/domain/contact';
import { storedBytes } from '@/lib/tabs/session-space';
import { contactOf } from '../db/test-db';

/** A detection of `n` contacts, each about `size` bytes stored. */
export function detectionOf(n: number, size = 1_000): Detection {
  return {
    url: 'https://www.linkedin.com/search/results/people/',
    pageKind: 'linkedin-search-people',
    company: null,
    signedInUser: null,
    degraded: false,
    warnings: [],
    hiddenMessages: 0,
    contacts: Array.from({ length: n }, (_, i) =>
      contactOf({ key: `k${i}`, name: `Person ${i}`, headline: 'x'.repeat(Math.max(1, size - 300)) }),
    ),
  };
}

/**
 * Give the fake storage.session Chrome's behaviour when full: a set that would take the area past
 * `bytes` (keys plus their values' JSON) throws as Chrome does, and stores nothing.
 */
export function limitSessionStorage(bytes: number) {
  const area = fakeBrowser.storage.session;
  const set = area.set.bind(area);
  const limited = async (items: Record<string, unknown>): Promise<void> => {
    const after = { ...(await area.get(null)), ...items };
    const used = Object.entries(after).reduce((sum, [key, value]) => sum + key.length + storedBytes(value), 0);
    if (used > bytes) throw new Error('Session storage quota bytes exceeded. Values were not stored.');
    await set(items);
  };
  // The typings include the callback overload (void); the code under test only awaits the promise.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  return vi.spyOn(area, 'set').mockImplementation(limited);
}
