import { browser } from '#imports';
import { clearPendingDrafts } from './compose-drafts';
import { clearDetection } from './detections-store';

const SITE = /^https:\/\/([a-z0-9-]+\.)*linkedin\.com\/|^https:\/\/mail\.google\.com\//;

/** Whether a content script of ours runs on this URL (and so reports a fresh detection itself). */
export const isSiteUrl = (url: string): boolean => SITE.test(url);

/**
 * Clear a tab's detection when it closes, loads a new document or navigates away from the sites, and
 * its pending compose drafts when it closes. On LinkedIn and Gmail the content script replaces the detection itself;
 * clearing there too would race with its report after an in-app (history.pushState) navigation.
 */
export function trackTabs(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    void clearDetection(tabId);
    void clearPendingDrafts(tabId);
  });
  browser.tabs.onUpdated.addListener((tabId, info) => {
    // A new document (not an in-app navigation, which never reports 'loading'): its content script
    // reports afresh, if it has anyone to report; a LinkedIn page with nobody on it sends nothing.
    if (info.status === 'loading' || (info.url && !isSiteUrl(info.url))) void clearDetection(tabId);
  });
}
