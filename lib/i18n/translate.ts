import type { Catalogue } from './catalogue';

export type Params = Record<string, string | number>;
export type Translate = (key: string, params?: Params) => string;

/**
 * A translator over a catalogue with a fallback (English). Plural entries pick their form through
 * Intl.PluralRules on `params.count` (Polish, Ukrainian and Russian have one/few/many); numbers in
 * params are formatted for the locale. A missing key shows the key, never an empty string.
 */
export function createTranslator(locale: string, catalogue: Catalogue, fallback: Catalogue): Translate {
  const plural = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale);
  return (key, params) => {
    const entry = catalogue[key] ?? fallback[key];
    if (entry === undefined) return key;
    let text: string;
    if (typeof entry === 'string') text = entry;
    else {
      const count = Number(params?.count ?? 0);
      text = entry[plural.select(count)] ?? entry.other;
    }
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? number.format(value) : value;
    });
  };
}
