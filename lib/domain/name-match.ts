import { tokenize, transliterate } from './text-fold';

/**
 * Loose keys for "probably the same person" across scripts and spellings. Used for suggestions only:
 * two people are never merged because these keys agree.
 */

// Spellings that vary between transliteration systems and languages: Ольга = Olga = Olha,
// Kowal (Polish w) = Koval, Yılmaz = Yilmaz = Jilmaz, Oleksandr = Olexandr.
function skeletonWord(word: string): string {
  return word
    .replace(/kh/g, 'h')
    .replace(/g/g, 'h')
    .replace(/[yj]/g, 'i')
    .replace(/w/g, 'v')
    .replace(/ks/g, 'x')
    .replace(/(.)\1+/g, '$1');
}

/** A script- and spelling-independent key for a personal name; word order does not matter. */
export function nameSkeleton(name: string): string {
  return tokenize(transliterate(name)).map(skeletonWord).sort().join(' ');
}

// Legal-form words that say nothing about which company it is. Single letters are dropped too:
// dotted forms split into them ("Sp. z o.o.", "A.Ş.", "S.A.").
const LEGAL_FORMS = new Set([
  'sp',
  'oo',
  'sa',
  'spzoo',
  'llc',
  'inc',
  'ltd',
  'limited',
  'gmbh',
  'ag',
  'as',
  'ooo',
  'tov',
  'pao',
  'zao',
  'oao',
  'plc',
  'co',
  'corp',
  'corporation',
  'company',
  'bv',
  'srl',
  'sas',
  'jsc',
]);

/** A comparable key for a company name: transliterated, folded, without legal-form words. */
export function companyKey(company: string): string {
  return tokenize(transliterate(company))
    .filter((w) => [...w].length > 1 && !LEGAL_FORMS.has(w))
    .map(skeletonWord)
    .join(' ');
}

/** Edit distance, bailing out early once it exceeds `limit` (only small distances matter here). */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** Check whether two names are the same or one typo apart (long names only, where a typo is telling). */
export function isCloseName(a: string, b: string): 'same' | 'close' | false {
  const ka = nameSkeleton(a);
  const kb = nameSkeleton(b);
  if (ka === '' || kb === '') return false;
  if (ka === kb) return 'same';
  return ka.length >= 8 && editDistance(ka, kb, 1) <= 1 ? 'close' : false;
}
