import { defineContentScript } from '#imports';
import { runContentScript } from '@/lib/sites/content-runtime';
import { gmailAdapter } from '@/lib/sites/gmail/adapter';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  // `ctx` is lib/sites/content-context.ts (aliased in wxt.config.ts), which tells the page nothing;
  // the option stays so that WXT's own context, were the alias ever lost, would still not post
  // a "script started" message naming the extension id (the e2e privacy test would catch the event).
  noScriptStartedPostMessage: true,
  main(ctx) {
    runContentScript(ctx, gmailAdapter);
  },
});
