import { describe, expect, it } from 'vitest';
import { chromeKeyOf, toChromeMessages } from '@/lib/i18n/catalogue';
import { createTranslator } from '@/lib/i18n/translate';
import { pickLanguage } from '@/lib/i18n/locales';
import en from '@/locales/en.json';

describe('message catalogues', () => {
  it('turn into chrome.i18n messages with numbered placeholders, skipping plurals', () => {
    const out = toChromeMessages({ a: 'Hi {name}, {name} costs $5', n: { one: '1', other: 'n' }, 'bad-key': 'x' });
    expect(out.a).toEqual({ message: 'Hi $name$, $name$ costs $$5', placeholders: { name: { content: '$1' } } });
    expect(out.n).toBeUndefined();
    expect(out.bad_key).toEqual({ message: 'x' });
  });

  it('give every key a chrome.i18n name that no other key shares (Chrome ignores case)', () => {
    const names = Object.keys(en).map((k) => chromeKeyOf(k).toLowerCase());
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    expect(Object.keys(toChromeMessages(en)).every((k) => /^[A-Za-z0-9_@]+$/.test(k))).toBe(true);
    expect(chromeKeyOf('stage.b2b.demo-meeting')).toBe('stage_b2b_demo_meeting');
  });

  it('keep the contract labels exactly in English', () => {
    const t = createTranslator('en', en, en);
    expect([t('addToPipeline'), t('onThisPage'), t('pipeline'), t('today'), t('insights'), t('search')]).toEqual([
      'Add to pipeline',
      'On this page',
      'Pipeline',
      'Today',
      'Insights',
      'Search',
    ]);
  });

  it('pick plural forms through Intl.PluralRules (Polish one/few/many)', () => {
    const pl = { n: { one: '{count} osoba', few: '{count} osoby', many: '{count} osób', other: '{count} osoby' } };
    const t = createTranslator('pl', pl, en);
    expect([1, 2, 5, 22, 25].map((count) => t('n', { count }))).toEqual([
      '1 osoba',
      '2 osoby',
      '5 osób',
      '22 osoby',
      '25 osób',
    ]);
  });

  it('fall back to English, then to the key, never to an empty string', () => {
    const t = createTranslator('uk', {}, en);
    expect(t('pipeline')).toBe('Pipeline');
    expect(t('no.such.key')).toBe('no.such.key');
  });

  it('follow the browser language unless the user chose one', () => {
    expect(pickLanguage('auto', ['uk-UA', 'en'])).toBe('uk');
    expect(pickLanguage('auto', ['de-DE', 'pl'])).toBe('pl');
    expect(pickLanguage('auto', ['de-DE'])).toBe('en');
    expect(pickLanguage('th', ['uk'])).toBe('th');
  });
});
