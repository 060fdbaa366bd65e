import { sendPageMessage } from '../../messaging/page-client';
import type { ContentContext } from './content-context';
import { watchLocation } from './location-watch';
import { isWorldClaimed } from './world-claim';

/**
 * What loads on a LinkedIn page with nobody to show (the feed, jobs, a company's About tab): no
 * extraction, no message, no overlay, only a watch on the URL. LinkedIn navigates in-app, so when the
 * URL reaches a page with people (`hasPeople`), the worker is asked to bring in the content script
 * (`loadPageScript`: scripting.executeScript into this tab's isolated world), which takes over. Pages
 * with people get the content script from the manifest with the page, without this detour.
 */
export function runBootstrap(ctx: ContentContext, hasPeople: (url: URL) => boolean): void {
  let asking = false;
  const check = () => {
    // The URL first: `isInvalid` reads the extension API, whose bindings cost a page about 1 ms to build.
    if (asking || !hasPeople(new URL(location.href)) || ctx.isInvalid || isWorldClaimed()) return;
    asking = true;
    const done = () => void (asking = false);
    void sendPageMessage('loadPageScript', {}).then(done, done);
  };
  watchLocation(ctx, check);
  check();
}
