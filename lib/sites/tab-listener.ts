import type { ContentContext } from './content-context';
import { tabMessenger } from '../messaging/tab-protocol';
import { redactSnapshot } from './redact-snapshot';

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
 * Messages from the side panel or the worker to this tab (lib/messaging/tab-protocol.ts). One listener
 * per message per JS context (@webext-core/messaging throws on a second): registered once per
 * content-script instance and removed when the instance is invalidated.
 */
export function listenToTabMessages(ctx: ContentContext, deps: TabListenerDeps): void {
  const removers = [
    tabMessenger.onMessage('getPageSnapshot', () => ({
      html: redactSnapshot(document),
      url: bareUrlOf(location.href),
      pageKind: deps.pageKind(),
    })),
    tabMessenger.onMessage('refreshStatuses', () => {
      if (!ctx.isInvalid) deps.refreshStatuses();
    }),
  ];
  ctx.onInvalidated(() => removers.forEach((remove) => remove()));
}
