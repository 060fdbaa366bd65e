import type { Detection, SignedInUser } from '../../domain/contact';
import { parseSalesNavLeadUrl } from '../../domain/linkedin-url';
import { canonicalOf, identityKeyOf } from './profile-url';
import { queryAll, queryOne, type Budget } from '../shared/budget';
import { addContact, newContact, runLayer, warn } from '../shared/detection';
import { textOrNull } from '../shared/text';
import { isHidden } from '../shared/visibility';
import { readVisibleText } from '../shared/visible-text';
import { cleanPersonName, splitHeadline } from './dom-text';
import { readSalesLeadJson } from './sales-lead-json';

// Sales Navigator lead page. The embedded profile response names the lead (sales-lead-json.ts); the header
// marks personal fields with data-anonymize (used by its own screenshot mode), more stable than class names.

// 2019 pages mark nothing with data-anonymize: the top card's name has its own class.
const NAME = '[data-anonymize="person-name"], .profile-topcard-person-entity__name';
// Side panels ("Similar leads", "Also viewed") reuse data-anonymize; only the header is the lead.
const NOISE = 'aside, [data-view-name*="similar"], [aria-label*="imilar"], [aria-label*="lso viewed"]';

function readField(root: Element, kinds: string[], budget: Budget): string | null {
  for (const kind of kinds) {
    const el = queryOne(root, `[data-anonymize="${kind}"]`, budget);
    const text = el ? textOrNull(readVisibleText(el, budget, { maxChars: 600 }), 500) : null;
    if (text) return text;
  }
  return null;
}

/** The header element around the lead's name: climb until it also holds the headline. */
function findHeader(nameEl: Element, budget: Budget): Element {
  let node: Element = nameEl;
  for (let i = 0; i < 6 && node.parentElement; i++) {
    node = node.parentElement;
    budget.visited += 1;
    if (node.matches('section, header, [data-x--lead--header]')) return node;
  }
  return node;
}

/** Extract the lead into `d`: the embedded profile response first, then the page's header. */
export function extractSalesLead(doc: Document, url: URL, d: Detection, me: SignedInUser | null, budget: Budget): void {
  const lead = parseSalesNavLeadUrl(url.href);
  const json = lead ? runLayer(d, 'sales lead json', null, () => readSalesLeadJson(doc, lead.leadId, budget)) : null;
  const main = queryOne(doc, 'main, [role="main"]', budget) ?? doc.body;
  const nameEl = main
    ? (queryAll(main, NAME, budget, 20).find((el) => !el.closest(NOISE) && !isHidden(el, budget)) ?? null)
    : null;
  const name =
    cleanPersonName(json?.name) ??
    (nameEl ? cleanPersonName(readVisibleText(nameEl, budget, { maxChars: 400 })) : null);
  if (name === null) {
    d.degraded = true;
    warn(d, 'sales-lead: no lead name found');
    return;
  }
  const header = nameEl ? findHeader(nameEl, budget) : null;
  const fields = header
    ? runLayer(d, 'sales lead fields', null, () => ({
        headline: readField(header, ['headline'], budget),
        title: readField(header, ['job-title', 'title'], budget),
        company: readField(header, ['company-name'], budget),
        location: readField(header, ['location'], budget),
      }))
    : null;
  const profileLink = header ? queryOne(header, 'a[href*="linkedin.com/in/"], a[href^="/in/"]', budget) : null;
  const linkedinUrl = json?.linkedinUrl ?? canonicalOf(profileLink?.getAttribute('href') ?? '');
  if (linkedinUrl && me?.linkedinUrl && identityKeyOf(linkedinUrl) === identityKeyOf(me.linkedinUrl)) return;
  const headline = json?.headline ?? fields?.headline ?? null;
  const fromHeadline = splitHeadline(headline);
  addContact(
    d,
    newContact('linkedin', {
      name,
      linkedinUrl,
      salesNavUrl: lead?.canonical ?? null,
      headline,
      title: json?.title ?? fields?.title ?? fromHeadline.title,
      company: json?.company ?? fields?.company ?? fromHeadline.company,
      location: json?.location ?? fields?.location ?? null,
    }),
  );
}
