import { browser } from '#imports';
import { sendToTab } from '../messaging/transport/tab-channel';

/** The slice of the extension API the notifier needs (the real `browser`, or a fake in tests). */
export interface NotifyApi {
  runtime: { getManifest(): { content_scripts?: { matches?: string[] | undefined }[] | undefined } };
  tabs: { query(q: { url: string[] }): Promise<{ id?: number | undefined; discarded?: boolean | undefined }[]> };
  send(tabId: number): Promise<unknown>;
}

/** Writes closer together than this reach the tabs as one notification. */
const COALESCE_MS = 100;

/**
 * Tell every open LinkedIn and Gmail tab that statuses may have changed (tab message
 * 'refreshStatuses'; the content script asks for its contacts' statuses again). A capture from the
 * side panel, a stage moved on the board or a follow-up done in Today then shows on the page beside
 * it at once, not when the page next changes. Tab messages, not the page ports: after the worker was
 * stopped no content script has a port open until it sends something.
 */
export function createTabNotifier(api: NotifyApi, delayMs = COALESCE_MS) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  // A tab that already shows the change (its capture's reply): skip it, unless other writes coalesced in.
  let skip: number | null = null;

  const flush = async () => {
    timer = null;
    const except = skip;
    const matches = (api.runtime.getManifest().content_scripts ?? []).flatMap((s) => s.matches ?? []);
    if (matches.length === 0) return;
    const tabs = await api.tabs.query({ url: matches }).catch(() => []);
    await Promise.all(
      tabs.map((tab) =>
        tab.id === undefined || tab.id === except || tab.discarded
          ? undefined
          : // A tab whose content script is not there (yet) has no receiver: nothing to refresh.
            api.send(tab.id).catch(() => undefined),
      ),
    );
  };

  return {
    statusesChanged(skipTabId: number | null): void {
      if (timer === null) {
        skip = skipTabId;
        timer = setTimeout(() => void flush(), delayMs);
      } else if (skip !== skipTabId) {
        skip = null;
      }
    },
  };
}

/**
 * The notifier on the real browser: tab-protocol.ts's `refreshStatuses` through the transport's tab
 * channel. A tab without our content script rejects the promise (caught above) instead of leaving an
 * unchecked runtime.lastError in the worker's console.
 */
export function browserTabNotifier() {
  return createTabNotifier({
    runtime: browser.runtime,
    tabs: { query: (q) => browser.tabs.query(q) },
    send: (tabId) => sendToTab(tabId, 'refreshStatuses', {}),
  });
}
