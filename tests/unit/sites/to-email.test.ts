import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EmailAddressSchema } from '@/lib/domain/email-address';
import type { Handlers } from '@/lib/messaging/handlers/handler';
import { contentScriptSender, handleAs as handleMessage } from '../messaging/callers';
import { toEmail } from '@/lib/sites/shared/text';

// The content script finds addresses with toEmail (no zod in its bundle); the worker checks them with
// EmailAddressSchema. One address the worker refuses would fail the whole report it came in.
describe('toEmail and the worker agree', () => {
  it('accepts internationalised addresses on both sides', () => {
    for (const raw of ['Łukasz@Firma.pl', 'олена@пошта.укр', 'mailto:x@y.xn--p1ai', "o'brien+tag@example.co.uk"]) {
      const email = toEmail(raw);
      expect(email, raw).not.toBeNull();
      expect(EmailAddressSchema.safeParse(email).success, raw).toBe(true);
    }
  });

  it('never yields an address the worker refuses', () => {
    const part = fc.string({
      unit: fc.constantFrom('a', 'ł', 'о', '.', '-', '+', '_', '!', ' ', '"', '@', '\u200b'),
      maxLength: 80,
    });
    fc.assert(
      fc.property(part, part, part, (local, domain, tld) => {
        const email = toEmail(`${local}@${domain}.${tld}`);
        return email === null || EmailAddressSchema.safeParse(email).success;
      }),
      { numRuns: 2000 },
    );
    expect(toEmail(`${'a'.repeat(65)}@example.com`)).toBeNull();
  });

  it('lets a detection with a Unicode participant through the message gate', async () => {
    const handlers = { reportDetection: async () => ({ ok: true, value: {} }) } as unknown as Handlers;
    const contact = {
      key: 'mailto:олена@пошта.укр',
      site: 'gmail',
      name: 'Олена',
      linkedinUrl: null,
      salesNavUrl: null,
      emails: ['олена@пошта.укр', 'łukasz@firma.pl'],
      headline: null,
      title: null,
      company: null,
      location: null,
      role: 'from',
      automated: false,
    };
    const detection = {
      url: 'https://mail.google.com/mail/u/0/',
      pageKind: 'gmail-thread',
      company: null,
      signedInUser: null,
      degraded: false,
      warnings: [],
      hiddenMessages: 0,
      contacts: [contact],
    };
    const sender = contentScriptSender(7, 'https://mail.google.com/mail/u/0/');
    await expect(handleMessage('reportDetection', detection, sender, handlers)).resolves.toEqual({
      ok: true,
      value: {},
    });
  });
});
