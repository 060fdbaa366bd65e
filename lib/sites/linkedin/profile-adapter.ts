import { isProfilePage } from '../../domain/linkedin-pages';
import { createLinkedinAdapter } from './adapter';
import { extractLinkedinWith } from './extract-page';
import { extractProfile } from './extract-profile';

/**
 * A member profile's adapter: the profile extractor only, so the script the manifest loads on /in/
 * pages, the page users open most, compiles a fifth less (issue 21). An in-app navigation to another
 * page with people hands over to the full script (runContentScript's `handsOver`).
 */
export const linkedinProfileAdapter = createLinkedinAdapter(
  extractLinkedinWith({ 'linkedin-profile': extractProfile }),
  isProfilePage,
);
