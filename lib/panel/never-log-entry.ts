import { normalizeCompanyDomain } from '../domain/company';
import { normalizeEmail } from '../domain/email-address';

/**
 * Read what the user typed into the Never-log box: an address, an address pattern with `*`
 * (`noreply*@*`), or a domain (`example.com`, `@example.com`). Null when it is none of those.
 */
export function parseNeverLogEntry(raw: string): { kind: 'address' | 'domain'; value: string } | null {
  const text = raw.trim().toLowerCase();
  if (!text) return null;
  if (text.includes('*')) return /^[^\s@]*@[^\s@]*$/.test(text) ? { kind: 'address', value: text } : null;
  if (text.includes('@') && !text.startsWith('@')) {
    const email = normalizeEmail(text);
    return email ? { kind: 'address', value: email } : null;
  }
  const domain = normalizeCompanyDomain(text.replace(/^@/, ''));
  return domain ? { kind: 'domain', value: domain } : null;
}
