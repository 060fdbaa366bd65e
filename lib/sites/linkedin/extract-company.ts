import type { DetectedCompany, Detection } from '../../domain/contact';
import { canonicalizeLinkedinCompanyUrl } from '../../domain/linkedin-url';
import { queryAll, queryOne, type Budget } from '../shared/budget';
import { runLayer, warn } from '../shared/detection';
import { normalizeText, textOrNull } from '../shared/text';
import { readVisibleText } from '../shared/visible-text';

// Company page: a DetectedCompany, no person contacts (employee lists are not the viewed entity).
// The About tab's <dl> is the clean source; the "Visit website" button carries a utm query.

type Field = 'website' | 'industry' | 'size' | 'headquarters';
// <dt> labels in the interface languages we support.
const LABELS: Record<string, Field> = {
  website: 'website',
  witryna: 'website',
  'strona www': 'website',
  'веб-сайт': 'website',
  сайт: 'website',
  'web sitesi': 'website',
  เว็บไซต์: 'website',
  industry: 'industry',
  branża: 'industry',
  отрасль: 'industry',
  галузь: 'industry',
  sektör: 'industry',
  อุตสาหกรรม: 'industry',
  'company size': 'size',
  'wielkość firmy': 'size',
  'размер компании': 'size',
  'розмір компанії': 'size',
  'şirket büyüklüğü': 'size',
  ขนาดบริษัท: 'size',
  headquarters: 'headquarters',
  'siedziba główna': 'headquarters',
  siedziba: 'headquarters',
  'штаб-квартира': 'headquarters',
  'головний офіс': 'headquarters',
  'genel merkez': 'headquarters',
  สำนักงานใหญ่: 'headquarters',
};

function readAboutList(doc: Document, budget: Budget): Partial<Record<Field, string>> {
  const out: Partial<Record<Field, string>> = {};
  const main = queryOne(doc, 'main, [role="main"]', budget) ?? doc;
  for (const dt of queryAll(main, 'dl dt', budget, 30)) {
    const field = LABELS[normalizeText(dt.textContent).toLowerCase()];
    const dd = dt.nextElementSibling;
    budget.visited += 1;
    if (!field || !dd || dd.tagName !== 'DD' || out[field] !== undefined) continue;
    const link = field === 'website' ? queryOne(dd, 'a[href^="http"]', budget) : null;
    const value = link?.getAttribute('href') ?? readVisibleText(dd, budget, { maxChars: 600 });
    const text = textOrNull(value, 600);
    if (text) out[field] = text;
  }
  return out;
}

function readName(doc: Document, budget: Budget): string | null {
  const heading = queryOne(doc, 'h1.org-top-card-summary__title, main h1', budget);
  const fromHeading = heading ? textOrNull(heading.getAttribute('title') ?? readVisibleText(heading, budget)) : null;
  // "Quillfeather: About | LinkedIn" / "Quillfeather | LinkedIn"
  const title = normalizeText(doc.title)
    .replace(/\s*\|\s*LinkedIn\s*$/i, '')
    .replace(/^\(\d+\+?\)\s*/, '');
  return fromHeading ?? (doc.title.includes('LinkedIn') ? textOrNull(title.split(/:\s/)[0]) : null);
}

/** Extract the company into `d.company`. */
export function extractCompany(doc: Document, url: URL, d: Detection, budget: Budget): void {
  const name = runLayer(d, 'company name', null, () => readName(doc, budget));
  if (name === null) {
    d.degraded = true;
    warn(d, 'company: no name found on a company page');
    return;
  }
  const about = runLayer(d, 'company about', {}, () => readAboutList(doc, budget));
  const company: DetectedCompany = {
    name,
    linkedinUrl: canonicalizeLinkedinCompanyUrl(url.href),
    website: about.website ?? null,
    industry: about.industry ?? null,
    size: about.size ?? null,
    headquarters: about.headquarters ?? null,
  };
  d.company = company;
}
