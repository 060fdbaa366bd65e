import { defineContentScript } from '#imports';
import { hasPeopleToShow, LINKEDIN_PEOPLE_MATCHES } from '@/lib/domain/linkedin-pages';
import { runBootstrap } from '@/lib/sites/runtime/bootstrap';

export default defineContentScript({
  // Every other LinkedIn page: the feed, jobs, a company's About tab… (see lib/sites/runtime/bootstrap.ts).
  matches: ['https://*.linkedin.com/*'],
  excludeMatches: LINKEDIN_PEOPLE_MATCHES,
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    runBootstrap(ctx, hasPeopleToShow);
  },
});
