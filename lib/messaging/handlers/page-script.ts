import { browser } from '#imports';
import { hasPeopleToShow } from '../../domain/linkedin-pages';
import type { Handlers } from './handler';

/** LinkedIn's content script: what the manifest loads with a page that has people on it. */
export const LINKEDIN_CONTENT_SCRIPT = 'content-scripts/linkedin.js';

type Inject = (tabId: number, file: string) => Promise<unknown>;

const injectIntoTab: Inject = (tabId, file) =>
  // The file is a build output, not a public/ asset: WXT's typed paths cannot name it.
  browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [file as never] });

/**
 * `loadPageScript`: the bootstrap on a LinkedIn page with nobody to show saw an in-app navigation to
 * one with people. Only into the sender's own tab's top frame, only LinkedIn's own content script, and
 * only while the tab is on such a page; a second copy in the world stays idle (claimWorld).
 */
export function createPageScriptHandlers(inject: Inject = injectIntoTab): Pick<Handlers, 'loadPageScript'> {
  return {
    async loadPageScript(_data, caller) {
      if (caller.extensionPage || !hasPeopleToShow(new URL(caller.url))) return { ok: false, error: 'forbidden' };
      await inject(caller.tabId, LINKEDIN_CONTENT_SCRIPT);
      return { ok: true, value: {} };
    },
  };
}
