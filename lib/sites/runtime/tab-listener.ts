import { browser } from '#imports';
import type { ContentContext } from './content-context';
import type { TabProtocolMap } from '../../messaging/tab-protocol';
import { readTabRequest, tabReply } from '../../messaging/tab-wire';
import { redactSnapshot } from '../redact-snapshot';

export interface TabListenerDeps {
  pageKind(): string;
  refreshStatuses(): void;
}

/** The page's address for a report: no query, no hash (Gmail keeps thread ids and searches there). */
export function bareUrlOf(href: string): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname}`;
}

type TabHandlers = {
  [K in keyof TabProtocolMap]: (data: Parameters<TabProtocolMap[K]>[0]) => ReturnType<TabProtocolMap[K]>;
};

/**
 * Messages from the side panel or the worker to this tab (lib/messaging/tab-protocol.ts), in the wire
 * format of lib/messaging/tab-wire.ts. One listener per content-script instance, removed when the
 * instance is invalidated.
 */
export function listenToTabMessages(ctx: ContentContext, deps: TabListenerDeps): void {
  const handlers: TabHandlers = {
    getPageSnapshot: () => ({
      html: redactSnapshot(document),
      url: bareUrlOf(location.href),
      pageKind: deps.pageKind(),
    }),
    refreshStatuses: () => {
      if (!ctx.isInvalid) deps.refreshStatuses();
    },
  };
  const listener = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void): boolean => {
    const request = readTabRequest(message);
    if (!request || !Object.hasOwn(handlers, request.type)) return false;
    const handler = handlers[request.type as keyof TabHandlers] as (data: unknown) => unknown;
    sendResponse(tabReply(() => handler(request.data)));
    return false;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
