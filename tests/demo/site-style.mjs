// The demo pages' look: tests/fixtures hold the saved markup of LinkedIn and Gmail pages with their
// stylesheets stripped (the extractors' tests and the bench read those files byte for byte). The
// demo launcher and the screenshots serve them with a small stylesheet of ours per site, written
// from public descriptions of each site's look (layout, system fonts, colours, avatars drawn as
// data: URIs; no copied assets), so the overlay, its placement and its contrast can be judged as a
// user will see them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const STYLES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'styles');

/** The site a fixture file belongs to ('linkedin/…', 'gmail/…', 'variants/linkedin-…'), or null. */
export function siteOf(fixtureFile) {
  const match = /^(?:variants\/)?(linkedin|gmail)\b/.exec(fixtureFile.replaceAll('\\', '/'));
  return match ? match[1] : null;
}

/** The stylesheet for a site's demo pages. */
export function siteStyle(site) {
  return readFileSync(path.join(STYLES_DIR, `${site}.css`), 'utf8');
}

/** A fixture page's HTML with its site's stylesheet added at the end of <head> (unchanged for other files). */
export function withSiteStyle(html, fixtureFile) {
  const site = siteOf(fixtureFile);
  if (!site) return html;
  const tag = `<style data-demo-style="${site}">\n${siteStyle(site)}</style>\n`;
  const at = html.search(/<\/head>/i);
  return at === -1 ? tag + html : html.slice(0, at) + tag + html.slice(at);
}
