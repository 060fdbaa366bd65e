import { browser } from '#imports';
import { pagePort, sendPageMessage } from '../../messaging/page-client';
import type { FeatureDefinition } from '../features/feature';
import { createOverlayStrings } from '../overlay/strings';
import { isInvalidNow, type ContentContext } from './content-context';
import { startContentLoop, type ContentLoop } from './content-loop';
import { watchLocation } from './location-watch';
import type { SiteAdapter } from './site-adapter';
import { listenToTabMessages } from './tab-listener';
import { claimWorld } from './world-claim';

/**
 * Every content script's entry, the same for every site:
 *   relevant URL ──▶ startContentLoop (content-loop.ts: observer → batch → extract → report → overlays)
 *   other URL    ──▶ dormant: one report (so the panel drops the previous page's people), no observer,
 *                    no overlay manager; the URL watch (location-watch.ts) starts the loop when an in-app navigation
 *                    reaches a relevant page.
 * All listeners and timers are bound to `ctx`, so an invalidated instance (extension updated or
 * reloaded: its runtime is gone) stops quietly and removes its overlays; lib/tabs/reinject.ts then
 * injects the new copy. A second copy of a live instance stays idle (claimWorld).
 */
export function runContentScript(
  ctx: ContentContext,
  adapter: SiteAdapter,
  features: readonly FeatureDefinition[],
): void {
  if (!claimWorld(ctx)) return;
  const strings = createOverlayStrings((key, subs) => browser.i18n.getMessage(key as never, subs));
  let loop: ContentLoop | null = null;
  ctx.onInvalidated(() => pagePort.close());
  const wake = () => {
    if (loop) loop.request();
    else if (adapter.isRelevant(new URL(location.href))) loop = startContentLoop(ctx, adapter, features, strings);
    else ctx.requestIdleCallback(reportDormant, { timeout: 1000 });
  };
  const reportDormant = () => {
    if (!ctx.isInvalid && !loop)
      void sendPageMessage('reportDetection', adapter.extract(document, new URL(location.href))).catch(() => null);
  };
  // pushState changes no DOM by itself: without this the overlay would keep the old person until
  // the page re-renders.
  watchLocation(ctx, wake);
  // The port drops when the worker stops, and when the extension was updated, reloaded or removed:
  // then this instance may be orphaned: ask the browser now (not the last second's answer), and an
  // orphan removes its overlays.
  pagePort.onDisconnect(() => void isInvalidNow(ctx));
  // A capture in another tab changes this tab's statuses: refresh when the user comes back.
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (!loop) return;
    if (document.visibilityState === 'visible') loop.forgetReported();
    loop.request();
  });
  listenToTabMessages(ctx, {
    pageKind: () => loop?.pageKind() ?? adapter.extract(document, new URL(location.href)).pageKind,
    refreshStatuses: () => loop?.refreshStatuses(),
  });
  wake();
}
