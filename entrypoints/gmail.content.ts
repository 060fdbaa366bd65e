import { defineContentScript } from '#imports';
import { runContentScript } from '@/lib/sites/content-runtime';
import { gmailAdapter } from '@/lib/sites/gmail/adapter';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runContentScript(ctx, gmailAdapter);
  },
});
