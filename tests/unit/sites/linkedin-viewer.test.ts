// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractLinkedin } from '../../../lib/sites/linkedin/extract';
import { parseHtml } from './fixture-loader';

// The viewer from LinkedIn's embedded /voyager/api/me response: entity-escaped as served, or plain as a
// DOM serialiser writes it back.
const ME = {
  data: { '*miniProfile': 'urn:li:fs_miniProfile:ACoAAVIEWER', $type: 'com.linkedin.voyager.common.Me' },
  included: [
    {
      entityUrn: 'urn:li:fs_miniProfile:ACoAAOTHER',
      firstName: 'Odile',
      lastName: 'Other',
      publicIdentifier: 'odile-other',
    },
    {
      entityUrn: 'urn:li:fs_miniProfile:ACoAAVIEWER',
      firstName: 'Wiremu',
      lastName: 'Tāne',
      publicIdentifier: 'wiremu-tane-1a',
    },
  ],
};
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const page = (body: string, datalet = '{"request":"/voyager/api/me","status":200,"body":"bpr-guid-7"}') =>
  `<code id="bpr-guid-7" style="display: none">${body}</code><code id="datalet-bpr-guid-7" style="display: none">${datalet}</code>` +
  '<main><section data-member-id="1"><h1>Aroha Ngata</h1></section></main>';
const URL_ = new URL('https://www.linkedin.com/in/aroha-ngata/');

describe('LinkedIn viewer from embedded JSON', () => {
  it.each([
    ['entity-escaped', escape(JSON.stringify(ME))],
    ['plain', JSON.stringify(ME)],
  ])('reads it %s', (_, body) => {
    const d = extractLinkedin(parseHtml(page(body)), URL_);
    expect(d.signedInUser).toEqual({
      name: 'Wiremu Tāne',
      email: null,
      linkedinUrl: 'https://www.linkedin.com/in/wiremu-tane-1a/',
    });
    expect(d.degraded).toBe(false);
    expect(d.contacts.map((c) => c.name)).toEqual(['Aroha Ngata']);
  });

  it('never lists the viewer on their own profile', () => {
    const d = extractLinkedin(
      parseHtml(page(JSON.stringify(ME))),
      new URL('https://www.linkedin.com/in/wiremu-tane-1a/'),
    );
    expect(d.contacts).toEqual([]);
  });

  it('says detection may be degraded on a member page that names no viewer', () => {
    const d = extractLinkedin(parseHtml(page('{not json')), URL_);
    expect(d.signedInUser).toBeNull();
    expect(d.degraded).toBe(true);
    expect(d.contacts.map((c) => c.name)).toEqual(['Aroha Ngata']);
  });

  it('ignores a blob whose datalet is another request', () => {
    const d = extractLinkedin(
      parseHtml(page(JSON.stringify(ME), '{"request":"/voyager/api/nav","body":"bpr-guid-7"}')),
      URL_,
    );
    expect(d.signedInUser).toBeNull();
  });
});

describe('LinkedIn viewer linked by member id', () => {
  // 2025 message groups and search insights link members as /in/ACoAA…, not by their public slug.
  const id = 'ACoAAVIEWER0123456789abc';
  const me = {
    data: { '*miniProfile': `urn:li:fs_miniProfile:${id}` },
    included: [
      {
        entityUrn: `urn:li:fs_miniProfile:${id}`,
        firstName: 'Wiremu',
        lastName: 'Tāne',
        publicIdentifier: 'wiremu-tane-1a',
      },
    ],
  };
  const group = (href: string, name: string) =>
    `<div class="msg-s-message-group__meta"><a href="${href}"><span class="msg-s-message-group__name">${name}</span></a></div>`;
  const thread = (body: string) =>
    page(JSON.stringify(me)).replace(
      /<main>.*<\/main>/,
      '<main><div class="msg-thread"><div class="msg-entity-lockup"><a href="/in/kalani-akana/"><h2>Kalani Akana</h2></a></div>' +
        `${body}</div></main>`,
    );

  it('never lists the viewer whose messages are linked by member id', () => {
    const html = thread(
      group(`https://www.linkedin.com/in/${id}/`, 'Wiremu Tāne') + group('/in/kalani-akana/', 'Kalani Akana'),
    );
    const d = extractLinkedin(parseHtml(html), new URL('https://www.linkedin.com/messaging/thread/2-abc/'));
    expect(d.signedInUser?.linkedinUrl).toBe('https://www.linkedin.com/in/wiremu-tane-1a/');
    expect(d.contacts.map((c) => c.name)).toEqual(['Kalani Akana']);
  });

  it('keeps a member whose id only resembles the viewer’s', () => {
    const html = thread(group(`https://www.linkedin.com/in/${id}x/`, 'Wiremu Tāne Jr'));
    const d = extractLinkedin(parseHtml(html), new URL('https://www.linkedin.com/messaging/thread/2-abc/'));
    expect(d.contacts.map((c) => c.name)).toEqual(['Kalani Akana', 'Wiremu Tāne Jr']);
  });
});

describe('LinkedIn own profile', () => {
  const own =
    '<nav><img class="global-nav__me-photo" alt="Aroha Ngata"></nav><main><section data-member-id="1">' +
    '<h1>Aroha Ngata</h1><a href="/in/aroha-ngata/edit/intro/" aria-label="Edit intro">✎</a></section></main>';
  it("offers nothing when the top card has the owner's edit controls, and learns the viewer's URL", () => {
    const d = extractLinkedin(parseHtml(own), new URL('https://www.linkedin.com/in/aroha-ngata/details/experience/'));
    expect(d.contacts).toEqual([]);
    expect(d.signedInUser?.linkedinUrl).toBe('https://www.linkedin.com/in/aroha-ngata/');
  });

  it("drops the profile person when only the viewer's name is known and it is theirs", () => {
    const html = own.replace(/<a href[^>]*>✎<\/a>/, '');
    const d = extractLinkedin(parseHtml(html), new URL('https://www.linkedin.com/in/aroha-ngata/'));
    expect(d.contacts).toEqual([]);
  });
});
