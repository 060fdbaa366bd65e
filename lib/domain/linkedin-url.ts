// Pure LinkedIn URL rules (fixtures.json `rules.linkedinUrl`). No zod and no DOM: content scripts
// bundle this file, and the background uses the same keys for matching prospects.

const ORIGIN = 'https://www.linkedin.com';
const MAX_INPUT = 4000;
const MAX_SLUG = 200;
// Scheme-less input such as `pl.linkedin.com/in/x` would otherwise resolve as a relative path.
const SCHEMELESS_HOST = /^(?:[a-z0-9-]+\.)*linkedin\.com(?:[/?#]|$)/i;
// Sales Navigator ids (ACwAA…), member ids (ACoAA…): URL-safe base64-ish tokens.
const LEAD_ID = /^[A-Za-z0-9_-]{8,120}$/;

/** Parse any LinkedIn address (absolute, scheme-less or site-relative) into a URL, or null. */
function parseLinkedin(input: string): URL | null {
  if (typeof input !== 'string') return null;
  const trimmed = input.trim();
  if (trimmed === '' || trimmed.length > MAX_INPUT) return null;
  const absolute = SCHEMELESS_HOST.test(trimmed) ? `https://${trimmed}` : trimmed;
  let url: URL;
  try {
    url = new URL(absolute, ORIGIN);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return isLinkedinHost(url) ? url : null;
}

/** linkedin.com or any of its subdomains (www., pl., m.). */
export function isLinkedinHost(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  return host === 'linkedin.com' || host.endsWith('.linkedin.com');
}

/** The non-empty segments of a URL's path. */
export function pathSegments(url: URL): string[] {
  return url.pathname.split('/').filter((s) => s !== '');
}

/** Decode then re-encode a path segment so every spelling maps to one form (upper-case %XX). */
function normalizeSegment(raw: string): string | null {
  try {
    const decoded = decodeURIComponent(raw);
    if (decoded.trim() === '' || decoded.length > MAX_SLUG) return null;
    // encodeURIComponent throws on lone surrogates: treated like bad percent-encoding.
    return encodeURIComponent(decoded);
  } catch {
    // Malformed %-escapes: there is no safe way to tell what LinkedIn meant.
    return null;
  }
}

/** Canonical https://www.linkedin.com/in/<slug>/ for any spelling of a profile URL, or null. */
export function canonicalizeLinkedinProfileUrl(input: string): string | null {
  const url = parseLinkedin(input);
  if (!url) return null;
  const [first, slug] = pathSegments(url);
  if (first?.toLowerCase() !== 'in' || slug === undefined) return null;
  const normalized = normalizeSegment(slug);
  return normalized === null ? null : `${ORIGIN}/in/${normalized}/`;
}

/** Matching key of a profile URL: decoded slug, NFC, lower-cased; equal for every spelling. */
export function linkedinIdentityKey(canonicalUrl: string): string | null {
  const canonical = canonicalizeLinkedinProfileUrl(canonicalUrl);
  if (canonical === null) return null;
  const encoded = canonical.slice(`${ORIGIN}/in/`.length, -1);
  try {
    // toLowerCase (not toLocaleLowerCase) so the key does not depend on the user's locale.
    return decodeURIComponent(encoded).normalize('NFC').toLowerCase();
  } catch {
    return null;
  }
}

/** Sales Navigator lead URL → lead id and https://www.linkedin.com/sales/lead/<id>/, or null. */
export function parseSalesNavLeadUrl(input: string): { leadId: string; canonical: string } | null {
  const url = parseLinkedin(input);
  if (!url) return null;
  const [first, kind, rawId] = pathSegments(url);
  if (first !== 'sales' || (kind !== 'lead' && kind !== 'people') || rawId === undefined) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawId);
  } catch {
    return null;
  }
  // `<id>,NAME_SEARCH,abcd`: the auth type and token after the commas are per-session noise.
  const leadId = decoded.split(',')[0] ?? '';
  if (!LEAD_ID.test(leadId)) return null;
  return { leadId, canonical: `${ORIGIN}/sales/lead/${leadId}/` };
}

/** Canonical https://www.linkedin.com/company/<slug>/ for a company page URL, or null. */
export function canonicalizeLinkedinCompanyUrl(input: string): string | null {
  const url = parseLinkedin(input);
  if (!url) return null;
  const [first, slug] = pathSegments(url);
  if (first?.toLowerCase() !== 'company' || slug === undefined) return null;
  const normalized = normalizeSegment(slug);
  return normalized === null ? null : `${ORIGIN}/company/${normalized}/`;
}
