// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { redactSnapshot } from '../../../lib/sites/redact-snapshot';
import { cleanSnapshotUrl } from '../../../lib/domain/snapshot-redaction';
import { FIXTURES_DIR, parseHtml, readHtml, readManifest } from './fixture-loader';

// Every person named anywhere in the shared fixtures (expected, noise and signed-in users).
const manifest = readManifest();
const SECRETS = new Set<string>([
  'Leo Marsh',
  'Jonas Ek',
  'Camilla Berg',
  'Kenji Watanabe',
  'Greta Olsen',
  'Katarzyna Zielińska',
  'jonas.ek@ferrowave-legal.se',
  'leo.marsh@brightloop.io',
  'kenji.watanabe@orbitalyx.com',
  'camilla.berg@ferrowave.com',
  'rebecca-thornton-7b2a91',
  'Ayşe Gül İnce',
  'Zofia Kamińska',
  'Игорь Петров',
  'ปิยะนุช',
]);
for (const entry of manifest) {
  for (const c of entry.expected) for (const v of [c.name, c.email, ...(c.emails ?? [])]) if (v) SECRETS.add(v);
  for (const name of entry.mustNotDetect ?? []) SECRETS.add(name);
  if (entry.signedInUser) for (const v of [entry.signedInUser.name, entry.signedInUser.email]) if (v) SECRETS.add(v);
}
SECRETS.delete('LinkedIn Member'); // not personal data
const variants = readdirSync(`${FIXTURES_DIR}variants`).map((f) => `variants/${f}`);
const files = [...manifest.map((e) => e.file), ...variants];

describe.each(files)('redactSnapshot(%s)', (file) => {
  const original = parseHtml(readHtml(file));
  const redacted = redactSnapshot(original);
  const reparsed = parseHtml(redacted);

  it('leaks no name or email', () => {
    for (const secret of SECRETS) expect(redacted, secret).not.toContain(secret);
    expect(redacted).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
  });

  it('keeps the structure: tags, classes and stable attributes', () => {
    const kept = (doc: Document) => doc.body.querySelectorAll('*:not(link, base, style, link *, style *)').length;
    expect(reparsed.body.getElementsByTagName('*').length).toBe(kept(original));
    const classes = (doc: Document) => [...doc.querySelectorAll('[class]')].map((e) => e.getAttribute('class'));
    expect(classes(reparsed)).toEqual(classes(original));
    for (const attr of ['role', 'data-view-name', 'componentkey', 'data-testid']) {
      const values = (doc: Document) => [...doc.querySelectorAll(`[${attr}]`)].map((e) => e.getAttribute(attr));
      expect(values(reparsed), attr).toEqual(values(original));
    }
  });

  it('drops stylesheets, inline styles, ids and links of unknown shapes', () => {
    expect(reparsed.querySelectorAll('link, base, style, [style], [id]')).toHaveLength(0);
    for (const a of reparsed.querySelectorAll('[href]')) {
      const href = a.getAttribute('href') ?? '';
      expect(cleanSnapshotUrl(href), href).toBe(href);
    }
  });

  it('is unchanged by a second pass (the panel cleans what the tab sent again)', () => {
    expect(redactSnapshot(reparsed)).toBe(redacted);
  });

  it('empties scripts and code payloads, keeps profile link shapes', () => {
    for (const el of reparsed.querySelectorAll('script, code, noscript')) expect(el.textContent).toBe('');
    for (const a of reparsed.querySelectorAll('a[href*="/in/"]')) {
      expect(a.getAttribute('href')).toMatch(/\/in\/x+(\/|$|\?)/);
    }
  });
});

