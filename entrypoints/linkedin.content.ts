import { defineContentScript } from '#imports';
import { LINKEDIN_PEOPLE_MATCHES } from '@/lib/domain/linkedin-pages';
import { contactChips } from '@/lib/sites/features/contact-chips';
import { runContentScript } from '@/lib/sites/runtime/run-content-script';
import { linkedinAdapter } from '@/lib/sites/linkedin/adapter';

export default defineContentScript({
  // Only pages with people on them load it with the page (lib/domain/linkedin-pages.ts); elsewhere the
  // bootstrap (linkedin-boot.content.ts) brings it in when an in-app navigation reaches one.
  matches: LINKEDIN_PEOPLE_MATCHES,
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
