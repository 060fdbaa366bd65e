import { z } from 'zod';

// Internationalised addresses (łukasz@firma.pl, олена@пошта.укр) are real: accept Unicode, not only ASCII.
/**
 * An e-mail address as every boundary checks it (protocol, contacts, forms): the content scripts'
 * toEmail yields only addresses this accepts, so one participant never fails a whole message.
 */
export const EmailAddressSchema = z.email({ pattern: z.regexes.unicodeEmail }).max(320);
const AddressSchema = EmailAddressSchema;

/**
 * Normalise an address for matching: trimmed, NFC, lower-cased local part AND domain. RFC 5321 lets the
 * local part be case-sensitive, but no mail provider our users meet treats it so, and duplicates cost more.
 * Returns null when the text is not an e-mail address.
 */
export function normalizeEmail(input: string): string | null {
  const candidate = input
    .trim()
    .replace(/^mailto:/i, '')
    .normalize('NFC')
    .toLowerCase();
  return AddressSchema.safeParse(candidate).success ? candidate : null;
}

/** The domain part of a normalised address. */
export function emailDomain(normalized: string): string {
  return normalized.slice(normalized.lastIndexOf('@') + 1);
}

/** The local part of a normalised address. */
export function emailLocalPart(normalized: string): string {
  return normalized.slice(0, normalized.lastIndexOf('@'));
}

/** Normalise a list into a set (first occurrence wins), dropping anything that is not an address. */
export function normalizeEmailSet(inputs: readonly string[]): string[] {
  const out = new Set<string>();
  for (const input of inputs) {
    const email = normalizeEmail(input);
    if (email !== null) out.add(email);
  }
  return [...out];
}

/** A stored e-mail list: normalised and without duplicates. */
export const EmailSetSchema = z
  .array(AddressSchema)
  .max(50)
  .refine((list) => list.every((e) => e === e.trim().toLowerCase()), { message: 'emails must be normalised' })
  .refine((list) => new Set(list).size === list.length, { message: 'emails must be unique' });
