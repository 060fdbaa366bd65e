// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExtractCache, readOncePerBatch } from '../../../lib/sites/shared/extract-cache';
import { placementsOfLinkedin } from '../../../lib/sites/linkedin/placements';
import { extract, parseHtml, readHtml, readManifest } from './fixture-loader';

// The content script passes a per-instance cache (opts.cache) so unchanged search results cost O(1)
// per batch. Extractors must return exactly what they return without it, on every fixture, warm or
// cold, and after the page changes under a warm cache. Only childList-style changes are generated:
// like the runtime's observer, the cache's signature does not look at attribute-only changes.

type Op =
  | { kind: 'remove'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'text'; at: number; text: string }
  | { kind: 'retext'; at: number; text: string };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('text' as const), at: fc.nat(), text: fc.string({ maxLength: 20 }) }),
  fc.record({ kind: fc.constant('retext' as const), at: fc.nat(), text: fc.string({ minLength: 1, maxLength: 20 }) }),
);

function apply(doc: Document, op: Op): void {
  const all = doc.body?.getElementsByTagName('*');
  const el = all && all.length > 0 ? all[op.at % all.length] : undefined;
  if (!el) return;
  if (op.kind === 'remove') el.remove();
  else if (op.kind === 'duplicate') el.parentNode?.insertBefore(el.cloneNode(true), el.nextSibling);
  else if (op.kind === 'text') el.appendChild(doc.createTextNode(op.text));
  else {
    // Same-length edits of a text node (e.g. "1st" → "2nd") must be seen too.
    const node = [...el.childNodes].find((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '');
    if (node) node.nodeValue = op.text.repeat(40).slice(0, (node.nodeValue ?? '').length);
  }
}

describe.each(readManifest())('extract cache on $file', (entry) => {
  const html = readHtml(entry.file);

  it('gives the same detection as no cache, cold and warm', () => {
    const doc = parseHtml(html);
    const cache = createExtractCache();
    const plain = extract(entry.site, doc, entry.url);
    expect(extract(entry.site, doc, entry.url, { cache })).toEqual(plain);
    expect(extract(entry.site, doc, entry.url, { cache })).toEqual(plain);
  });

  it('gives the same detection as no cache after the page changes under a warm cache', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 8 }), (ops) => {
        const doc = parseHtml(html);
        const cache = createExtractCache();
        extract(entry.site, doc, entry.url, { cache });
        for (const op of ops) {
          apply(doc, op);
          expect(extract(entry.site, doc, entry.url, { cache })).toEqual(extract(entry.site, doc, entry.url));
        }
      }),
      { numRuns: entry.kind === 'linkedin-search-people' ? 60 : 10 },
    );
  });
});

describe('extract cache on people search', () => {
  it('reads an unchanged result card once, and a changed one again', () => {
    const entry = readManifest().find((e) => e.kind === 'linkedin-search-people');
    if (!entry) throw new Error('no search fixture');
    const doc = parseHtml(readHtml(entry.file));
    const cache = createExtractCache();
    const cold = { visited: 0 };
    extract('linkedin', doc, entry.url, { cache, budget: cold });
    const warm = { visited: 0 };
    const first = extract('linkedin', doc, entry.url, { cache, budget: warm });
    expect(warm.visited).toBeLessThan(cold.visited);
    const name = first.contacts[0]?.name ?? '';
    const link = [...doc.querySelectorAll('main a')].find((a) => a.textContent?.includes(name));
    link?.querySelector('span')?.append(' Jr');
    const changed = extract('linkedin', doc, entry.url, { cache });
    expect(changed.contacts[0]?.name).toBe(`${name} Jr`);
  });
});

describe.each(readManifest().filter((e) => e.site === 'linkedin'))(
  "placements with the extraction's anchors on $file",
  (entry) => {
    const html = readHtml(entry.file);
    const placed = (doc: Document, cache?: ReturnType<typeof createExtractCache>) => {
      const detection = extract('linkedin', doc, entry.url, cache ? { cache } : undefined);
      // Own anchors only: the labelled fallback strip by the main heading is for those that have none.
      const own = placementsOfLinkedin(doc, detection, cache).filter((p) => !p.labelled);
      const byKey = new Map(own.map((p) => [p.contacts[0]?.key ?? '', p.anchor]));
      return { detection, byKey };
    };

    // Where the page search (no cache) places an overlay, the extraction's anchor is the same element.
    // It also places one where the page search finds no link whose whole text holds the name as read
    // (e.g. text appended to the link): next to the title link the name was read from.
    it('puts each overlay where the page search does, or at the link the name was read from', () => {
      fc.assert(
        fc.property(fc.array(opArb, { maxLength: 6 }), (ops) => {
          const doc = parseHtml(html);
          const cache = createExtractCache();
          const check = () => {
            const plain = placed(doc).byKey;
            const { detection, byKey } = placed(doc, cache);
            for (const [key, anchor] of plain) expect(byKey.get(key), key).toBe(anchor);
            for (const [key, anchor] of byKey) {
              if (plain.has(key)) continue;
              const contact = detection.contacts.find((c) => c.key === key);
              expect(anchor.tagName).toBe('A');
              expect(
                contact?.linkedinUrl &&
                  anchor.getAttribute('href')?.includes(new URL(contact.linkedinUrl).pathname.slice(0, -1)),
              ).toBe(true);
            }
          };
          check();
          for (const op of ops) {
            apply(doc, op);
            check();
          }
        }),
        { numRuns: entry.kind === 'linkedin-search-people' ? 40 : 5 },
      );
    });
  },
);

describe('readOncePerBatch', () => {
  it('reads once per batch with a cache (the extractor and a feature share it), every time without', () => {
    const cache = createExtractCache();
    let reads = 0;
    const read = () => ++reads;
    expect([readOncePerBatch(cache, 'x', read), readOncePerBatch(cache, 'x', read)]).toEqual([1, 1]);
    cache.batch.clear(); // the next batch
    expect(readOncePerBatch(cache, 'x', read)).toBe(2);
    expect([readOncePerBatch(undefined, 'x', read), readOncePerBatch(undefined, 'x', read)]).toEqual([3, 4]);
  });
});
