import { describe, expect, it } from 'vitest';
import {
  canonicalizeLinkedinCompanyUrl,
  canonicalizeLinkedinProfileUrl,
  linkedinIdentityKey,
  parseSalesNavLeadUrl,
} from '../../../lib/domain/linkedin-url';

const RT = 'https://www.linkedin.com/in/rebecca-thornton-7b2a91/';
// "олена-коваленко" percent-encoded, upper-case %XX (the canonical form).
const CYR = '%D0%BE%D0%BB%D0%B5%D0%BD%D0%B0-%D0%BA%D0%BE%D0%B2%D0%B0%D0%BB%D0%B5%D0%BD%D0%BA%D0%BE';

describe('canonicalizeLinkedinProfileUrl', () => {
  it.each([
    ['already canonical', RT, RT],
    ['no trailing slash', 'https://www.linkedin.com/in/rebecca-thornton-7b2a91', RT],
    ['double trailing slash', 'https://www.linkedin.com/in/rebecca-thornton-7b2a91//', RT],
    ['trk query', 'https://www.linkedin.com/in/rebecca-thornton-7b2a91/?trk=public_profile_browsemap', RT],
    ['originalSubdomain query', 'https://www.linkedin.com/in/rebecca-thornton-7b2a91?originalSubdomain=uk', RT],
    [
      'miniProfileUrn query',
      'https://www.linkedin.com/in/rebecca-thornton-7b2a91?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAA61C9',
      RT,
    ],
    ['hash', 'https://www.linkedin.com/in/rebecca-thornton-7b2a91/#experience', RT],
    ['/details/experience/', 'https://www.linkedin.com/in/rebecca-thornton-7b2a91/details/experience/', RT],
    ['/overlay/contact-info/', 'https://www.linkedin.com/in/rebecca-thornton-7b2a91/overlay/contact-info/', RT],
    ['/recent-activity/all/', 'https://www.linkedin.com/in/rebecca-thornton-7b2a91/recent-activity/all/', RT],
    ['locale path suffix', 'https://www.linkedin.com/in/rebecca-thornton-7b2a91/fr', RT],
    ['locale query', 'https://www.linkedin.com/in/rebecca-thornton-7b2a91?locale=pt_BR', RT],
    ['pl. host', 'https://pl.linkedin.com/in/rebecca-thornton-7b2a91', RT],
    ['de. host', 'https://de.linkedin.com/in/rebecca-thornton-7b2a91/', RT],
    ['mobile m. host', 'https://m.linkedin.com/in/rebecca-thornton-7b2a91', RT],
    ['bare linkedin.com', 'https://linkedin.com/in/rebecca-thornton-7b2a91', RT],
    ['http', 'http://www.linkedin.com/in/rebecca-thornton-7b2a91/', RT],
    ['upper-case host', 'HTTPS://WWW.LINKEDIN.COM/in/rebecca-thornton-7b2a91/', RT],
    ['scheme-less', 'www.linkedin.com/in/rebecca-thornton-7b2a91', RT],
    ['relative href', '/in/rebecca-thornton-7b2a91?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAA', RT],
    ['surrounding whitespace', '  https://www.linkedin.com/in/rebecca-thornton-7b2a91/ \n', RT],
    ['slug case kept', 'https://www.linkedin.com/in/JordanBlackwood/', 'https://www.linkedin.com/in/JordanBlackwood/'],
    ['Cyrillic, upper %XX', `https://www.linkedin.com/in/${CYR}/`, `https://www.linkedin.com/in/${CYR}/`],
    ['Cyrillic, lower %xx', `https://www.linkedin.com/in/${CYR.toLowerCase()}`, `https://www.linkedin.com/in/${CYR}/`],
    ['raw Cyrillic', 'https://www.linkedin.com/in/олена-коваленко', `https://www.linkedin.com/in/${CYR}/`],
    ['ACoAA member id', 'https://www.linkedin.com/in/ACoAAB2D923242/', 'https://www.linkedin.com/in/ACoAAB2D923242/'],
    [
      'Polish diacritics',
      'https://pl.linkedin.com/in/małgorzata-żurek',
      'https://www.linkedin.com/in/ma%C5%82gorzata-%C5%BCurek/',
    ],
  ])('%s', (_label, input, expected) => {
    expect(canonicalizeLinkedinProfileUrl(input)).toBe(expected);
  });

  it.each([
    ['empty', ''],
    ['garbage', 'not a url at all %%%'],
    ['other site', 'https://www.example.com/in/rebecca/'],
    ['look-alike host', 'https://linkedin.com.evil.example/in/rebecca/'],
    ['feed', 'https://www.linkedin.com/feed/'],
    ['company', 'https://www.linkedin.com/company/quillfeather/'],
    ['/in/ without slug', 'https://www.linkedin.com/in/'],
    ['javascript:', 'javascript:alert(1)//linkedin.com/in/x'],
    ['bad percent-encoding', 'https://www.linkedin.com/in/%E0%A4%A/'],
    ['search', 'https://www.linkedin.com/search/results/people/headless?keywords=x'],
  ])('%s → null', (_label, input) => {
    expect(canonicalizeLinkedinProfileUrl(input)).toBeNull();
  });

  it('never throws on hostile input', () => {
    for (const input of [
      '\u0000',
      '%',
      'https://',
      '//in/x',
      'https://www.linkedin.com/in/%ED%A0%80/',
      'x'.repeat(10_000),
    ]) {
      expect(() => canonicalizeLinkedinProfileUrl(input)).not.toThrow();
    }
  });
});

