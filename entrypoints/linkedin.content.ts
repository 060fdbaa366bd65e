import { defineContentScript } from '#imports';
import { runContentScript } from '@/lib/sites/content-runtime';
import { linkedinAdapter } from '@/lib/sites/linkedin/adapter';

export default defineContentScript({
  matches: ['https://*.linkedin.com/*'],
  runAt: 'document_idle',
  // WXT would also window.postMessage a "script started" message naming the extension id to every
  // listener of the page: a way to detect Sidecar. Its document event does the same job for WXT.
  noScriptStartedPostMessage: true,
  main(ctx) {
    runContentScript(ctx, linkedinAdapter);
  },
});
