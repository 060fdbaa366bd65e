import type { SiteAdapter } from '../content-runtime';
import { createComposeFollowUp } from './compose-follow-up';
import { extractGmail } from './extract';
import { placementsOfGmail } from './placements';

export const gmailAdapter: SiteAdapter = {
  extract: (doc, url) => extractGmail(doc, url),
  placementsOf: placementsOfGmail,
  // A Gmail thread's participants come with their addresses from the same DOM: no URL/name mismatch.
  subjectKeyOf: () => null,
  createFeatures: (host) => [createComposeFollowUp(host)],
};
