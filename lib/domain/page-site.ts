import type { PageKind } from './contact';
import { pageKindOf as gmailKindOf } from './gmail-pages';
import { isLinkedinHost } from './linkedin-url';
import { pageKindOf as linkedinKindOf } from './linkedin-pages';

/** The two sites Sidecar reads. */
export type Site = 'linkedin' | 'gmail';

/** The site a page origin belongs to (https only), or null. */
export function siteOfOrigin(origin: string): Site | null {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.port !== '') return null;
  if (url.hostname === 'mail.google.com') return 'gmail';
  return isLinkedinHost(url) ? 'linkedin' : null;
}

/** The site a page kind is about ('other' belongs to both). */
export function siteOfKind(kind: PageKind): Site | null {
  if (kind.startsWith('linkedin-')) return 'linkedin';
  if (kind.startsWith('gmail-')) return 'gmail';
  return null;
}

/**
 * Whether a content script on `url` may say it is on a page of this kind. The URL decides on
 * LinkedIn; on Gmail a compose window opens over any view and a thread's hash may lag the DOM, so
 * any Gmail kind goes on a Gmail URL. 'other' goes anywhere (the dormant report).
 */
export function isKindPlausible(kind: PageKind, url: string): boolean {
  if (kind === 'other') return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const site = siteOfOrigin(parsed.origin);
  if (site !== siteOfKind(kind)) return false;
  if (site === 'gmail') return gmailKindOf(parsed) !== 'other' || parsed.pathname.startsWith('/mail');
  const fromUrl = linkedinKindOf(parsed);
  // A company's People tab lists people like a search does.
  return fromUrl === kind || (fromUrl === 'linkedin-company' && kind === 'linkedin-search-people');
}
