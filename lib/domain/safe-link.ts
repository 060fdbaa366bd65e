import { z } from 'zod';
import { normalizeEmail } from './email-address';

// The only links Sidecar stores and draws (issue 16): http(s) pages of LinkedIn (any subdomain) and
// Gmail. A page or a compromised content script may send any URL as a thread or profile link
// (`javascript:…`, `https://evil.example/login`); the schemas below turn those away when written,
// and the panel draws a link only through safeHref, so rows stored before are harmless too.

const MAX_LINK = 4000;

/** The parsed URL when it is an http(s) link to linkedin.com (or a subdomain) or mail.google.com. */
function parseSafeLink(input: unknown): URL | null {
  if (typeof input !== 'string' || input.length > MAX_LINK) return null;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return null;
  }
  // No credentials or explicit port: `https://www.linkedin.com@evil.example/` must not pass as LinkedIn.
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password || url.port) return null;
  return isLinkedinHostname(url.hostname) || url.hostname === 'mail.google.com' ? url : null;
}

const isLinkedinHostname = (host: string) => host === 'linkedin.com' || host.endsWith('.linkedin.com');

/** The href to draw for a stored link, or null when it is not one of ours (draw plain text instead). */
export function safeHref(input: unknown): string | null {
  return parseSafeLink(input)?.href ?? null;
}

/** Whether a URL is an http(s) LinkedIn page. */
export function isLinkedinLink(input: unknown): boolean {
  const url = parseSafeLink(input);
  return url !== null && isLinkedinHostname(url.hostname);
}

/** Whether a URL is an http(s) Gmail page. */
export function isGmailLink(input: unknown): boolean {
  return parseSafeLink(input)?.hostname === 'mail.google.com';
}

/** A LinkedIn or Gmail link: a thread a message was logged from. */
export const SafeLinkSchema = z
  .string()
  .max(MAX_LINK)
  .refine((u) => safeHref(u) !== null, 'not-a-linkedin-or-gmail-link');
/** A LinkedIn link: a profile, a Sales Navigator lead, a company page. */
export const LinkedinLinkSchema = z.url().max(800).refine(isLinkedinLink, 'not-a-linkedin-link');
/** A Gmail link: the thread "Log email" was clicked in. */
export const GmailLinkSchema = z.url().max(MAX_LINK).refine(isGmailLink, 'not-a-gmail-link');
/**
 * Where a person was seen: a LinkedIn or Gmail page, `csv:<file name>` for an import, or nothing
 * (a capture by hand on a page with no address). Shown as text, never as a link.
 */
export const SourceUrlSchema = z.string().max(MAX_LINK).refine(isSourceUrl, 'not-a-source-url');

/** Whether a text is a source URL as SourceUrlSchema takes it. */
export function isSourceUrl(input: unknown): boolean {
  return input === '' || (typeof input === 'string' && input.startsWith('csv:')) || safeHref(input) !== null;
}

/** A `mailto:` link for a valid address, or null; each part percent-encoded, so no `?cc=` can ride along. */
export function mailtoHref(email: string): string | null {
  const address = normalizeEmail(email);
  if (address === null) return null;
  const at = address.lastIndexOf('@');
  return `mailto:${encodeURIComponent(address.slice(0, at))}@${encodeURIComponent(address.slice(at + 1))}`;
}

/** A `tel:` link for a phone number written with digits, spaces, dots, dashes, brackets and a leading +; else null. */
export function telHref(phone: string): string | null {
  const text = phone.trim();
  if (!/^\+?[\d\s().-]{3,40}$/.test(text)) return null;
  const digits = text.replace(/\D/g, '');
  return digits.length >= 3 ? `tel:${text.startsWith('+') ? '+' : ''}${digits}` : null;
}
