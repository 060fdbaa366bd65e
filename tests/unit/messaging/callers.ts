import { fakeBrowser } from 'wxt/testing/fake-browser';
import { siteOfOrigin } from '@/lib/domain/page-site';
import type { Caller } from '@/lib/messaging/transport/gate';
import { createPeopleBudget } from '@/lib/messaging/transport/limits';
import type { Handlers } from '@/lib/messaging/handlers/handler';
import { handleMessage, type ServerDeps } from '@/lib/messaging/transport/server';

export const PROFILE_URL = 'https://www.linkedin.com/in/x/';

/** What a handler sees for the side panel or the options page. */
export const extensionCtx: Caller = { extensionPage: true, tabId: null, url: null, site: null };

/** What a handler sees for a content script on tab `tabId` at `url`. */
export function pageCtx(tabId: number, url = PROFILE_URL): Caller {
  return { extensionPage: false, tabId, url, site: siteOfOrigin(new URL(url).origin) ?? 'linkedin', navigating: false };
}

/** The sender the browser gives for our content script in the top frame of a tab. */
export function contentScriptSender(tabId = 7, url = PROFILE_URL) {
  return { id: fakeBrowser.runtime.id, frameId: 0, origin: new URL(url).origin, url, tab: { id: tabId } };
}

/** The sender the browser gives for the side panel. */
export function panelSender() {
  return { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };
}

/** The gate's browser answers in a test: tabs at these URLs (tab 7 on a LinkedIn profile by default). */
export function gateDeps(tabs: Record<number, string> = { 7: PROFILE_URL }): ServerDeps {
  return {
    runtimeId: fakeBrowser.runtime.id,
    extensionBase: fakeBrowser.runtime.getURL('/'),
    currentTab: async (tabId) => (tabs[tabId] === undefined ? null : { url: tabs[tabId], status: 'complete' }),
    budget: createPeopleBudget(() => Date.now()),
  };
}

/**
 * handleMessage as the worker runs it, for a sender built by contentScriptSender or panelSender: the
 * gate sees each sender's tab at the sender's own URL.
 */
export function handleAs(
  type: string,
  data: unknown,
  sender: ReturnType<typeof contentScriptSender> | object,
  handlers: Handlers,
) {
  const s = sender as { tab?: { id?: number }; url?: string };
  const tabs = s.tab?.id !== undefined && s.url ? { [s.tab.id]: s.url } : {};
  return handleMessage(type, data, sender, handlers, { deps: gateDeps(tabs) }) as Promise<
    { ok: boolean } & Record<string, unknown>
  >;
}