describe('redactSnapshot details', () => {
  it('replaces text with same-length placeholders and keeps whitespace', () => {
    const out = redactSnapshot(parseHtml('<p class="a">Anna  Kowalska\n</p>'));
    expect(out).toContain('<p class="a">xxxx  xxxxxxxx\n</p>');
  });

  it('keeps structural Gmail field names but masks person names in name=', () => {
    const out = redactSnapshot(
      parseHtml('<div class="anm" name="to"><span email="a@b.co" name="Ann Lee">Ann</span></div>'),
    );
    expect(out).toContain('name="to"');
    expect(out).toContain('name="xxx xxx"');
    expect(out).toContain('email="xxxxxx"');
  });

  it('drops inline event handlers', () => {
    expect(redactSnapshot(parseHtml('<img src="x" onerror="alert(1)">'))).not.toContain('onerror');
  });
});

describe('snapshot links (issue 16)', () => {
  it.each([
    ['https://www.linkedin.com/in/rebecca-thornton-7b2a91/', 'https://www.linkedin.com/in/xxxxxxxxxxxxxxxxxxxxxxx/'],
    [
      'https://www.linkedin.com/in/marcus-feldman-31a07b/overlay/contact-info/',
      'https://www.linkedin.com/in/xxxxxxxxxxxxxxxxxxxxx/overlay/contact-info/',
    ],
    ['/in/piyanuch-wongsawat/', `/in/${'x'.repeat(18)}/`],
    ['https://www.linkedin.com/company/quillfeather/about/', 'https://www.linkedin.com/company/xxxxxxxxxxxx/about/'],
    [
      'https://www.linkedin.com/sales/lead/ACwAAAB2D9232,NAME_SEARCH,x7Qe',
      `https://www.linkedin.com/sales/lead/${'x'.repeat(30)}`,
    ],
    ['https://www.linkedin.com/messaging/thread/2-YmE4/', 'https://www.linkedin.com/messaging/thread/xxxxxx/'],
    [
      'https://www.linkedin.com/search/results/people/?keywords=anna',
      'https://www.linkedin.com/search/results/people/?keywords=xxxx',
    ],
    [
      'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKm',
      'https://mail.google.com/mail/u/0/#inbox/xxxxxxxxxxxxxx',
    ],
    ['#inbox', '#inbox'],
    [
      'https://accounts.google.com/SignOutOptions?hl=en&continue=x',
      'https://accounts.google.com/SignOutOptions?hl=xx&continue=x',
    ],
    ['mailto:anna@example.com', 'mailto:xxxxxxxxxxxxxxxx'],
  ])('keeps the shape of %s', (href, kept) => {
    expect(cleanSnapshotUrl(href)).toBe(kept);
    expect(cleanSnapshotUrl(kept)).toBe(kept);
  });

  it.each([
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/help/linkedin/answer/1',
    'https://www.linkedin.com/in/',
    'https://evil.example/in/x/',
    'https://quillfeather.example/',
    'https://www.google.com/intl/en/about/products?tab=mh',
    '//evil.example/in/x/',
    'in/x/',
    'javascript:alert(1)',
    'data:text/html,x',
    'https://user@www.linkedin.com/in/x/',
    'https://mail.google.com/mail/u/0/popout?th=1',
  ])('drops %s', (href) => expect(cleanSnapshotUrl(href)).toBeNull());

  it('removes link, base and style elements, style and id attributes, and unknown links', () => {
    const out = redactSnapshot(
      parseHtml(`<html><head><link rel="stylesheet" href="https://static.licdn.com/a.css"><base href="https://evil.example/">
      <style>.a{background:url(https://evil.example/x)}</style></head><body><div id="ember42" class="a" style="color:red">
      <a id="profile-link" href="https://www.linkedin.com/in/anna-nowak/">Anna</a><a href="https://www.linkedin.com/feed/">Feed</a>
      </div></body></html>`),
    );
    for (const gone of ['<link', '<base', '<style', 'style=', 'id=', 'licdn', 'evil', 'ember42', 'feed', 'anna-nowak'])
      expect(out).not.toContain(gone);
    expect(out).toContain('<div class="a">');
    expect(out).toContain('<a href="https://www.linkedin.com/in/xxxxxxxxxx/">xxxx</a><a>xxxx</a>');
  });
});
