import { defineContentScript } from '#imports';
import { isProfilePage, LINKEDIN_PROFILE_MATCHES, peoplePageOtherThan } from '@/lib/domain/linkedin-pages';
import { contactChips } from '@/lib/sites/features/contact-chips';
import { runContentScript } from '@/lib/sites/runtime/run-content-script';
import { linkedinProfileAdapter } from '@/lib/sites/linkedin/kind-adapters';

export default defineContentScript({
  // Member profiles, the pages users open most, get a script with the profile extractor only
  // (issue 21). An in-app navigation to another page with people hands over to linkedin.js.
  matches: LINKEDIN_PROFILE_MATCHES,
  runAt: 'document_idle',
  noScriptStartedPostMessage: true, // as in linkedin.content.ts
  main(ctx) {
    runContentScript(ctx, linkedinProfileAdapter, [contactChips], { handsOver: peoplePageOtherThan(isProfilePage) });
  },
});
