import { defineContentScript } from '#imports';
import { runContentScript } from '@/lib/sites/content-runtime';
import { linkedinAdapter } from '@/lib/sites/linkedin/adapter';

export default defineContentScript({
  matches: ['https://*.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runContentScript(ctx, linkedinAdapter);
  },
});
