import type { Detection } from '../../domain/contact';
import { canonicalOf } from './profile-url';
import type { ContactPlacement } from '../runtime/site-adapter';
import type { ExtractCache } from '../shared/extract-cache';
import { hasText, isHiddenByMarkup } from '../visible';

// The 2019 Sales Navigator top card names the lead in a span of its own class.
const HEADINGS = 'h1, h2, [data-anonymize="person-name"], .profile-topcard-person-entity__name';

/**
 * Where LinkedIn overlays go: next to the person's own link (search results, messaging header), or
 * next to the main heading that carries their name (profile, Sales Navigator lead). Only elements
 * inside <main> (or the page when there is none) that are not hidden by markup are used.
 */
export function placementsOfLinkedin(doc: Document, detection: Detection, cache?: ExtractCache): ContactPlacement[] {
  const root = doc.querySelector('main') ?? doc.body;
  if (!root) return [];
  const byHeading = detection.pageKind === 'linkedin-profile' || detection.pageKind === 'linkedin-sales-lead';
  // Profile links grouped by canonical URL, built at most once per batch and only where links are
  // used and the extraction did not already say where each name is (a search result's title link):
  // O(links + contacts) instead of reading every link's text for every contact.
  let links: Map<string, HTMLAnchorElement[]> | null = null;
  const linksOf = (url: string) => (links ??= linksByProfile(root)).get(url);
  const used = new Set<Element>();
  const placements: ContactPlacement[] = [];
  for (const contact of detection.contacts) {
    const name = contact.name;
    if (!name) continue;
    const known = cache?.anchors.get(contact.key);
    const link =
      byHeading || !contact.linkedinUrl
        ? undefined
        : known && !used.has(known) && root.contains(known)
          ? known
          : linksOf(contact.linkedinUrl)?.find((a) => !used.has(a) && hasText(a, name) && !isHiddenByMarkup(a));
    // Never inside a link: a click on the chip would also follow it (the 2026 top card wraps the name).
    const found = link ?? findHeading(root, name, used);
    const anchor = found?.closest('a') ?? found;
    if (!anchor) continue;
    used.add(anchor);
    placements.push({ anchor, contacts: [contact], labelled: false });
  }
  // Everyone detected gets an overlay: those with no anchor of their own share one labelled strip by the
  // page's main heading (a messaging thread whose header changed, a layout we do not know yet).
  const placed = new Set(placements.flatMap((p) => p.contacts.map((c) => c.key)));
  const missing = detection.contacts.filter((c) => !placed.has(c.key));
  const fallback = missing.length > 0 ? fallbackAnchor(root, used) : null;
  if (fallback) placements.push({ anchor: fallback, contacts: missing, labelled: true });
  return placements;
}

function fallbackAnchor(root: Element, used: Set<Element>): Element | null {
  for (const el of root.querySelectorAll('h1, h2, section')) {
    if (!used.has(el) && !isHiddenByMarkup(el)) return el.closest('a') ?? el;
  }
  return root;
}

function linksByProfile(root: Element): Map<string, HTMLAnchorElement[]> {
  const out = new Map<string, HTMLAnchorElement[]>();
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href*="/in/"]')) {
    const canonical = canonicalOf(a.getAttribute('href') ?? '');
    if (canonical === null) continue;
    const list = out.get(canonical);
    if (list) list.push(a);
    else out.set(canonical, [a]);
  }
  return out;
}

function findHeading(root: Element, name: string, used: Set<Element>): Element | undefined {
  for (const el of root.querySelectorAll(HEADINGS)) {
    if (!used.has(el) && hasText(el, name) && !isHiddenByMarkup(el)) return el;
  }
  return undefined;
}
