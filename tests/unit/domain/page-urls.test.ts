import { describe, expect, it } from 'vitest';
import { pageKindOf as gmailKind } from '../../../lib/domain/gmail-pages';
import { pageKindOf as linkedinKind } from '../../../lib/domain/linkedin-pages';

describe('LinkedIn pageKindOf', () => {
  it.each([
    ['https://www.linkedin.com/in/rebecca-thornton-7b2a91/', 'linkedin-profile'],
    ['https://www.linkedin.com/in/marcus-feldman-31a07b/overlay/contact-info/', 'linkedin-profile'],
    ['https://pl.linkedin.com/in/malgorzata-wisniewska-zurek', 'linkedin-profile'],
    ['https://www.linkedin.com/search/results/people/?keywords=revops', 'linkedin-search-people'],
    ['https://www.linkedin.com/search/results/companies/?keywords=revops', 'other'],
    ['https://www.linkedin.com/messaging/thread/2-ZTM4OGQ5==/', 'linkedin-messaging-thread'],
    ['https://www.linkedin.com/messaging/', 'other'],
    ['https://www.linkedin.com/company/quillfeather/about/', 'linkedin-company'],
    ['https://www.linkedin.com/sales/lead/ACwAAAB2D9232,NAME_SEARCH,x7Qe', 'linkedin-sales-lead'],
    ['https://www.linkedin.com/feed/', 'other'],
    ['https://www.example.com/in/someone/', 'other'],
  ])('%s → %s', (url, kind) => expect(linkedinKind(new URL(url))).toBe(kind));
});

describe('Gmail pageKindOf', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmKxBnPqZrTvLcHsgXwq', 'gmail-thread'],
    ['https://mail.google.com/mail/u/1/#label/Clients/FMfcgzQXJkLmNbVcXzSdFgHjKqWeRtYu', 'gmail-thread'],
    ['https://mail.google.com/mail/u/0/#search/pilot/19a9c2f0e1d4b3a1', 'gmail-thread'],
    ['https://mail.google.com/mail/u/0/#inbox', 'gmail-inbox'],
    ['https://mail.google.com/mail/u/0/#search/renewal+contracts+for+q1', 'gmail-inbox'],
    ['https://mail.google.com/mail/u/0/#inbox?compose=CllgCJlKnbQWxrPvTzFhLq', 'gmail-compose'],
    ['https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmKxBnPqZrTvLcHsgXwq?compose=new', 'gmail-compose'],
    ['https://calendar.google.com/calendar/', 'other'],
  ])('%s → %s', (url, kind) => expect(gmailKind(new URL(url))).toBe(kind));
});
