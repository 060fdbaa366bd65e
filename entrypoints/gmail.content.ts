import { defineContentScript } from '#imports';
import { composeFollowUp } from '@/lib/sites/features/compose-follow-up';
import { contactChips } from '@/lib/sites/features/contact-chips';
import { logEmail } from '@/lib/sites/features/log-email';
import { gmailAdapter } from '@/lib/sites/gmail/adapter';
import { runContentScript } from '@/lib/sites/runtime/run-content-script';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  // `ctx` is lib/sites/runtime/content-context.ts (aliased in wxt.config.ts), which tells the page
  // nothing; the option stays so that WXT's own context, were the alias ever lost, would still not post
  // a "script started" message naming the extension id (the e2e privacy test would catch the event).
  noScriptStartedPostMessage: true,
  main(ctx) {
    // The features registered for Gmail, in the order their overlays draw.
    runContentScript(ctx, gmailAdapter, [contactChips, logEmail, composeFollowUp]);
  },
});
