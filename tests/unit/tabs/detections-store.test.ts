import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  MAX_DETECTION_BYTES,
  detectionKey,
  forgetDetectionsInMemory,
  loadDetection,
  saveDetection,
} from '@/lib/tabs/detections-store';
import { MAX_AGE_MS, isQuotaError, resetSweepClock, storedBytes } from '@/lib/tabs/session-space';
import { detectionOf, limitSessionStorage } from './tab-fixtures';

const stored = async (tabId: number) =>
  (await fakeBrowser.storage.session.get(detectionKey(tabId)))[detectionKey(tabId)];

describe('detections in storage.session (issue 16)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    forgetDetectionsInMemory();
    resetSweepClock();
  });

  it('keeps one tab within its share: the contacts that fit, in page order, and a warning', async () => {
    const big = detectionOf(200, 10_000);
    expect(storedBytes(big)).toBeGreaterThan(1_000_000);
    const kept = await saveDetection(1, big);
    expect(storedBytes(await stored(1))).toBeLessThanOrEqual(MAX_DETECTION_BYTES + 100);
    expect(kept.contacts.length).toBeGreaterThan(5);
    expect(kept.contacts.map((c) => c.key)).toEqual(big.contacts.slice(0, kept.contacts.length).map((c) => c.key));
    expect(kept.warnings).toContain('stored: contacts cut to fit');
    const small = detectionOf(3);
    expect(await saveDetection(2, small)).toBe(small);
  });

  it('when the area is full, evicts the oldest other tab and still stores this one', async () => {
    limitSessionStorage(5 * MAX_DETECTION_BYTES);
    for (let tab = 1; tab <= 12; tab++) await saveDetection(tab, detectionOf(100, 1_200), 1_000 + tab);
    const left = [];
    for (let tab = 1; tab <= 12; tab++) if (await stored(tab)) left.push(tab);
    expect(left.length).toBeGreaterThanOrEqual(3);
    expect(left).toEqual(Array.from({ length: left.length }, (_, i) => 13 - left.length + i)); // the newest
    forgetDetectionsInMemory();
    expect(await loadDetection(1)).toBeNull();
    expect((await loadDetection(12))?.contacts).toHaveLength(100);
  });

  it('evicts the memory copy with the stored one', async () => {
    limitSessionStorage(3 * MAX_DETECTION_BYTES);
    await saveDetection(1, detectionOf(100, 1_200), 1);
    for (let tab = 2; tab <= 6; tab++) await saveDetection(tab, detectionOf(100, 1_200), tab);
    expect(await loadDetection(1)).toBeNull();
  });

  it('lets other errors through', async () => {
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(new Error('Extension context invalidated.'));
    await expect(saveDetection(1, detectionOf(1))).rejects.toThrow('invalidated');
  });

  it('sweeps detections a day old, at most every ten minutes', async () => {
    const [t0, min, day] = [Date.UTC(2026, 2, 27, 9), 60_000, MAX_AGE_MS.detections];
    await saveDetection(1, detectionOf(1), t0);
    await saveDetection(2, detectionOf(1), t0 + 5 * min);
    await saveDetection(3, detectionOf(1), t0 + day + 1);
    expect([!!(await stored(1)), !!(await stored(2))]).toEqual([false, true]);
    await saveDetection(3, detectionOf(1), t0 + day + 5 * min + 2);
    expect(await stored(2)).toBeDefined(); // a day old now, but the last sweep ran 5 minutes ago
    await saveDetection(3, detectionOf(1), t0 + day + 11 * min);
    expect(await stored(2)).toBeUndefined();
    expect(await stored(3)).toBeDefined();
  });

  it('recognises quota errors as Chrome and Firefox word them', () => {
    expect(isQuotaError(new Error('Session storage quota bytes exceeded. Values were not stored.'))).toBe(true);
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new Error('No tab with id: 3'))).toBe(false);
  });
});
