#!/usr/bin/env node
// Pseudonymises a saved LinkedIn or Gmail page before it goes into tests/fixtures/real/.
//   node tests/tools/pseudonymise.mjs <raw.html> <map.json> <out.html>
// The map (kept outside the repository: it names real people) is
//   { "pairs": [["Real Name", "Fake Name"], ["real-slug-12ab", "fake-slug-9c3d"], ...], "keep": ["news@service.com"] }
// Pairs are applied longest first, in every form a page stores them: plain, HTML-escaped, JSON \u-escaped,
// numeric entities and percent-encoded. Then, whatever the map missed: member ids (ACoAA…, Sales Navigator's ACwAA…,
// urn:li:member:N, urn:li:fs_sales:(N,…)),
// e-mail addresses and photo URLs are replaced by stable stand-ins. Executable scripts, on* attributes and
// javascript: URLs are removed; JSON scripts and LinkedIn's <code> JSON stay (the extractors read them).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const JSON_TYPES = /^\s*application\/(?:ld\+)?json\s*$/i;
// Photos: LinkedIn's CDN, Google's image proxies and the Google account avatar (lh3.google.com/u/0/ogw/…, /a-/…).
const PHOTO = /https?:\/\/(?:media[\w-]*\.licdn\.com|[\w-]+\.googleusercontent\.com|lh\d\.google\.com)\/[^\s"'<>)\\]*/g;
const PHOTO_STAND_IN = 'https://static.invalid/photo/placeholder.png';
const PHOTO_SEGMENT =
  /("fileIdentifyingUrlPathSegment"|&quot;fileIdentifyingUrlPathSegment&quot;)(:\s*(?:"|&quot;))[^"&]*(?:&amp;[^"&]*)*/g;
// Member ids stand alone (/in/ACoAA…, "ACoAA…") or follow a percent-escape (miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAA…).
// Sales Navigator spells them ACwAA… (/sales/people/ACwAA…,NAME_SEARCH,x; fs_salesProfile:(ACwAA…,…)).
const PROFILE_ID = /(?:(?<=%[0-9A-Fa-f]{2})|(?<![A-Za-z0-9_-]))AC[ow]AA[A-Za-z0-9_-]{10,}/g;
const MEMBER_URN = /(urn(?::|%3A)li(?::|%3A)member(?::|%3A))(\d+)/gi;
// A Sales Navigator seat names its member by number first: urn:li:fs_sales:(749383451,…).
const SALES_URN = /(urn(?::|%3A)li(?::|%3A)fs_sales(?::|%3A)(?:\(|%28))(\d+)/gi;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const KEEP_EMAIL = /@(?:example\.(?:com|org|net)|static\.invalid)$/i;
// A start tag, its attribute values quoted or not (a '>' inside quotes does not end it).
const TAG = /<[a-zA-Z][\w:-]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g;
const EVENT_ATTR = /\s+on[a-z]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+)/gi;
const JS_URL_ATTR = /(\s(?:href|src|action|formaction|xlink:href)\s*=\s*)(["']?)\s*javascript:[^"'>]*\2/gi;

function digest(text) {
  return createHash('sha256').update(text).digest('hex');
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function htmlEscape(text) {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function jsonEscape(text) {
  return [...text]
    .map((c) => (c.charCodeAt(0) > 126 ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c))
    .join('');
}

function upperHex(text) {
  return text.replace(/\\u([0-9a-f]{4})/g, (_, h) => `\\u${h.toUpperCase()}`);
}

function numericEntities(text) {
  return [...text].map((c) => (c.codePointAt(0) > 126 ? `&#${c.codePointAt(0)};` : c)).join('');
}

/** Every spelling of `text` a saved page may hold, paired with the same spelling of `fake`. */
function spellingsOf(real, fake) {
  const forms = [
    [real, fake],
    [htmlEscape(real), htmlEscape(fake)],
    [jsonEscape(real), jsonEscape(fake)],
    [upperHex(jsonEscape(real)), upperHex(jsonEscape(fake))],
    [numericEntities(real), numericEntities(fake)],
    [encodeURIComponent(real), encodeURIComponent(fake)],
    [encodeURIComponent(real).toLowerCase(), encodeURIComponent(fake).toLowerCase()],
  ];
  const seen = new Set();
  return forms.filter(([r]) => r !== '' && !seen.has(r) && seen.add(r));
}

/** Replace the map's pairs (longest first); names only where they are whole words. */
function applyPairs(html, pairs) {
  const sorted = [...pairs].sort((a, b) => b[0].length - a[0].length);
  let out = html;
  for (const [real, fake] of sorted) {
    for (const [r, f] of spellingsOf(real, fake)) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(r)}(?![\\p{L}\\p{N}])`, 'gu');
      out = out.replace(pattern, () => f);
    }
  }
  return out;
}

function fakeProfileId(id) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = createHash('sha512').update(`profile:${id}`).digest();
  let body = '';
  for (let i = 0; body.length < id.length - 5; i++) body += alphabet[(bytes[i % bytes.length] ?? 0) % 62];
  return `${id.slice(0, 5)}${body}`;
}

function fakeDigits(value) {
  const hex = digest(`member:${value}`);
  return `9${BigInt(`0x${hex.slice(0, 15)}`)
    .toString()
    .slice(0, Math.max(value.length - 1, 1))}`;
}

/** Ids, addresses and photos the map did not name: stable stand-ins, the same one for the same value. */
function applyGeneric(html, keep) {
  return html
    .replace(PHOTO, () => PHOTO_STAND_IN)
    .replace(PHOTO_SEGMENT, (_, key, sep) => `${key}${sep}100_100/0/0`)
    .replace(PROFILE_ID, (id) => fakeProfileId(id))
    .replace(MEMBER_URN, (_, prefix, digits) => `${prefix}${fakeDigits(digits)}`)
    .replace(SALES_URN, (_, prefix, digits) => `${prefix}${fakeDigits(digits)}`)
    .replace(EMAIL, (email) =>
      KEEP_EMAIL.test(email) || keep.has(email.toLowerCase())
        ? email
        : `person-${digest(email.toLowerCase()).slice(0, 8)}@example.com`,
    );
}

/** Drop executable scripts (JSON ones stay), on* attributes and javascript: URLs. */
export function removeExecutable(html) {
  const withoutScripts = html.replace(/<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi, (whole, attrs) => {
    const type = /\btype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
    const value = type ? (type[1] ?? type[2] ?? type[3] ?? '') : '';
    return JSON_TYPES.test(value) ? whole : '';
  });
  return withoutScripts.replace(TAG, (tag) => tag.replace(EVENT_ATTR, '').replace(JS_URL_ATTR, '$1$2#$2'));
}

/** The pseudonymised page: the map's pairs, then generic stand-ins, then no executable content. */
export function pseudonymise(html, map) {
  const pairs = Array.isArray(map?.pairs) ? map.pairs.filter((p) => Array.isArray(p) && p.length === 2) : [];
  // Addresses of services (no-reply@, news@…) are not people: the map may keep them as they are.
  const keep = new Set((Array.isArray(map?.keep) ? map.keep : []).map((k) => String(k).toLowerCase()));
  return removeExecutable(applyGeneric(applyPairs(html, pairs), keep));
}

function main([input, mapFile, output]) {
  if (!input || !mapFile || !output) {
    console.error('usage: node tests/tools/pseudonymise.mjs <raw.html> <map.json> <out.html>');
    process.exit(2);
  }
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  writeFileSync(output, pseudonymise(readFileSync(input, 'utf8'), map));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
