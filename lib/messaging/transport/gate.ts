import type { PageKind } from '../../domain/contact';
import { isKindPlausible, siteOfOrigin, type Site } from '../../domain/page-site';

/** Who sent a message, as the worker verified it: all a handler ever learns of the sender. */
export type Caller =
  | { extensionPage: true; tabId: null; url: null; site: null }
  | {
      extensionPage: false;
      /** The tab the content script runs in: the only tab a page message may be about. */
      tabId: number;
      /** The tab's URL now (tabs.get), not when its port connected. */
      url: string;
      site: Site;
      /** The tab is loading a new URL: any page kind of the same site goes meanwhile. */
      navigating: boolean;
    };

export interface Sender {
  id?: string | undefined;
  url?: string | undefined;
  origin?: string | undefined;
  frameId?: number | undefined;
  tab?: { id?: number | undefined } | undefined;
}

export interface GateDeps {
  runtimeId: string;
  /** runtime.getURL('/'): where extension pages live. */
  extensionBase: string;
  /** The tab as the browser knows it now, or null when it is gone. */
  currentTab(tabId: number): Promise<{ url?: string | undefined; status?: string | undefined } | null>;
}

/** An extension page (side panel, options): our id, and a URL under the extension's own origin. */
export function extensionCaller(sender: Sender, deps: GateDeps): Caller | null {
  const ok =
    sender.id === deps.runtimeId && typeof sender.url === 'string' && sender.url.startsWith(deps.extensionBase);
  return ok ? { extensionPage: true, tabId: null, url: null, site: null } : null;
}

/**
 * A content script of ours in the top frame of a LinkedIn or Gmail tab: our id, frame 0, an https
 * origin of one of the two sites, and a tab that is still on that site. Null for anything else: a
 * frame inside the page, another origin, a tab that navigated away.
 */
export async function pageCaller(sender: Sender, deps: GateDeps): Promise<Caller | null> {
  const tabId = sender.tab?.id;
  if (sender.id !== deps.runtimeId || sender.frameId !== 0 || typeof tabId !== 'number') return null;
  const site = siteOfOrigin(sender.origin ?? originOf(sender.url));
  if (!site) return null;
  const tab = await deps.currentTab(tabId).catch(() => null);
  if (!tab?.url || siteOfOrigin(originOf(tab.url)) !== site) return null;
  return { extensionPage: false, tabId, url: tab.url, site, navigating: tab.status === 'loading' };
}

/** Whether a content script on this caller's tab may report a page of this kind. */
export function allowsPageKind(caller: Caller, kind: PageKind): boolean {
  if (caller.extensionPage) return false;
  if (caller.navigating) return kind === 'other' || kind.startsWith(`${caller.site}-`);
  return isKindPlausible(kind, caller.url);
}

function originOf(url: string | undefined): string {
  try {
    return url ? new URL(url).origin : '';
  } catch {
    return '';
  }
}
