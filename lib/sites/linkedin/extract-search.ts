import type { Detection, SignedInUser } from '../../domain/contact';
import { canonicalOf, identityKeyOf } from './profile-url';
import { outermostOnly, queryAll, queryOne, type Budget } from '../shared/budget';
import type { ExtractCache } from '../shared/extract-cache';
import { addContact, newContact, runLayer } from '../shared/detection';
import { normalizeText, textOrNull } from '../shared/text';
import { isHidden } from '../shared/visibility';
import { readVisibleText } from '../shared/visible-text';
import { cleanPersonName, splitCurrentLine } from './dom-text';

// People search: one contact per result card inside <main>. Ads, "People also searched",
// shared-connection names and out-of-network "LinkedIn Member" cards are not contacts.

const RESULT = [
  '[data-view-name="people-search-result"]', // 2026 server-driven UI
  '[data-view-name="search-entity-result-universal-template"]', // 2024–25
  '[data-chameleon-result-urn]', // 2022–25
  'li.reusable-search__result-container',
  '.search-result--person', // 2017–20
].join(', ');
// In order of trust (not document order: a 2017–20 card's first profile link is its photo's, with no text).
const TITLE_LINKS = [
  'a[data-view-name="search-result-lockup-title"]',
  '.entity-result__title-text a[href]',
  '.search-result__info a[href*="/in/"]',
  'a[href*="/in/"]:not([aria-hidden="true"])',
];
const TITLE_LINK = TITLE_LINKS.join(', ');
// The name inside the title link, without the degree badge ("3." in German, "3rd" in English) beside it.
const TITLE_NAME = '.actor-name';
// 2025 cards keep only the utility classes of the 2022–24 subtitles (whose divs carry them too).
const PRIMARY = '.entity-result__primary-subtitle, .subline-level-1, div.t-14.t-black.t-normal';
const SECONDARY = '.entity-result__secondary-subtitle, .subline-level-2, div.t-14.t-normal:not(.t-black)';
// Mutual connections are linked by member id inside the card: never its person.
const INSIGHTS = '.entity-result__insights, .reusable-search-simple-insight__text-container';
const SKIP_LINE =
  /shared connection|mutual connection|wspóln|общи|спільн|ortak bağlantı|^Past\s*:|^Message$|^Connect$|^Follow$/i;
const MAX_RESULTS = 100;

interface Lines {
  headline: string | null;
  location: string | null;
  title: string | null;
  company: string | null;
}

/** Headline/location by class (2017–25), else by <p> order (2026 SDUI). */
function readLines(card: Element, link: Element, name: string, budget: Budget): Lines {
  const summary = queryOne(card, '.entity-result__summary', budget);
  const primary = queryOne(card, PRIMARY, budget);
  const secondary = queryOne(card, SECONDARY, budget);
  let current = splitCurrentLine(summary ? readVisibleText(summary, budget) : null);
  if (primary || secondary) {
    return {
      headline: primary ? textOrNull(readVisibleText(primary, budget), 500) : null,
      location: secondary ? textOrNull(readVisibleText(secondary, budget)) : null,
      ...current,
    };
  }
  const lines: string[] = [];
  for (const p of queryAll(card, 'p', budget, 12)) {
    if (link.contains(p) || p.contains(link)) continue;
    const text = readVisibleText(p, budget, { maxChars: 600 });
    if (text === '' || text === name || SKIP_LINE.test(text) || cleanPersonName(`x ${text}`) === 'x') continue;
    const fromCurrent = splitCurrentLine(text);
    if (fromCurrent.title !== null) {
      current = fromCurrent;
      continue;
    }
    lines.push(text);
  }
  return { headline: textOrNull(lines[0], 500), location: textOrNull(lines[1]), ...current };
}

interface Reading {
  contact: ReturnType<typeof newContact> | null;
  /** The title link the name was read from: where the overlay goes. */
  anchor: Element | null;
}

function readResult(card: Element, budget: Budget): Reading {
  // The first link, in order of trust, that names someone: a 2025 card's first /in/ link is its photo's.
  for (const selector of TITLE_LINKS) {
    for (const link of queryAll(card, selector, budget, 8)) {
      if (link.closest(INSIGHTS)) continue;
      const linkedinUrl = canonicalOf(link.getAttribute('href') ?? '');
      const nameEl = queryOne(link, TITLE_NAME, budget) ?? link;
      const name = cleanPersonName(readVisibleText(nameEl, budget, { maxChars: 400 }));
      // No profile URL or no name: a photo link, or an out-of-network "LinkedIn Member" (headless search link).
      if (linkedinUrl === null || name === null) continue;
      const lines = readLines(card, link, name, budget);
      return { contact: newContact('linkedin', { name, linkedinUrl, ...lines }), anchor: link };
    }
  }
  return { contact: null, anchor: null };
}

/**
 * readResult, or the card's last reading when its profile href, element count and text are unchanged:
 * three native reads and one string comparison instead of walking the card's text nodes in JS.
 */
function readResultCached(card: Element, budget: Budget, cache: ExtractCache | undefined): Reading {
  if (!cache) return readResult(card, budget);
  const href = card.querySelector(TITLE_LINK)?.getAttribute('href') ?? '';
  const signature = `${card.getElementsByTagName('*').length}|${href}|${card.textContent ?? ''}`;
  const hit = cache.cards.get(card);
  if (hit?.signature === signature) return hit;
  const reading = readResult(card, budget);
  cache.cards.set(card, { signature, ...reading });
  return reading;
}

/** Extract every visible people-search result in <main> into `d`. */
export function extractSearch(
  doc: Document,
  d: Detection,
  me: SignedInUser | null,
  budget: Budget,
  cache?: ExtractCache,
): void {
  const main = queryOne(doc, 'main, [role="main"]', budget) ?? doc.body;
  if (!main) return;
  const meKey = me?.linkedinUrl ? identityKeyOf(me.linkedinUrl) : null;
  // SDUI nests a chameleon urn inside the result; read the outermost card only.
  for (const card of outermostOnly(queryAll(main, RESULT, budget, MAX_RESULTS * 2))) {
    if (isHidden(card, budget, main)) continue;
    if (/\b(?:Promoted|Sponsored)\b/.test(normalizeText(card.getAttribute('aria-label')))) continue;
    const reading = runLayer(d, 'search result', null, () => readResultCached(card, budget, cache));
    const contact = reading?.contact;
    if (!contact) continue;
    const key = contact.linkedinUrl ? identityKeyOf(contact.linkedinUrl) : null;
    if (key !== null && key === meKey) continue;
    const stored = addContact(d, contact);
    if (stored && reading.anchor) cache?.anchors.set(stored.key, reading.anchor);
    if (d.contacts.length >= MAX_RESULTS) break;
  }
}
