// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DetectionSchema } from '../../../lib/domain/contact';
import { readComposeState } from '../../../lib/sites/gmail/compose-state';
import { readOpenMessages } from '../../../lib/sites/gmail/thread-messages';
import { extract, parseHtml, readHtml, readManifest } from './fixture-loader';

// Random mutations of every fixture page: extractors never throw, always return a well-formed
// Detection, and inspect a bounded number of elements.
//
// Bound: visited ≤ (elements in the mutated document) + 150. Extractors use targeted
// selectors plus short ancestor walks (isHidden, ≤ 60 levels) for a capped number of candidates,
// so the count grows with the page, never with (page × page).
const visitBound = (elements: number) => elements + 150;

const JUNK_MARKUP = [
  '<img src=x onerror=alert(1)>',
  '<h1>Injected Heading</h1>',
  '<h2 aria-hidden="true">Ghost</h2>',
  '<a href="/in/%E0%A4%A">bad</a>',
  '<a href="https://www.linkedin.com/in/injected-person/">Injected Person</a>',
  '<table class="ajC"><tr><td class="gG">cc:</td><td class="gL"><span email="not-an-email" name="X">x</span></td></tr></table>',
  '<span class="gD" email="a@b.co" name="">?</span>',
  '<div data-view-name="people-search-result"><a data-view-name="search-result-lockup-title">no href</a></div>',
  '<script type="application/ld+json">{"@type":"Person","name":</script>',
  '<code style="display:none">{"firstName":"Leak"}</code>',
  '<div class="vh" role="alert">Message sent <span id="link_undo">Undo</span></div>',
  '\u202Egnp.exe\u200B\uFEFF',
];

type Op =
  | { kind: 'remove'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swapAttrs'; at: number; other: number }
  | { kind: 'junkText'; at: number; text: string }
  | { kind: 'junkMarkup'; at: number; markup: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swapAttrs' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({
    kind: fc.constant('junkText' as const),
    at: fc.nat(),
    text: fc.string({ unit: 'grapheme', maxLength: 40 }),
  }),
  fc.record({
    kind: fc.constant('junkMarkup' as const),
    at: fc.nat(),
    markup: fc.nat({ max: JUNK_MARKUP.length - 1 }),
  }),
);

function pick(doc: Document, at: number): Element | undefined {
  const all = doc.body?.getElementsByTagName('*');
  return all && all.length > 0 ? all[at % all.length] : undefined;
}

function swapAttributes(a: Element, b: Element): void {
  const first = [...a.attributes].map((x) => [x.name, x.value] as const);
  const second = [...b.attributes].map((x) => [x.name, x.value] as const);
  for (const [name] of first) a.removeAttribute(name);
  for (const [name] of second) b.removeAttribute(name);
  for (const [name, value] of second) a.setAttribute(name, value);
  for (const [name, value] of first) b.setAttribute(name, value);
}

function apply(doc: Document, op: Op): void {
  const el = pick(doc, op.at);
  if (!el) return;
  if (op.kind === 'remove') el.remove();
  else if (op.kind === 'duplicate') el.parentNode?.insertBefore(el.cloneNode(true), el.nextSibling);
  else if (op.kind === 'swapAttrs') {
    const other = pick(doc, op.other);
    if (other && other !== el) swapAttributes(el, other);
  } else if (op.kind === 'junkText') el.appendChild(doc.createTextNode(op.text));
  else el.insertAdjacentHTML('beforeend', JUNK_MARKUP[op.markup] ?? '');
}

describe.each(readManifest())('mutated $file', (entry) => {
  const html = readHtml(entry.file);

  it('never throws, stays well-formed and bounded', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 12 }), fc.option(fc.nat({ max: html.length })), (ops, truncateAt) => {
        const doc = parseHtml(truncateAt === null ? html : html.slice(0, truncateAt));
        for (const op of ops) apply(doc, op);
        const budget = { visited: 0 };
        const d = extract(entry.site, doc, entry.url, { budget });
        expect(DetectionSchema.safeParse(d).success).toBe(true);
        expect(new Set(d.contacts.map((c) => c.key)).size).toBe(d.contacts.length);
        expect(budget.visited).toBeLessThanOrEqual(visitBound(doc.getElementsByTagName('*').length));
        if (entry.site === 'gmail') {
          expect(() => readComposeState(doc)).not.toThrow();
          expect(() => readOpenMessages(doc)).not.toThrow();
        }
      }),
      { numRuns: 50 },
    );
  });
});
