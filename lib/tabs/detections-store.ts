import { browser } from '#imports';
import type { Detection } from '../domain/contact';
import { onTabEntriesRemoved, storedBytes, sweepExpired, TAB_ENTRY_PREFIXES, writeTabEntries } from './session-space';

/**
 * Detections per tab live in storage.session: they survive the service worker being stopped, vanish
 * with the browser session, and are not readable by content scripts (session storage defaults to
 * trusted contexts only). Keyed `detections:<tabId>`; the side panel watches storage.onChanged and
 * parses the value as a Detection (the `savedAt` stamp beside its fields is dropped by the parse).
 * Each tab has one, capped in size; lib/tabs/session-space.ts ages and evicts them.
 */
export const detectionKey = (tabId: number): string => `${TAB_ENTRY_PREFIXES.detections}${tabId}`;

/**
 * The most one tab's detection may take in storage.session. Real pages take a few KB (a search page
 * of 10 people ~5 KB, a Gmail thread with 100 participants ~40 KB); the schema alone would allow
 * ~2 MB (200 contacts of 20 addresses), and 10 MB is shared by every tab.
 */
export const MAX_DETECTION_BYTES = 128 * 1024;

type StoredDetection = Detection & { savedAt: number };

// A read-through copy in the worker's memory: a capture follows its page's report within a second,
// and a storage round trip is a large part of a click's latency. storage.session stays the truth
// (a restarted worker starts with an empty copy and reads it back).
const memory = new Map<number, Detection | null>();
onTabEntriesRemoved((keys) => {
  for (const key of keys) if (key.startsWith(TAB_ENTRY_PREFIXES.detections)) memory.delete(Number(key.split(':')[1]));
});

/** The detection with as many contacts as fit in MAX_DETECTION_BYTES (in page order), and a warning when cut. */
export function fitDetection(detection: Detection): Detection {
  if (storedBytes(detection) <= MAX_DETECTION_BYTES) return detection;
  const cut = {
    ...detection,
    contacts: [],
    warnings: [...detection.warnings.slice(0, 49), 'stored: contacts cut to fit'],
  };
  let budget = MAX_DETECTION_BYTES - storedBytes(cut);
  const contacts = [];
  for (const c of detection.contacts) {
    budget -= storedBytes(c) + 1;
    if (budget < 0) break;
    contacts.push(c);
  }
  return { ...cut, contacts };
}

/** Store what a tab's content script detected, replacing the previous detection; returns what was kept. */
export async function saveDetection(tabId: number, detection: Detection, now = Date.now()): Promise<Detection> {
  const kept = fitDetection(detection);
  memory.set(tabId, kept);
  const stored: StoredDetection = { ...kept, savedAt: now };
  await writeTabEntries({ [detectionKey(tabId)]: stored });
  await sweepExpired(now);
  return kept;
}

/** What was last detected on a tab, if anything. Values are parsed by the caller when untrusted. */
export async function loadDetection(tabId: number): Promise<Detection | null> {
  const cached = memory.get(tabId);
  if (cached !== undefined) return cached;
  const key = detectionKey(tabId);
  const got = await browser.storage.session.get(key);
  const stored = (got[key] as StoredDetection | undefined) ?? null;
  let detection: Detection | null = null;
  if (stored) {
    const { savedAt: _savedAt, ...rest } = stored;
    void _savedAt;
    detection = rest;
  }
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
