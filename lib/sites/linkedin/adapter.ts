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

/** LinkedIn's adapter over the extraction given, relevant on the pages given. */
export function createLinkedinAdapter(extract: SiteAdapter['extract'], isRelevant: (url: URL) => boolean): SiteAdapter {
  return { extract, placementsOf: placementsOfLinkedin, subjectKeyOf: linkedinSubjectKeyOf, isRelevant };
}

// Every page kind. The feed, jobs, notifications, a company's About tab…: nobody to show and nowhere for an overlay.
export const linkedinAdapter: SiteAdapter = createLinkedinAdapter(extractLinkedin, hasPeopleToShow);
