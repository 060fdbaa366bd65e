// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractGmail } from '../../../lib/sites/gmail/extract';
import { parseHtml } from './fixture-loader';

// Gmail's "me" label is a viewer signal when the account button is not in the page.
const row = (email: string, name: string) =>
  `<tr class="zA"><td><div class="yW"><span class="zF" email="${email}" name="${name}">${name}</span></div></td></tr>`;
const inbox = (rows: string) => `<div role="main"><table><tbody>${rows}</tbody></table></div>`;
const URL_ = new URL('https://mail.google.com/mail/u/0/#inbox');

describe('Gmail viewer from the "me" label', () => {
  it.each([['me'], ['ja'], ['я']])('reads the user from name="%s" and never lists them', (label) => {
    const d = extractGmail(parseHtml(inbox(row('self@example.com', label) + row('ana@example.org', 'Ana Lima'))), URL_);
    expect(d.signedInUser?.email).toBe('self@example.com');
    expect(d.contacts.map((c) => c.emails[0])).toEqual(['ana@example.org']);
    expect(d.degraded).toBe(false);
  });

  it('says detection may be degraded when nothing names the account', () => {
    const d = extractGmail(parseHtml(inbox(row('ana@example.org', 'Ana Lima'))), URL_);
    expect(d.signedInUser).toBeNull();
    expect(d.degraded).toBe(true);
    expect(d.contacts).toHaveLength(1);
  });
});
