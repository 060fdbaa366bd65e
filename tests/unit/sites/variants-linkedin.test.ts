// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DetectionSchema } from '../../../lib/domain/contact';
import { extractLinkedin } from '../../../lib/sites/linkedin/extract';
import { parseHtml, readHtml } from './fixture-loader';

// Hand-made variants under tests/fixtures/variants: layouts and scripts the shared set lacks.

function run(file: string, url: string) {
  const d = extractLinkedin(parseHtml(readHtml(`variants/${file}`)), new URL(url));
  expect(DetectionSchema.safeParse(d).success).toBe(true);
  return d;
}

const LEAD_URL = 'https://www.linkedin.com/sales/lead/ACwAAAB2D923242xYz,NAME_SEARCH,abcd';
const LEAD_CANONICAL = 'https://www.linkedin.com/sales/lead/ACwAAAB2D923242xYz/';

describe('Sales Navigator lead', () => {
  it('reads the lead with its /in/ profile link', () => {
    const d = run('linkedin-sales-lead.html', LEAD_URL);
    expect(d.pageKind).toBe('linkedin-sales-lead');
    expect(d.contacts).toEqual([
      expect.objectContaining({
        key: 'https://www.linkedin.com/in/jun-watanabe-osk/',
        name: 'Jun Watanabe',
        linkedinUrl: 'https://www.linkedin.com/in/jun-watanabe-osk/',
        salesNavUrl: LEAD_CANONICAL,
        headline: 'Head of Procurement at Orbitalyx | Supply chain',
        title: 'Head of Procurement',
        company: 'Orbitalyx',
        location: 'Osaka, Japan',
      }),
    ]);
  });

  it('keys an out-of-network lead by its Sales Navigator URL', () => {
    const d = run('linkedin-sales-lead-no-profile-link.html', LEAD_URL);
    expect(d.contacts).toHaveLength(1);
    expect(d.contacts[0]).toMatchObject({
      name: 'Jun Watanabe',
      linkedinUrl: null,
      salesNavUrl: LEAD_CANONICAL,
      key: LEAD_CANONICAL,
    });
    expect(d.contacts.map((c) => c.name)).not.toContain('Haruka Sato');
  });
});

describe('2026 SDUI people search', () => {
  const d = run('linkedin-search-sdui-2026.html', 'https://www.linkedin.com/search/results/people/?keywords=sales');
  it('reads each visible result once, from <p> lines', () => {
    expect(d.contacts).toHaveLength(2);
    expect(d.contacts[0]).toMatchObject({
      name: 'Ayşe Gül İnce',
      linkedinUrl: 'https://www.linkedin.com/in/ayse-gul-ince/',
      headline: 'Satış Direktörü at Boğaziçi Lojistik',
      location: 'İstanbul, Türkiye',
      title: 'Satış Direktörü',
      company: 'Boğaziçi Lojistik',
    });
    expect(d.contacts[1]).toMatchObject({
      name: 'ปิยะนุช วงศ์สวัสดิ์',
      linkedinUrl: 'https://www.linkedin.com/in/piyanuch-wongsawat/',
      headline: 'ผู้จัดการฝ่ายขาย',
      location: 'Bangkok, Thailand',
    });
  });
  it('skips LinkedIn Member, hidden results, the signed-in user and the aside', () => {
    const names = d.contacts.map((c) => c.name);
    for (const banned of ['LinkedIn Member', 'Hidden Person', 'Daniel Okafor', 'Gavin Ashcroft'])
      expect(names).not.toContain(banned);
  });
});

describe('profile layouts and scripts', () => {
  it.each([
    [
      'linkedin-profile-older-2020.html',
      'https://www.linkedin.com/in/sven-halvorsen/',
      {
        name: 'Sven Halvorsen',
        headline: 'Head of Partnerships at Nordlys Energi',
        location: 'Oslo, Norway',
        title: 'Head of Partnerships',
        company: 'Nordlys Energi',
      },
    ],
    [
      'linkedin-profile-turkish.html',
      'https://www.linkedin.com/in/ibrahim-isik-ist/',
      {
        name: 'İbrahim Işık',
        headline: "Boğaziçi Lojistik'te Satış Müdürü",
        location: 'İstanbul, Türkiye',
        title: 'Satış Müdürü',
        company: 'Boğaziçi Lojistik',
      },
    ],
    [
      'linkedin-profile-thai.html',
      'https://www.linkedin.com/in/piyanuch-wongsawat/',
      {
        name: 'ปิยะนุช วงศ์สวัสดิ์',
        headline: 'ผู้จัดการฝ่ายขาย ที่ Siam Fresh Logistics',
        location: 'กรุงเทพมหานคร ประเทศไทย',
        title: 'ผู้จัดการฝ่ายขาย',
        company: 'Siam Fresh Logistics',
      },
    ],
  ])('%s', (file, url, expected) => {
    const d = run(file, url);
    expect(d.degraded).toBe(false);
    expect(d.contacts).toHaveLength(1);
    expect(d.contacts[0]).toMatchObject({ ...expected, linkedinUrl: url, key: url });
    expect(d.contacts[0]?.name).toBe(expected.name.normalize('NFC'));
  });

  it('keeps markup in a name as plain text', () => {
    const doc = parseHtml(readHtml('variants/linkedin-profile-xss-name.html'));
    const d = extractLinkedin(doc, new URL('https://www.linkedin.com/in/eve-mallory/'));
    expect(d.contacts[0]).toMatchObject({
      name: 'Eve <img src=x onerror=alert(1)> Mallory',
      headline: 'CTO at Acme <script>',
      title: 'CTO',
      company: 'Acme <script>',
      location: 'Berlin, Germany',
    });
    expect(doc.querySelectorAll('img[src="x"]')).toHaveLength(0);
  });
});

describe('degraded and self', () => {
  it('flags a profile URL with no name', () => {
    const d = extractLinkedin(
      parseHtml('<html><body><main><section></section></main></body></html>'),
      new URL('https://www.linkedin.com/in/someone/'),
    );
    expect(d).toMatchObject({ degraded: true, contacts: [] });
  });

  it('never reports the signed-in user on their own profile', () => {
    const html = readHtml('variants/linkedin-profile-older-2020.html').replace(/sven-halvorsen/g, 'daniel-okafor-bl');
    const d = extractLinkedin(parseHtml(html), new URL('https://www.linkedin.com/in/daniel-okafor-bl/'));
    expect(d).toMatchObject({ degraded: false, contacts: [] });
  });

  it('returns an empty detection for other LinkedIn pages', () => {
    const d = extractLinkedin(parseHtml('<html><body></body></html>'), new URL('https://www.linkedin.com/feed/'));
    expect(d).toMatchObject({ pageKind: 'other', contacts: [], degraded: false });
  });
});
