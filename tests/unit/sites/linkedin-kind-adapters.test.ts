// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isProfilePage, isSearchPeoplePage, peoplePageOtherThan } from '../../../lib/domain/linkedin-pages';
import { linkedinAdapter } from '../../../lib/sites/linkedin/adapter';
import { linkedinProfileAdapter, linkedinSearchAdapter } from '../../../lib/sites/linkedin/kind-adapters';
import { parseHtml, readHtml, readManifest, readRealManifest } from './fixture-loader';

// The one-kind scripts (linkedin-profile.content.ts, linkedin-search.content.ts) carry their kind's extractor
// only: on their pages they must see exactly what the full script sees, on every hand-made and real capture;
// elsewhere they find nobody and hand over.
const linkedinPages = [...readManifest(), ...readRealManifest()].filter((e) => e.site === 'linkedin');

describe.each([
  { kind: 'linkedin-profile', adapter: linkedinProfileAdapter, isKind: isProfilePage },
  { kind: 'linkedin-search-people', adapter: linkedinSearchAdapter, isKind: isSearchPeoplePage },
])('the $kind adapter', ({ kind, adapter, isKind }) => {
  const own = linkedinPages.filter((e) => e.kind === kind);
  const others = linkedinPages.filter((e) => e.kind !== kind);
  const handsOver = peoplePageOtherThan(isKind);

  it('has pages of its kind to check, hand-made and real, and other kinds to hand over', () => {
    expect(own.length).toBeGreaterThanOrEqual(4);
    expect(others.length).toBeGreaterThanOrEqual(8);
  });

  it.each(own)('reads $file as the full adapter does', (entry) => {
    const url = new URL(entry.url);
    const doc = parseHtml(readHtml(entry.file));
    expect(adapter.isRelevant(url)).toBe(true);
    expect(handsOver(url)).toBe(false);
    expect(adapter.extract(doc, url)).toEqual(linkedinAdapter.extract(doc, url));
  });

  it.each(others)('leaves $file ($kind) to the full script', (entry) => {
    const url = new URL(entry.url);
    const doc = parseHtml(readHtml(entry.file));
    expect(adapter.isRelevant(url)).toBe(false);
    expect(handsOver(url)).toBe(linkedinAdapter.isRelevant(url));
    expect(adapter.extract(doc, url).contacts).toEqual([]);
  });
});
