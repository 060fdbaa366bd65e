import { describe, expect, it } from 'vitest';
import {
  EmailSetSchema,
  emailDomain,
  emailLocalPart,
  normalizeEmail,
  normalizeEmailSet,
} from '../../../lib/domain/email-address';

describe('email addresses', () => {
  it('trims and lower-cases local part and domain', () => {
    expect(normalizeEmail('  Jan.Kowalski@Firma.PL ')).toBe('jan.kowalski@firma.pl');
    expect(normalizeEmail('mailto:Olena@Example.UA')).toBe('olena@example.ua');
  });

  it('accepts internationalised addresses', () => {
    expect(normalizeEmail('Łukasz@Firma.pl')).toBe('łukasz@firma.pl');
    expect(normalizeEmail('олена@пошта.укр')).toBe('олена@пошта.укр');
  });

  it('rejects what is not an address', () => {
    expect(normalizeEmail('Jan Kowalski')).toBeNull();
    expect(normalizeEmail('')).toBeNull();
  });

  it('splits local part and domain', () => {
    expect(emailLocalPart('a.b@c.com')).toBe('a.b');
    expect(emailDomain('a.b@c.com')).toBe('c.com');
  });

  it('makes a set: duplicates differing only in case collapse', () => {
    expect(normalizeEmailSet(['A@x.com', 'a@X.com', 'junk', 'b@x.com'])).toEqual(['a@x.com', 'b@x.com']);
  });

  it('schema refuses unnormalised or duplicate lists', () => {
    expect(EmailSetSchema.safeParse(['a@x.com']).success).toBe(true);
    expect(EmailSetSchema.safeParse(['A@x.com']).success).toBe(false);
    expect(EmailSetSchema.safeParse(['a@x.com', 'a@x.com']).success).toBe(false);
  });
});
