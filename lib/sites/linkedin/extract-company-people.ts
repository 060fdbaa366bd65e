import type { Detection, SignedInUser } from '../../domain/contact';
import { canonicalOf, identityKeyOf } from './profile-url';
import { queryAll, queryOne, type Budget } from '../shared/budget';
import type { ExtractCache } from '../shared/extract-cache';
import { addContact, newContact, runLayer } from '../shared/detection';
import { textOrNull } from '../shared/text';
import { isHidden } from '../shared/visibility';
import { readVisibleText } from '../shared/visible-text';
import { cleanPersonName } from './dom-text';

// A company's People tab: one contact per employee card in <main>. Cards are found from their profile links
// (stable across the 2021–24 org-people cards and the 2025 lockup grid), the name from the card's lockup
// title, else the link's text, else the photo's alt. "LinkedIn Member" cards, links outside a card and the
// viewer are skipped.

const MAX_PEOPLE = 100;
const TITLE = '.artdeco-entity-lockup__title, .org-people-profile-card__profile-title';
const SUBTITLE = '.artdeco-entity-lockup__subtitle, .lt-line-clamp--multi-line';

/** True on a company's People tab (/company/<slug>/people/). */
export function isCompanyPeoplePath(url: URL): boolean {
  return /^\/company\/[^/]+\/people\/?$/.test(url.pathname);
}

interface Card {
  name: string | null;
  headline: string | null;
  /** Where the overlay goes: the title (or its link), else the profile link. */
  anchor: Element;
}

function readCard(card: Element, link: Element, budget: Budget): Card {
  const title = queryOne(card, TITLE, budget);
  const name =
    cleanPersonName(title ? readVisibleText(title, budget, { maxChars: 300 }) : null) ??
    cleanPersonName(readVisibleText(link, budget, { maxChars: 300 })) ??
    cleanPersonName(queryOne(card, 'img[alt]', budget)?.getAttribute('alt'));
  const subtitle = queryOne(card, SUBTITLE, budget);
  const headline = subtitle ? textOrNull(readVisibleText(subtitle, budget, { maxChars: 600 }), 500) : null;
  return { name, headline, anchor: title?.closest('a') ?? title ?? link };
}

/** Extract the People tab's employees into `d`. */
export function extractCompanyPeople(
  doc: Document,
  d: Detection,
  me: SignedInUser | null,
  budget: Budget,
  cache?: ExtractCache,
): void {
  const main = queryOne(doc, 'main, [role="main"]', budget);
  if (!main) return;
  const meKey = me?.linkedinUrl ? identityKeyOf(me.linkedinUrl) : null;
  const seen = new Set<string>();
  for (const link of queryAll(main, 'a[href*="/in/"]', budget, MAX_PEOPLE * 4)) {
    const linkedinUrl = canonicalOf(link.getAttribute('href') ?? '');
    const key = linkedinUrl ? identityKeyOf(linkedinUrl) : null;
    if (!linkedinUrl || key === null || seen.has(key) || key === meKey) continue;
    // A link outside any card is an insight of the top card ("Vikram works here"), not an employee.
    const card = link.closest('li, [data-view-name*="people"]');
    if (!card || isHidden(card, budget, main)) continue;
    const read = runLayer(d, 'company people card', null, () => readCard(card, link, budget));
    if (!read?.name || (me?.name && meKey === null && read.name === me.name)) continue;
    seen.add(key);
    const stored = addContact(d, newContact('linkedin', { name: read.name, linkedinUrl, headline: read.headline }));
    if (stored) cache?.anchors.set(stored.key, read.anchor);
    if (d.contacts.length >= MAX_PEOPLE) break;
  }
}
