import { queryAll, queryOne, type Budget } from '../shared/budget';
import { normalizeText, textOrNull } from '../shared/text';
import { readVisibleText } from '../shared/visible-text';
import { firstDotPart } from './dom-text';

// The first Experience entry states title and company more exactly than the headline (which is
// free text such as "VP RevOps at X | Forecasting"). Only a *current* entry is trusted.

const SECTION = [
  'main section[componentkey$="Experience"]',
  'section[data-section="experience"]',
  'section.experience',
].join(', ');
const ENTRY = [
  '[componentkey*="profile.experience"]',
  '[data-view-name="profile-component-entity"]',
  'li.experience-item',
].join(', ');
const LINES = 'p, h3, h4, .t-bold, span.t-14';
// "Present" in LinkedIn's interface languages (date ranges read "Mar 2023 - Present").
const PRESENT =
  /\b(?:Present|obecnie|heute|présent|actualidad|atual|attuale|heden)\b|по теперішній час|теперішній час|настоящее время|наст\. время|Günümüz|Halen|ปัจจุบัน/i;
const DURATION = /^\d+\s*(?:yrs?|mos?|years?|months?|lat|lata|rok|mies\.?|г\.|лет|мес\.?|yıl|ay)\b/i;

export interface ExperienceEntry {
  title: string | null;
  company: string | null;
  current: boolean;
}

function findSection(doc: Document, budget: Budget): Element | null {
  const section = queryOne(doc, SECTION, budget);
  if (section) return section;
  // Ember profiles mark the card with an empty anchor div#experience.
  return queryOne(doc, '#experience', budget)?.closest('section') ?? null;
}

function readLines(entry: Element, budget: Budget): string[] {
  const lines: string[] = [];
  const taken: Element[] = [];
  for (const el of queryAll(entry, LINES, budget, 12)) {
    if (taken.some((t) => t.contains(el))) continue; // nested match: already read with its parent
    taken.push(el);
    const text = readVisibleText(el, budget, { maxChars: 300 });
    if (text !== '') lines.push(text);
  }
  return lines;
}

/** The first Experience entry on a profile page, or null when there is none. */
export function readFirstExperience(doc: Document, budget: Budget): ExperienceEntry | null {
  const section = findSection(doc, budget);
  const entry = section ? queryOne(section, ENTRY, budget) : null;
  if (!entry) return null;
  const lines = readLines(entry, budget);
  const current =
    entry.getAttribute('data-section') === 'currentPositionsDetails' || lines.some((line) => PRESENT.test(line));
  const [first, second] = lines;
  if (second !== undefined && DURATION.test(normalizeText(second.split('·').pop()))) {
    // Grouped roles: "Company / Full-time · 5 yrs", then one sub-entry per role.
    return { title: null, company: textOrNull(first), current };
  }
  return { title: textOrNull(first), company: firstDotPart(second), current };
}
