// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isPeoplePageButProfile } from '../../../lib/domain/linkedin-pages';
import { linkedinAdapter } from '../../../lib/sites/linkedin/adapter';
import { linkedinProfileAdapter } from '../../../lib/sites/linkedin/profile-adapter';
import { parseHtml, readHtml, readManifest, readRealManifest } from './fixture-loader';

// The profile script (linkedin-profile.content.ts) carries the profile extractor only: on a profile it must
// see exactly what the full script sees, on every hand-made and real profile; elsewhere it hands over.
const linkedinPages = [...readManifest(), ...readRealManifest()].filter((e) => e.site === 'linkedin');
const profiles = linkedinPages.filter((e) => e.kind === 'linkedin-profile');
const others = linkedinPages.filter((e) => e.kind !== 'linkedin-profile');

describe('the profile-only adapter', () => {
  it('has profiles to check, hand-made and real, and other kinds to hand over', () => {
    expect(profiles.length).toBeGreaterThanOrEqual(8);
    expect(others.length).toBeGreaterThanOrEqual(8);
  });

  it.each(profiles)('reads $file as the full adapter does', (entry) => {
    const url = new URL(entry.url);
    const doc = parseHtml(readHtml(entry.file));
    expect(linkedinProfileAdapter.isRelevant(url)).toBe(true);
    expect(isPeoplePageButProfile(url)).toBe(false);
    expect(linkedinProfileAdapter.extract(doc, url)).toEqual(linkedinAdapter.extract(doc, url));
  });

  it.each(others)('leaves $file ($kind) to the full script', (entry) => {
    const url = new URL(entry.url);
    const doc = parseHtml(readHtml(entry.file));
    expect(linkedinProfileAdapter.isRelevant(url)).toBe(false);
    expect(isPeoplePageButProfile(url)).toBe(linkedinAdapter.isRelevant(url));
    expect(linkedinProfileAdapter.extract(doc, url).contacts).toEqual([]);
  });
});
