import { describe, expect, it } from 'vitest';
import {
  GmailLinkSchema,
  LinkedinLinkSchema,
  SafeLinkSchema,
  SourceUrlSchema,
  mailtoHref,
  safeHref,
  telHref,
} from '../../../lib/domain/safe-link';
import { ActivitySchema } from '../../../lib/domain/activity';
import { DetectedContactSchema } from '../../../lib/domain/contact';
import { protocol } from '../../../lib/messaging/protocol';
import { email } from './make-entities';
import { contactOf } from '../db/test-db';

const HOSTILE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.domain)//https://www.linkedin.com/',
  'data:text/html,<script>alert(1)</script>',
  'https://evil.example/login',
  'https://linkedin.com.evil.example/in/x/',
  'https://evil-linkedin.com/in/x/',
  'https://www.linkedin.com@evil.example/',
  'https://user:pw@www.linkedin.com/in/x/',
  'https://www.linkedin.com:8443/in/x/',
  'https://mail.google.com.evil.example/',
  'https://google.com/mail/',
  'ftp://www.linkedin.com/in/x/',
  '//www.linkedin.com/in/x/',
  '/in/x/',
  '',
];

describe('links the panel may draw (issue 16)', () => {
  it.each([
    'https://www.linkedin.com/in/rebecca-thornton-7b2a91/',
    'https://pl.linkedin.com/in/malgorzata-wisniewska-zurek',
    'http://linkedin.com/company/quillfeather/',
    'https://www.linkedin.com/sales/lead/ACwAAAB2D9232,NAME_SEARCH,x7Qe',
    'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmDRhHkqLbwPzBvWnLqN',
  ])('draws %s', (url) => {
    expect(safeHref(url)).toBe(new URL(url).href);
    expect(SafeLinkSchema.safeParse(url).success).toBe(true);
  });

  it.each(HOSTILE)('draws %j as plain text and rejects it when written', (url) => {
    expect(safeHref(url)).toBeNull();
    expect(SafeLinkSchema.safeParse(url).success).toBe(false);
    expect(LinkedinLinkSchema.safeParse(url).success).toBe(false);
    expect(GmailLinkSchema.safeParse(url).success).toBe(false);
  });

  it('keeps LinkedIn and Gmail links apart', () => {
    expect(LinkedinLinkSchema.safeParse('https://mail.google.com/mail/u/0/').success).toBe(false);
    expect(GmailLinkSchema.safeParse('https://www.linkedin.com/in/x/').success).toBe(false);
  });

  it('turns a hostile URL away at every boundary that stores one', () => {
    const log = {
      account: 'me@example.com',
      threadUrl: 'https://evil.example/login',
      messages: [
        {
          gmailMessageId: 'm',
          threadId: null,
          subject: '',
          at: 1,
          from: { email: 'a@example.com', name: null },
          to: [],
          cc: [],
          snippet: '',
        },
      ],
    };
    expect(protocol.logEmail.in.safeParse(log).success).toBe(false);
    expect(protocol.logEmail.in.safeParse({ ...log, threadUrl: 'javascript:alert(1)' }).success).toBe(false);
    expect(
      protocol.logEmail.in.safeParse({ ...log, threadUrl: 'https://mail.google.com/mail/u/0/#inbox/a' }).success,
    ).toBe(true);
    const activity = { ...email('00000000-0000-4000-8000-000000000001', 1, 'sent'), threadUrl: 'javascript:alert(1)' };
    expect(ActivitySchema.safeParse(activity).success).toBe(false);
    const contact = contactOf({ linkedinUrl: 'javascript:alert(1)' });
    expect(DetectedContactSchema.safeParse(contact).success).toBe(false);
    expect(
      DetectedContactSchema.safeParse({ ...contact, linkedinUrl: null, salesNavUrl: 'https://evil.example/' }).success,
    ).toBe(false);
    expect(SourceUrlSchema.safeParse('csv:prospects.csv').success).toBe(true);
    expect(SourceUrlSchema.safeParse('').success).toBe(true);
    expect(SourceUrlSchema.safeParse('javascript:alert(1)').success).toBe(false);
  });
});

describe('mailto: and tel: links', () => {
  it('are built from valid addresses only, each part encoded', () => {
    expect(mailtoHref('Olena@Example.UA')).toBe('mailto:olena@example.ua');
    expect(mailtoHref('łukasz@firma.pl')).toBe(`mailto:${encodeURIComponent('łukasz')}@firma.pl`);
    expect(mailtoHref('a?cc=boss@x.com')).not.toContain('?');
    for (const bad of ['not an address', 'javascript:alert(1)', 'a@b@c', '']) expect(mailtoHref(bad), bad).toBeNull();
  });

  it('are built from phone numbers only: digits and a leading +', () => {
    expect(telHref('+48 601 234 567')).toBe('tel:+48601234567');
    expect(telHref('(212) 555-0100')).toBe('tel:2125550100');
    for (const bad of ['call me', 'javascript:alert(1)', '12', '+1 555 0100;ext=2', '555-0100?x'])
      expect(telHref(bad), bad).toBeNull();
  });
});
