import { isProfilePage, isSearchPeoplePage } from '../../domain/linkedin-pages';
import { createLinkedinAdapter } from './adapter';
import { extractLinkedinWith } from './extract-page';
import { extractProfile } from './extract-profile';
import { extractSearch } from './extract-search';

// Adapters with one page kind's extractor each, for the scripts the manifest loads on the pages users open
// most: V8 compiles a content script whole on every load, so a profile's script carries no search extractor
// and a search's no profile one (issue 21). An in-app navigation to another page with people hands over to
// the full script (runContentScript's `handsOver`). Each bundle imports only its own adapter.

/** Member profiles (linkedin-profile.content.ts). */
export const linkedinProfileAdapter = createLinkedinAdapter(
  extractLinkedinWith({ 'linkedin-profile': extractProfile }),
  isProfilePage,
);

/** People search (linkedin-search.content.ts). */
export const linkedinSearchAdapter = createLinkedinAdapter(
  extractLinkedinWith({
    'linkedin-search-people': (doc, _url, d, me, budget, cache) => extractSearch(doc, d, me, budget, cache),
  }),
  isSearchPeoplePage,
);
