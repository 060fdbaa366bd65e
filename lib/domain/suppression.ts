import { z } from 'zod';
import { normalizeEmail, normalizeEmailSet } from './email-address';
import { IdSchema } from './entity-fields';
import { EpochSchema } from './epoch';
import { canonicalizeLinkedinProfileUrl, linkedinIdentityKey } from './linkedin-url';

/**
 * The suppression list (GDPR Art. 17): people the user asked Sidecar to forget stay out for good, on
 * every page, import and restore. Only salted SHA-256 hashes of their identity keys are kept (an
 * address, a LinkedIn profile), so the list itself names nobody: without the salt, a guess cannot
 * be checked against it, and nothing in it reads back as an address.
 */
export const SuppressionKindSchema = z.enum(['email', 'linkedin']);
export type SuppressionKind = z.infer<typeof SuppressionKindSchema>;

/** One forgotten identity key: its hash (the row's id), the salt it was hashed with, and when. */
export const SuppressionSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/),
  saltId: IdSchema,
  kind: SuppressionKindSchema,
  at: EpochSchema,
});
export type Suppression = z.infer<typeof SuppressionSchema>;

/**
 * A random salt (hex, 32 bytes). Usually there is one; a restore brings the backup's salts beside
 * this machine's, so every hash in either list still matches (hashes cannot be made again without
 * the key they hide).
 */
export const SuppressionSaltSchema = z.object({
  id: IdSchema,
  salt: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: EpochSchema,
});
export type SuppressionSalt = z.infer<typeof SuppressionSaltSchema>;

/** An identity key as it is hashed: `email:<normalised address>` or `linkedin:<profile identity key>`. */
export interface SuppressionKey {
  kind: SuppressionKind;
  key: string;
}

/** The keys of a person or a contact: each address, and the LinkedIn profile when there is one. */
export function suppressionKeysOf(who: { emails: readonly string[]; linkedinUrl: string | null }): SuppressionKey[] {
  const keys: SuppressionKey[] = normalizeEmailSet(who.emails).map((e) => ({ kind: 'email', key: `email:${e}` }));
  const canonical = who.linkedinUrl ? canonicalizeLinkedinProfileUrl(who.linkedinUrl) : null;
  const slug = canonical ? linkedinIdentityKey(canonical) : null;
  if (slug) keys.push({ kind: 'linkedin', key: `linkedin:${slug}` });
  return keys;
}

/** What the user typed to lift a suppression: an address or a LinkedIn profile link; null for anything else. */
export function suppressionKeyOfInput(text: string): SuppressionKey | null {
  const trimmed = text.trim();
  const email = trimmed.includes('@') && !trimmed.includes('/') ? normalizeEmail(trimmed) : null;
  if (email) return { kind: 'email', key: `email:${email}` };
  return suppressionKeysOf({ emails: [], linkedinUrl: trimmed })[0] ?? null;
}
