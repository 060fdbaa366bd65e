import { browser } from '#imports';
import { matchesPattern } from './match-pattern';

/** The slice of the extension API reinjection needs (the real `browser`, or a fake in tests). */
export interface ReinjectApi {
  runtime: {
    getManifest(): { content_scripts?: { matches?: string[]; exclude_matches?: string[]; js?: string[] }[] };
    onInstalled: { addListener(cb: (details: { reason: string }) => void): void };
  };
  tabs: { query(q: { url: string[] }): Promise<{ id?: number; url?: string }[]> };
  scripting: { executeScript(i: { target: { tabId: number }; files: string[] }): Promise<unknown> };
}

/**
 * Chrome does not inject content scripts into tabs that were open before an install or update, and
 * an update orphans the old ones (their `browser.runtime` is gone). So on install/update each
 * manifest content script is injected again into the open tabs it matches. The orphaned instance
 * notices that its runtime is gone (lib/sites/runtime/content-context.ts) and removes its overlays
 * (lib/sites/runtime/run-content-script.ts); nothing is announced to the page.
 */
export async function reinjectContentScripts(api: ReinjectApi): Promise<number> {
  let injected = 0;
  for (const script of api.runtime.getManifest().content_scripts ?? []) {
    if (!script.matches?.length || !script.js?.length) continue;
    const tabs = await api.tabs.query({ url: script.matches }).catch(() => []);
    for (const tab of tabs) {
      if (tab.id === undefined) continue;
      // tabs.query knows `matches` only: a page the script excludes gets the other script instead.
      if (script.exclude_matches?.some((p) => matchesPattern(tab.url ?? '', p))) continue;
      // A tab may be discarded, crashed or showing an error page: skip it, carry on with the rest.
      const ok = await api.scripting.executeScript({ target: { tabId: tab.id }, files: script.js }).then(
        () => true,
        () => false,
      );
      if (ok) injected++;
    }
  }
  return injected;
}

/** Register the onInstalled listener (synchronously, at worker start-up). */
export function reinjectOnInstall(api: ReinjectApi = browser as unknown as ReinjectApi): void {
  api.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') void reinjectContentScripts(api);
  });
}
