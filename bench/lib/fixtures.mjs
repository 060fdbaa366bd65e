// The saved pages of tests/fixtures/, with the real URL each was saved from (fixtures.json).
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Every fixture page of `site` ('linkedin' | 'gmail'): {file, url, html}. */
export function fixturePages(root, site) {
  const dir = path.join(root, 'tests/fixtures');
  const index = JSON.parse(readFileSync(path.join(dir, 'fixtures.json'), 'utf8'));
  return index.files
    .filter((f) => f.site === site)
    .map((f) => ({ file: f.file, url: f.url, html: readFileSync(path.join(dir, f.file), 'utf8') }));
}

/** What reaches the network for a page URL: the #hash never does (Gmail's routes live there). */
export const requestUrlOf = (url) => url.split('#')[0];
