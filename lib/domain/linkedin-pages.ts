import type { PageKind } from './contact';
import { isLinkedinHost, pathSegments } from './linkedin-url';

// URL predicates, github-url-detection style: each is followed by the URLs it must accept.
// The URL is the most stable signal LinkedIn gives; class names change every few months.

/** A member profile, including its sub-routes (/overlay/…, /details/…). */
export function isProfilePage(url: URL): boolean {
  const [first, slug] = pathSegments(url);
  return isLinkedinHost(url) && first === 'in' && slug !== undefined;
}
// https://www.linkedin.com/in/rebecca-thornton-7b2a91/
// https://www.linkedin.com/in/marcus-feldman-31a07b/overlay/contact-info/
// https://pl.linkedin.com/in/malgorzata-wisniewska-zurek
// https://www.linkedin.com/in/ACoAAB2D923242/details/experience/

/** People search results (classic and 2026 server-driven UI). */
export function isSearchPeoplePage(url: URL): boolean {
  const [a, b, c] = pathSegments(url);
  return isLinkedinHost(url) && a === 'search' && b === 'results' && c === 'people';
}
// https://www.linkedin.com/search/results/people/?keywords=revenue%20operations&origin=GLOBAL_SEARCH_HEADER
// https://www.linkedin.com/search/results/people/?currentCompany=%5B%2281234567%22%5D

/** One open messaging conversation. */
export function isMessagingThreadPage(url: URL): boolean {
  const [a, b, id] = pathSegments(url);
  return isLinkedinHost(url) && a === 'messaging' && b === 'thread' && id !== undefined;
}
// https://www.linkedin.com/messaging/thread/2-ZTM4OGQ5ZjEtYzA2Yi00NWE3LWI0ZjktMTI1ZDM3ZWY4ZDYyXzAxMA==/

/** A company page, any tab. */
export function isCompanyPage(url: URL): boolean {
  const [first, slug] = pathSegments(url);
  return isLinkedinHost(url) && first === 'company' && slug !== undefined;
}
// https://www.linkedin.com/company/quillfeather/
// https://www.linkedin.com/company/quillfeather/about/

/** A Sales Navigator lead page. */
export function isSalesLeadPage(url: URL): boolean {
  const [a, b, id] = pathSegments(url);
  return isLinkedinHost(url) && a === 'sales' && (b === 'lead' || b === 'people') && id !== undefined;
}
// https://www.linkedin.com/sales/lead/ACwAAAB2D9232,NAME_SEARCH,x7Qe
// https://www.linkedin.com/sales/people/ACwAAAB2D9232,NAME_SEARCH,x7Qe

/** Which LinkedIn page kind a URL is ('other' for the feed, jobs, settings…). */
export function pageKindOf(url: URL): PageKind {
  if (isProfilePage(url)) return 'linkedin-profile';
  if (isSearchPeoplePage(url)) return 'linkedin-search-people';
  if (isMessagingThreadPage(url)) return 'linkedin-messaging-thread';
  if (isSalesLeadPage(url)) return 'linkedin-sales-lead';
  if (isCompanyPage(url)) return 'linkedin-company';
  return 'other';
}
// https://www.linkedin.com/feed/ → other

/** A company's People tab: its employees, listed like a search. */
export function isCompanyPeoplePage(url: URL): boolean {
  const [first, slug, tab] = pathSegments(url);
  return isLinkedinHost(url) && first === 'company' && slug !== undefined && tab === 'people';
}
// https://www.linkedin.com/company/quillfeather/people/

/**
 * Pages where Sidecar has people to show, so its content script loads with the page: profiles,
 * people search, messaging, Sales Navigator leads and a company's People tab. Elsewhere (the feed,
 * jobs, a company's other tabs) only a small watcher loads, and brings the content script in when an
 * in-app navigation reaches one of these (lib/sites/runtime/bootstrap.ts).
 */
export function hasPeopleToShow(url: URL): boolean {
  const kind = pageKindOf(url);
  return kind === 'linkedin-company' ? isCompanyPeoplePage(url) : kind !== 'other';
}

/** The same pages as manifest match patterns (the content script's `matches`). */
export const LINKEDIN_PEOPLE_MATCHES = [
  'https://*.linkedin.com/in/*',
  'https://*.linkedin.com/search/results/people*',
  'https://*.linkedin.com/messaging/thread/*',
  'https://*.linkedin.com/sales/lead/*',
  'https://*.linkedin.com/sales/people/*',
  'https://*.linkedin.com/company/*/people*',
];
