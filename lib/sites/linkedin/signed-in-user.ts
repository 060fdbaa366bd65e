import type { SignedInUser } from '../../domain/contact';
import { canonicalOf } from './profile-url';
import { queryOne, type Budget } from '../shared/budget';
import { textOrNull } from '../shared/text';
import { cleanPersonName } from './dom-text';

// The signed-in user is never a contact. The nav "Me" menu names them: its photo's alt and the
// dropdown's profile link (the dropdown is display:none until opened, but it is in the DOM).
const ME_PHOTO = 'img.global-nav__me-photo[alt], .global-nav__primary-link-me-menu-trigger img[alt]';
const ME_LINK = '.global-nav__me-content a[href*="/in/"]';

/** The signed-in LinkedIn member from the nav "Me" menu, or null (signed-out public pages). */
export function readLinkedinSignedInUser(doc: Document, budget: Budget): SignedInUser | null {
  const photo = queryOne(doc, ME_PHOTO, budget);
  const link = queryOne(doc, ME_LINK, budget);
  const linkedinUrl = canonicalOf(link?.getAttribute('href') ?? '');
  const nameEl = link ? queryOne(link, '.t-16, .t-bold', budget) : null;
  const name = cleanPersonName(photo?.getAttribute('alt')) ?? cleanPersonName(nameEl?.textContent);
  if (name === null && linkedinUrl === null) return null;
  return { name: textOrNull(name), email: null, linkedinUrl };
}
