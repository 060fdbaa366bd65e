import { browser } from '#imports';
import type { Detection } from '../domain/contact';

/**
 * Detections per tab live in storage.session: they survive the service worker being stopped, vanish
 * with the browser session, and are not readable by content scripts (session storage defaults to
 * trusted contexts only). Keyed `detections:<tabId>`; the side panel watches storage.onChanged.
 */
export const detectionKey = (tabId: number): string => `detections:${tabId}`;

/** Store what a tab's content script detected, replacing the previous detection. */
export async function saveDetection(tabId: number, detection: Detection): Promise<void> {
  await browser.storage.session.set({ [detectionKey(tabId)]: detection });
}

/** What was last detected on a tab, if anything. Values are parsed by the caller when untrusted. */
export async function loadDetection(tabId: number): Promise<Detection | null> {
  const key = detectionKey(tabId);
  const got = await browser.storage.session.get(key);
  return (got[key] as Detection | undefined) ?? null;
}

/** Forget a tab's detection (tab closed, or navigated to another document). */
export async function clearDetection(tabId: number): Promise<void> {
  await browser.storage.session.remove(detectionKey(tabId));
}
