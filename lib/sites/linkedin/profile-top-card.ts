import { queryAll, queryOne, type Budget } from '../shared/budget';
import { normalizeText, textOrNull } from '../shared/text';
import { readVisibleText } from '../shared/visible-text';
import { cleanPersonName } from './dom-text';

// The top card of a profile: the person viewed. Found by stable attributes first (componentkey,
// section roles), class names last; everything else on the page is someone else.
const TOP_CARD = [
  'main section[componentkey$="Topcard"]',
  'main section.pv-top-card',
  'section.top-card-layout',
  'main section[data-member-id]',
].join(', ');
// /detail/contact-info/ is the 2019–21 route.
const CONTACT_INFO = 'a[href*="/overlay/contact-info"], a[href*="/detail/contact-info"]';
// Name element: <h1> (2020–25), the 2019–21 `li.t-24` in the top-card list, then <h2> (2026 SDUI).
const NAME_ELEMENTS = ['h1', '.pv-top-card--list li.t-24', 'h2'];

export interface TopCard {
  root: Element;
  name: string | null;
  headline: string | null;
  location: string | null;
  company: string | null;
}

/** The top-card element, or the first section of <main> holding a heading. */
export function findTopCard(doc: Document, budget: Budget): Element | null {
  const card = queryOne(doc, TOP_CARD, budget);
  if (card) return card;
  const main = queryOne(doc, 'main, [role="main"]', budget);
  return main ? queryOne(main, 'section', budget) : null;
}

function isBadgeText(text: string, name: string | null): boolean {
  if (text === '' || text === '·' || text === name) return true;
  // Pronoun or degree badges clean to nothing.
  return cleanPersonName(`x ${text}`) === 'x';
}

/** First text block after the name row: the headline (pronoun/degree badges skipped). */
function readHeadlineAfter(heading: Element, root: Element, name: string | null, budget: Budget): string | null {
  let node: Element | null = heading;
  for (let level = 0; node && node !== root && level < 5; level++) {
    let sib = node.nextElementSibling;
    for (let i = 0; sib && i < 6; i++, sib = sib.nextElementSibling) {
      budget.visited += 1;
      if (sib.matches('button, ul, svg') || queryOne(sib, `${CONTACT_INFO}, button`, budget)) break;
      const text = readVisibleText(sib, budget, { maxChars: 600 });
      if (!isBadgeText(text, name)) return textOrNull(text, 500);
    }
    node = node.parentElement;
  }
  return null;
}

/** Location: the first text next to the "Contact info" link, else the public subline. */
function readLocation(root: Element, budget: Budget): string | null {
  const link = queryOne(root, CONTACT_INFO, budget);
  let node: Element | null = link?.parentElement ?? null;
  for (let level = 0; link && node && node !== root.parentElement && level < 4; level++) {
    budget.visited += 1;
    const first = node.firstElementChild;
    if (first && !first.contains(link)) return textOrNull(readVisibleText(first, budget, { maxChars: 300 }));
    node = node.parentElement;
  }
  const subline = queryOne(root, '.top-card__subline-item, .text-body-small.inline.t-black--light', budget);
  return subline ? textOrNull(readVisibleText(subline, budget)) : null;
}

/** "Current company: X. Click to skip…" (aria-label) or the public top-card company link. */
function readCurrentCompany(root: Element, budget: Budget): string | null {
  for (const el of queryAll(root, '[aria-label^="Current company:"]', budget, 3)) {
    const label = normalizeText(el.getAttribute('aria-label')).replace(/^Current company:\s*/, '');
    const company = textOrNull(label.split(/\.\s+Click\b/)[0]);
    if (company) return company;
  }
  const link = queryOne(
    root,
    '[data-view-name="profile-top-card-current-company"], [data-section="currentPositionsDetails"]',
    budget,
  );
  return link ? textOrNull(readVisibleText(link, budget, { maxChars: 300 })) : null;
}

/** Read name, headline, location and current company from a top card. */
export function readTopCard(root: Element, budget: Budget): TopCard {
  let heading: Element | null = null;
  for (const selector of NAME_ELEMENTS) heading ??= queryOne(root, selector, budget);
  const name = heading ? cleanPersonName(readVisibleText(heading, budget, { maxChars: 400 })) : null;
  const classHeadline = queryOne(root, '.text-body-medium.break-words, .top-card-layout__headline', budget);
  const headline = heading ? readHeadlineAfter(heading, root, name, budget) : null;
  return {
    root,
    name,
    headline: headline ?? (classHeadline ? textOrNull(readVisibleText(classHeadline, budget), 500) : null),
    location: readLocation(root, budget),
    company: readCurrentCompany(root, budget),
  };
}
