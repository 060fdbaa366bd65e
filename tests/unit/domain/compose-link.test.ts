import { describe, expect, it } from 'vitest';
import { composeHref, gmailAccountIndexOf, gmailComposeUrl, mailtoDraftUrl } from '../../../lib/domain/compose-link';

const draft = { to: 'Anna@Acme.example', subject: 'Hi & hello', body: 'Line 1\nLine 2 +1' };

describe('compose links', () => {
  it('reads the Gmail account index from a Gmail tab and nothing from other pages', () => {
    expect(gmailAccountIndexOf('https://mail.google.com/mail/u/2/#inbox')).toBe(2);
    expect(gmailAccountIndexOf('https://mail.google.com/mail/#inbox')).toBe(0);
    expect(gmailAccountIndexOf('https://mail.google.com.evil.example/mail/u/1/')).toBeNull();
    expect(gmailAccountIndexOf('http://mail.google.com/mail/u/1/')).toBeNull();
    expect(gmailAccountIndexOf('not a url')).toBeNull();
  });

  it("builds Gmail's full-page compose for that account, spaces as %20", () => {
    const url = gmailComposeUrl(1, draft);
    expect(url).toBe(
      'https://mail.google.com/mail/u/1/?view=cm&fs=1&to=anna%40acme.example&su=Hi%20%26%20hello&body=Line%201%0ALine%202%20%2B1',
    );
    const q = new URL(url ?? '').searchParams;
    expect([q.get('to'), q.get('su'), q.get('body')]).toEqual(['anna@acme.example', draft.subject, draft.body]);
    expect(gmailComposeUrl(0, { ...draft, to: 'nope' })).toBeNull();
  });

  it('falls back to mailto: with subject and body when no Gmail tab is open', () => {
    expect(mailtoDraftUrl({ to: 'a@b.example', subject: '', body: '' })).toBe('mailto:a@b.example');
    expect(composeHref(draft, null)).toBe(
      'mailto:anna@acme.example?subject=Hi%20%26%20hello&body=Line%201%0ALine%202%20%2B1',
    );
    expect(composeHref(draft, 3)?.startsWith('https://mail.google.com/mail/u/3/?view=cm&fs=1&')).toBe(true);
  });
});
