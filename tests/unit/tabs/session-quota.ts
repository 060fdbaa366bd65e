import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storedBytes } from '@/lib/tabs/session-space';

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
