import type { SignedInUser } from '../../domain/contact';
import { canonicalOf } from './profile-url';
import { queryOne, type Budget } from '../shared/budget';
import { textOrNull } from '../shared/text';
import { cleanPersonName } from './dom-text';
import { readViewerJson } from './viewer-json';

// The signed-in user is never a contact. Signals, strongest first: the embedded /voyager/api/me (or Sales
// Navigator nav chrome) JSON, the nav "Me" menu's profile link (in the DOM only once the dropdown was opened),
// then its photo's alt text.
const ME_PHOTO = [
  'img.global-nav__me-photo[alt]',
  '.global-nav__primary-link-me-menu-trigger img[alt]',
  'img.nav-item__profile-member-photo[alt]', // 2018–20 nav
  '#nav-settings__dropdown-trigger img[alt]',
  '.nav-item-user .nav-item__text img[alt]', // Sales Navigator 2017–20
].join(', ');
const ME_LINK = '.global-nav__me-content a[href*="/in/"], #nav-settings__dropdown-options a[href*="/in/"]';

function profileUrlOf(publicIdentifier: string | null): string | null {
  return publicIdentifier ? canonicalOf(`https://www.linkedin.com/in/${encodeURIComponent(publicIdentifier)}/`) : null;
}

/** The signed-in LinkedIn member, or null when the page names none (signed-out public pages). */
export function readLinkedinSignedInUser(doc: Document, budget: Budget): SignedInUser | null {
  const json = readViewerJson(doc, budget);
  const link = queryOne(doc, ME_LINK, budget);
  const photo = queryOne(doc, ME_PHOTO, budget);
  const nameEl = link ? queryOne(link, '.t-16, .t-bold', budget) : null;
  const linkedinUrl = profileUrlOf(json?.publicIdentifier ?? null) ?? canonicalOf(link?.getAttribute('href') ?? '');
  const name =
    cleanPersonName(json?.name) ?? cleanPersonName(photo?.getAttribute('alt')) ?? cleanPersonName(nameEl?.textContent);
  if (name === null && linkedinUrl === null) return null;
  return { name: textOrNull(name), email: null, linkedinUrl };
}
