// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { redactSnapshot } from '../../../lib/sites/redact-snapshot';
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
    expect(reparsed.body.getElementsByTagName('*').length).toBe(original.body.getElementsByTagName('*').length);
    const classes = (doc: Document) => [...doc.querySelectorAll('[class]')].map((e) => e.getAttribute('class'));
    expect(classes(reparsed)).toEqual(classes(original));
    for (const attr of ['role', 'data-view-name', 'componentkey', 'data-testid']) {
      const values = (doc: Document) => [...doc.querySelectorAll(`[${attr}]`)].map((e) => e.getAttribute(attr));
      expect(values(reparsed), attr).toEqual(values(original));
    }
  });

  it('empties scripts and code payloads, keeps profile link shapes', () => {
    for (const el of reparsed.querySelectorAll('script, style, code, noscript')) expect(el.textContent).toBe('');
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
