import { parseSalesNavLeadUrl } from '../../domain/linkedin-url';
import { canonicalOf, identityKeyOf } from './profile-url';
import type { SiteAdapter } from '../runtime/site-adapter';
import { extractLinkedin } from './extract';
import { hasPeopleToShow } from '../../domain/linkedin-pages';
import { placementsOfLinkedin } from './placements';

/** The person a LinkedIn URL is about: a profile's identity key or a Sales Navigator lead id. */
export function linkedinSubjectKeyOf(url: string): string | null {
  const profile = canonicalOf(url);
  if (profile) return identityKeyOf(profile);
  return parseSalesNavLeadUrl(url)?.leadId ?? null;
}

export const linkedinAdapter: SiteAdapter = {
  extract: (doc, url, opts) => extractLinkedin(doc, url, opts),
  placementsOf: placementsOfLinkedin,
  subjectKeyOf: linkedinSubjectKeyOf,
  // The feed, jobs, notifications, a company's About tab…: nobody to show and nowhere for an overlay.
  isRelevant: hasPeopleToShow,
};
