// What "Report this page" keeps of a page (issue 16), as pure string rules: the content script that
// takes the snapshot and the side panel that cleans it again before saving both apply them
// (lib/sites/redact-snapshot.ts walks the DOM). No zod and no DOM here: content scripts bundle it.
// Kept: tags, classes, roles and the attributes extractors read, and links only in the LinkedIn and
// Gmail shapes extractors read, every slug, id and value masked. Dropped: <link>, <base>, <style>,
// inline styles, ids, and every other URL.

/** Elements removed with everything inside: stylesheets and a base URL carry URLs, no structure we read. */
export const DROPPED_ELEMENTS: ReadonlySet<string> = new Set(['LINK', 'BASE', 'STYLE']);
/** Elements kept, emptied: their text is code or data. */
export const EMPTIED_ELEMENTS: ReadonlySet<string> = new Set(['SCRIPT', 'NOSCRIPT', 'CODE', 'TEMPLATE']);
/** Attributes dropped outright: inline styles and ids (ids on these sites embed people's and threads' ids). */
export const DROPPED_ATTRIBUTES: ReadonlySet<string> = new Set(['style', 'id']);

/** Same-length placeholder: every non-whitespace character becomes 'x'. */
export function maskText(value: string): string {
  return value.replace(/\S/gu, 'x');
}

// The routes extractors read (lib/sites/linkedin/pages.ts), each followed by one slug or id.
const LINKEDIN_ROUTE = /^\/(in|company|school|sales\/lead|sales\/people|messaging\/thread)\/([^/?#]+)(\/.*)?$/;
const LINKEDIN_PAGES = /^\/search\/results\/people\/?$/;
const GMAIL_PATH = /^\/mail(\/u\/\d{1,2})?\/?$/;
const WORD = /^[a-z-]+$/;

/** Path segments after a slug: route words ("overlay", "contact-info") kept, anything else masked. */
const maskSegments = (rest: string) => rest.replace(/[^/]+/g, (s) => (WORD.test(s) ? s : maskText(s)));
const maskQuery = (search: string) => search.replace(/=([^&]*)/g, (_m, v: string) => `=${maskText(v)}`);
/** A Gmail view hash: "#inbox", "#inbox/FMfcg…", "#label/Clients/…": lower-case words kept, the rest masked. */
const maskHash = (hash: string) => hash.replace(/[^#/]+/g, (s) => (/^[a-z]+$/.test(s) ? s : maskText(s)));

const isLinkedinHost = (host: string) => host === 'linkedin.com' || host.endsWith('.linkedin.com');

function cleanLinkedinPath(url: URL): string | null {
  const route = LINKEDIN_ROUTE.exec(url.pathname);
  if (route) return `/${route[1]}/${maskText(route[2] ?? '')}${maskSegments(route[3] ?? '')}${maskQuery(url.search)}`;
  return LINKEDIN_PAGES.test(url.pathname) ? url.pathname + maskQuery(url.search) : null;
}

/**
 * A link as the snapshot keeps it, or null to drop it: LinkedIn profile, company, school, Sales
 * Navigator, messaging and people-search links (absolute or site-relative), Gmail views and threads,
 * Google's account menu link, and mailto:/tel: links, with every slug, id and value masked.
 */
export function cleanSnapshotUrl(href: string): string | null {
  const raw = href.trim();
  if (/^(mailto|tel):/i.test(raw))
    return raw.replace(/^([a-z]+:)(.*)$/i, (_m, s: string, r: string) => s + maskText(r));
  if (/^#[a-z]/.test(raw)) return maskHash(raw);
  let url: URL;
  try {
    url = new URL(raw, 'https://relative.invalid');
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || url.port) return null;
  if (url.hostname === 'relative.invalid') return raw.startsWith('/') ? cleanLinkedinPath(url) : null;
  if (isLinkedinHost(url.hostname)) {
    const path = cleanLinkedinPath(url);
    return path === null ? null : url.origin + path;
  }
  if (url.hostname === 'mail.google.com' && GMAIL_PATH.test(url.pathname))
    return url.origin + url.pathname + maskHash(url.hash);
  if (url.hostname === 'accounts.google.com' && url.pathname === '/SignOutOptions')
    return url.origin + url.pathname + maskQuery(url.search);
  return null;
}
