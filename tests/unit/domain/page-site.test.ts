import { describe, expect, it } from 'vitest';
import { isKindPlausible, siteOfOrigin } from '@/lib/domain/page-site';

describe('page site', () => {
  it('knows only https LinkedIn and Gmail origins', () => {
    expect(siteOfOrigin('https://www.linkedin.com')).toBe('linkedin');
    expect(siteOfOrigin('https://pl.linkedin.com')).toBe('linkedin');
    expect(siteOfOrigin('https://mail.google.com')).toBe('gmail');
    for (const other of [
      'http://www.linkedin.com',
      'https://linkedin.com.evil.example',
      'https://google.com',
      'not a url',
      '',
    ])
      expect(siteOfOrigin(other)).toBeNull();
  });

  it("a page kind must fit the URL's site, and on LinkedIn the URL's page", () => {
    expect(isKindPlausible('linkedin-profile', 'https://www.linkedin.com/in/anna/')).toBe(true);
    expect(isKindPlausible('linkedin-search-people', 'https://www.linkedin.com/in/anna/')).toBe(false);
    expect(isKindPlausible('linkedin-search-people', 'https://www.linkedin.com/company/acme/people/')).toBe(true);
    expect(isKindPlausible('gmail-thread', 'https://www.linkedin.com/in/anna/')).toBe(false);
    expect(isKindPlausible('gmail-thread', 'https://mail.google.com/mail/u/0/#inbox')).toBe(true);
    expect(isKindPlausible('linkedin-profile', 'https://mail.google.com/mail/u/0/')).toBe(false);
    expect(isKindPlausible('other', 'https://mail.google.com/mail/u/0/')).toBe(true);
  });
});
