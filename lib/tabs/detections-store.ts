import { browser } from '#imports';
import type { Detection } from '../domain/contact';

/**
 * Detections per tab live in storage.session: they survive the service worker being stopped, vanish
 * with the browser session, and are not readable by content scripts (session storage defaults to
 * trusted contexts only). Keyed `detections:<tabId>`; the side panel watches storage.onChanged.
 */
export const detectionKey = (tabId: number): string => `detections:${tabId}`;

// A read-through copy in the worker's memory: a capture follows its page's report within a second,
// and a storage round trip is a large part of a click's latency. storage.session stays the truth
// (a restarted worker starts with an empty copy and reads it back).
const memory = new Map<number, Detection | null>();

/** Store what a tab's content script detected, replacing the previous detection. */
export async function saveDetection(tabId: number, detection: Detection): Promise<void> {
  memory.set(tabId, detection);
  await browser.storage.session.set({ [detectionKey(tabId)]: detection });
}

/** What was last detected on a tab, if anything. Values are parsed by the caller when untrusted. */
export async function loadDetection(tabId: number): Promise<Detection | null> {
  const cached = memory.get(tabId);
  if (cached !== undefined) return cached;
  const key = detectionKey(tabId);
  const got = await browser.storage.session.get(key);
  const detection = (got[key] as Detection | undefined) ?? null;
  memory.set(tabId, detection);
  return detection;
}

/** Forget a tab's detection (tab closed, or navigated to another document). */
export async function clearDetection(tabId: number): Promise<void> {
  memory.delete(tabId);
  await browser.storage.session.remove(detectionKey(tabId));
}

/** Drop the in-memory copy (what a worker restart does); for tests. */
export function forgetDetectionsInMemory(): void {
  memory.clear();
}
