import type { SiteAdapter } from '../runtime/site-adapter';
import { extractGmail } from './extract';
import { isSettingsPage } from '../../domain/gmail-pages';
import { placementsOfGmail } from './placements';

export const gmailAdapter: SiteAdapter = {
  extract: (doc, url, opts) => extractGmail(doc, url, opts),
  placementsOf: placementsOfGmail,
  // A Gmail thread's participants come with their addresses from the same DOM: no URL/name mismatch.
  subjectKeyOf: () => null,
  // Settings list no people; a compose window opened there puts ?compose= in the URL and wakes us.
  isRelevant: (url) => !isSettingsPage(url),
};
