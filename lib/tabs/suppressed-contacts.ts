import { browser } from '#imports';
import type { DetectedContact, Detection } from '../domain/contact';
import { loadDetection, saveDetection } from './detections-store';
import { TAB_ENTRY_PREFIXES } from './session-space';

// The contacts of each tab that are on the suppression list: left out of its stored detection (so
// neither the panel nor a click can capture them), and answered "Not tracked" when the tab's overlays
// ask again (getContactStatuses). Kept in the worker's memory until the tab reports again: a worker
// that restarts meanwhile answers nothing for them, and the chip keeps what it showed.
const suppressedKeys = new Map<number, Set<string>>();

/** The keys a tab's last report had on the suppression list (replacing what it had before). */
export function setSuppressedKeys(tabId: number, keys: readonly string[]): void {
  if (keys.length === 0) suppressedKeys.delete(tabId);
  else suppressedKeys.set(tabId, new Set(keys));
}

/** Whether a contact of this tab was found on the suppression list. */
export const isSuppressedKey = (tabId: number, key: string): boolean => suppressedKeys.get(tabId)?.has(key) ?? false;

/**
 * After a forget: drop the contacts `matches` picks from every tab's stored detection, and answer
 * their keys "Not tracked" from now on. Returns how many contacts were dropped.
 */
export async function dropFromDetections(matches: (c: DetectedContact) => boolean): Promise<number> {
  const all = await browser.storage.session.get(null);
  let dropped = 0;
  for (const key of Object.keys(all)) {
    if (!key.startsWith(TAB_ENTRY_PREFIXES.detections)) continue;
    const tabId = Number(key.slice(TAB_ENTRY_PREFIXES.detections.length));
    const detection: Detection | null = await loadDetection(tabId);
    const gone = detection?.contacts.filter(matches) ?? [];
    if (!detection || gone.length === 0) continue;
    dropped += gone.length;
    await saveDetection(tabId, { ...detection, contacts: detection.contacts.filter((c) => !matches(c)) });
    setSuppressedKeys(tabId, [...(suppressedKeys.get(tabId) ?? []), ...gone.map((c) => c.key)]);
  }
  return dropped;
}
