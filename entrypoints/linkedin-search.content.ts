import { defineContentScript } from '#imports';
import { isSearchPeoplePage, LINKEDIN_SEARCH_MATCHES, peoplePageOtherThan } from '@/lib/domain/linkedin-pages';
import { contactChips } from '@/lib/sites/features/contact-chips';
import { runContentScript } from '@/lib/sites/runtime/run-content-script';
import { linkedinSearchAdapter } from '@/lib/sites/linkedin/kind-adapters';

export default defineContentScript({
  // People search gets a script with the search extractor only (issue 21), as profiles do
  // (linkedin-profile.content.ts). An in-app navigation to another page with people hands over to linkedin.js.
  matches: LINKEDIN_SEARCH_MATCHES,
  runAt: 'document_idle',
  noScriptStartedPostMessage: true, // as in linkedin.content.ts
  main(ctx) {
    runContentScript(ctx, linkedinSearchAdapter, [contactChips], {
      handsOver: peoplePageOtherThan(isSearchPeoplePage),
    });
  },
});
