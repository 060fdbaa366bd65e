// Page text is untrusted plain text: normalise it, never parse it.

// Zero-width characters, soft hyphen and bidi controls: LinkedIn wraps names in bidi isolates and
// Gmail puts U+202A/U+202C around shortcuts; none of them belong in a stored name.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const SPACES = /[\s\u00A0\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;

/** Strip invisible marks, collapse whitespace, trim and NFC-normalise. */
export function normalizeText(raw: string | null | undefined): string {
  if (typeof raw !== 'string' || raw === '') return '';
  return raw.replace(INVISIBLE, '').replace(SPACES, ' ').trim().normalize('NFC');
}

/** Normalised text, or null when empty; cut to `max` characters (schema limits). */
export function textOrNull(raw: string | null | undefined, max = 300): string | null {
  const text = normalizeText(raw);
  if (text === '') return null;
  return text.length > max ? text.slice(0, max).trim() : text;
}

// Local part ≤ 64 and domain ≤ 255 characters, as the worker's EmailAddressSchema (zod's unicodeEmail)
// requires: an address it would refuse must not get this far, or the whole report is refused.
const EMAIL = /^[^\s@<>()",;:]{1,64}@(?=[^\s@]{1,255}$)[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/;

/** A plausible, lower-cased e-mail address, or null. */
export function toEmail(raw: string | null | undefined): string | null {
  const text =
    normalizeText(raw)
      .replace(/^mailto:/i, '')
      .split('?')[0] ?? '';
  let decoded = text;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    // keep the raw form; the pattern below still rejects junk
  }
  const email = decoded.trim().toLowerCase();
  return email.length <= 320 && EMAIL.test(email) ? email : null;
}
