import { defineContentScript } from '#imports';
import { contactChips } from '@/lib/sites/features/contact-chips';
import { runContentScript } from '@/lib/sites/runtime/run-content-script';
import { linkedinAdapter } from '@/lib/sites/linkedin/adapter';

export default defineContentScript({
  matches: ['https://*.linkedin.com/*'],
  runAt: 'document_idle',
  // `ctx` is lib/sites/runtime/content-context.ts (aliased in wxt.config.ts), which tells the page
  // nothing; the option stays so that WXT's own context, were the alias ever lost, would still not post
  // a "script started" message naming the extension id (the e2e privacy test would catch the event).
  noScriptStartedPostMessage: true,
  main(ctx) {
    // The features registered for LinkedIn, in the order their overlays draw.
    runContentScript(ctx, linkedinAdapter, [contactChips]);
  },
});
