import { browser } from '#imports';
import { listenInTab } from '../../messaging/transport/tab-channel';
import type { ContentContext } from './content-context';

export interface TabListenerDeps {
  pageKind(): string;
  refreshStatuses(): void;
}

/** The page's address for a report: no query, no hash (Gmail keeps thread ids and searches there). */
export function bareUrlOf(href: string): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname}`;
}

/**
 * Messages from the side panel or the worker to this tab (lib/messaging/tab-protocol.ts) through the
 * transport's tab channel. One listener per content-script instance, removed when it is invalidated.
 */
export function listenToTabMessages(ctx: ContentContext, deps: TabListenerDeps): void {
  const listener = listenInTab({
    describePage: () => ({
      url: bareUrlOf(location.href),
      pageKind: deps.pageKind(),
    }),
    refreshStatuses: () => {
      if (!ctx.isInvalid) deps.refreshStatuses();
    },
  });
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener as never));
}
