import { describe, expect, it } from 'vitest';
import en from '@/locales/en.json';
import pl from '@/locales/pl.json';
import uk from '@/locales/uk.json';
import ru from '@/locales/ru.json';
import tr from '@/locales/tr.json';
import th from '@/locales/th.json';

// Every shipped translation must cover en.json exactly: the translator falls back to English for a
// missing key, so a gap would show English in the middle of a Polish panel without any error.
const CATALOGUES: Record<string, unknown> = { pl, uk, ru, tr, th };
const ENGLISH: Record<string, unknown> = en;

type Forms = Record<string, unknown>;

function isForms(value: unknown): value is Forms {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function entriesOf(lang: string): Record<string, unknown> {
  const catalogue = CATALOGUES[lang];
  if (!isForms(catalogue)) throw new Error(`${lang}.json is not an object`);
  return catalogue;
}

/** The `{name}` placeholders of a string, sorted and unique. */
function placeholdersOf(text: unknown): string[] {
  if (typeof text !== 'string') return [];
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();
}

/** Placeholders of an entry: of the string, or of all its plural forms together. */
function allPlaceholdersOf(entry: unknown): string[] {
  const texts = isForms(entry) ? Object.values(entry) : [entry];
  return [...new Set(texts.flatMap(placeholdersOf))].sort();
}

/** Whether the locale's "one" form is used for a number other than 1 (e.g. 21 in Ukrainian and Russian). */
function oneCoversOtherNumbers(lang: string): boolean {
  const rules = new Intl.PluralRules(lang);
  return Array.from({ length: 201 }, (_, n) => n).some((n) => n !== 1 && rules.select(n) === 'one');
}

const englishKeys = Object.keys(ENGLISH);
const englishPlurals = englishKeys.filter((k) => isForms(ENGLISH[k]));

describe.each(Object.keys(CATALOGUES))('the %s catalogue', (lang) => {
  const catalogue = entriesOf(lang);
  const categories = [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();

  it('has every key of en.json', () => {
    const missing = englishKeys.filter((k) => !(k in catalogue));
    expect(missing, `${lang}.json misses ${missing.length} key(s): ${missing.join(', ')}`).toEqual([]);
  });

  it('has no key that en.json lacks', () => {
    const extra = Object.keys(catalogue).filter((k) => !(k in ENGLISH));
    expect(extra, `${lang}.json has keys en.json lacks: ${extra.join(', ')}`).toEqual([]);
  });

  it('has a non-empty string for every entry and every plural form', () => {
    const bad = Object.entries(catalogue).flatMap(([key, value]) => {
      const texts = isForms(value)
        ? Object.entries(value).map(([c, t]) => [`${key}.${c}`, t] as const)
        : [[key, value] as const];
      return texts.filter(([, t]) => typeof t !== 'string' || t.trim() === '').map(([k]) => k);
    });
    expect(bad, `${lang}.json has empty or non-string entries: ${bad.join(', ')}`).toEqual([]);
  });

  it('keeps the English placeholders', () => {
    const bad = englishKeys
      .filter((k) => k in catalogue)
      .filter((k) => allPlaceholdersOf(catalogue[k]).join() !== allPlaceholdersOf(ENGLISH[k]).join())
      .map(
        (k) =>
          `${k} {${allPlaceholdersOf(catalogue[k]).join('} {')}} vs {${allPlaceholdersOf(ENGLISH[k]).join('} {')}}`,
      );
    expect(bad, `${lang}.json placeholders differ from English: ${bad.join('; ')}`).toEqual([]);
  });

  it('keeps the count in every plural form that can show a number other than 1', () => {
    const mayOmit = new Set(['zero', ...(oneCoversOtherNumbers(lang) ? [] : ['one'])]);
    const bad = englishPlurals.flatMap((key) => {
      const english = ENGLISH[key];
      const forms = catalogue[key];
      if (!isForms(english) || !isForms(forms)) return [];
      const wanted = placeholdersOf(english.other).join();
      return Object.entries(forms)
        .filter(([category, text]) => !mayOmit.has(category) && placeholdersOf(text).join() !== wanted)
        .map(([category]) => `${key}.${category}`);
    });
    expect(bad, `${lang}.json plural forms missing placeholders: ${bad.join(', ')}`).toEqual([]);
  });

  it(`has exactly the plural categories of ${lang} for every English plural`, () => {
    const bad = englishPlurals
      .filter((k) => k in catalogue)
      .flatMap((key) => {
        const forms = catalogue[key];
        if (!isForms(forms)) return [`${key} is not a plural object`];
        const got = Object.keys(forms).sort();
        return got.join() === categories.join() ? [] : [`${key} has ${got.join('/')}, needs ${categories.join('/')}`];
      });
    expect(bad, `${lang}.json plural entries: ${bad.join('; ')}`).toEqual([]);
  });

  it('uses plural objects only where English does', () => {
    const bad = englishKeys.filter((k) => k in catalogue && !isForms(ENGLISH[k]) && typeof catalogue[k] !== 'string');
    expect(bad, `${lang}.json has non-string entries for English strings: ${bad.join(', ')}`).toEqual([]);
  });

  it('keeps the product name', () => {
    expect(catalogue.extName).toBe('Sidecar');
  });

  // The manifest description comes from this key; the Chrome Web Store rejects one over 132 characters.
  it('keeps the extension description within the manifest limit', () => {
    const description = catalogue.extDescription;
    expect(typeof description === 'string' ? [...description].length : Infinity).toBeLessThanOrEqual(132);
  });
});