describe('linkedinIdentityKey', () => {
  it('gives one key for every spelling of one profile', () => {
    const spellings = [
      RT,
      'http://pl.linkedin.com/in/Rebecca-Thornton-7B2A91?trk=x',
      '/in/REBECCA-THORNTON-7b2a91/details/',
    ];
    expect(new Set(spellings.map(linkedinIdentityKey))).toEqual(new Set(['rebecca-thornton-7b2a91']));
  });

  it('decodes, NFC-normalises and lower-cases non-Latin slugs', () => {
    expect(linkedinIdentityKey(`https://www.linkedin.com/in/${CYR.toLowerCase()}`)).toBe('олена-коваленко');
    expect(linkedinIdentityKey('https://www.linkedin.com/in/Олена-Коваленко/')).toBe('олена-коваленко');
    const decomposed = 'https://www.linkedin.com/in/zu\u0308rek'; // z + u + combining diaeresis
    expect(linkedinIdentityKey(decomposed)).toBe(linkedinIdentityKey('https://www.linkedin.com/in/zürek'));
  });

  it('is locale-independent for Turkish İ/I', () => {
    expect(linkedinIdentityKey('https://www.linkedin.com/in/AYSE-YILMAZ')).toBe('ayse-yilmaz');
  });

  it('returns null for non-profile URLs', () => {
    expect(linkedinIdentityKey('https://www.linkedin.com/company/x/')).toBeNull();
  });
});

describe('parseSalesNavLeadUrl', () => {
  const canonical = 'https://www.linkedin.com/sales/lead/ACwAAAB2D923242xYz/';
  it.each([
    'https://www.linkedin.com/sales/lead/ACwAAAB2D923242xYz,NAME_SEARCH,abcd',
    'https://www.linkedin.com/sales/lead/ACwAAAB2D923242xYz,NAME_SEARCH,abcd?_ntb=Qx3',
    'https://www.linkedin.com/sales/people/ACwAAAB2D923242xYz,name,abcd/',
    'https://www.linkedin.com/sales/lead/ACwAAAB2D923242xYz%2CNAME_SEARCH%2Cabcd',
    '/sales/lead/ACwAAAB2D923242xYz,OUT_OF_NETWORK,zz',
  ])('%s', (input) => {
    expect(parseSalesNavLeadUrl(input)).toEqual({ leadId: 'ACwAAAB2D923242xYz', canonical });
  });

  it.each([
    'https://www.linkedin.com/sales/home',
    'https://www.linkedin.com/in/x/',
    '',
    'https://www.linkedin.com/sales/lead/%%',
  ])('%s → null', (input) => expect(parseSalesNavLeadUrl(input)).toBeNull());
});

describe('canonicalizeLinkedinCompanyUrl', () => {
  it.each([
    ['https://www.linkedin.com/company/quillfeather/about/', 'https://www.linkedin.com/company/quillfeather/'],
    [
      'https://pl.linkedin.com/company/lakowe-smaki?trk=public_profile_topcard-current-company',
      'https://www.linkedin.com/company/lakowe-smaki/',
    ],
    ['/company/3d3d5a40/', 'https://www.linkedin.com/company/3d3d5a40/'],
  ])('%s', (input, expected) => expect(canonicalizeLinkedinCompanyUrl(input)).toBe(expected));

  it('returns null for non-company URLs', () => {
    expect(canonicalizeLinkedinCompanyUrl('https://www.linkedin.com/in/x/')).toBeNull();
    expect(canonicalizeLinkedinCompanyUrl('https://example.com/company/x')).toBeNull();
  });
});
