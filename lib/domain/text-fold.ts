/**
 * Folding and transliteration for matching names typed in any script: "lukasz" finds "Łukasz",
 * "ilker" finds "İlker", "olena" finds "Олена". Matching only: what the user wrote is stored as written.
 */

// Letters that NFKD does not decompose into base + mark.
const SPECIAL_LETTERS: Record<string, string> = {
  ł: 'l',
  Ł: 'l',
  ø: 'o',
  Ø: 'o',
  ß: 'ss',
  ẞ: 'ss',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  ı: 'i',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  þ: 'th',
  Þ: 'th',
  ħ: 'h',
  Ħ: 'h',
  ŀ: 'l',
  Ŀ: 'l',
};

// Combining marks to strip. Thai vowel and tone marks are also combining marks (U+0E31, U+0E34–U+0E4E),
// so a blanket \p{M} would destroy Thai text; only the Latin/Cyrillic diacritic blocks are stripped.
// eslint-disable-next-line no-misleading-character-class -- a class of combining marks, on purpose
const DIACRITIC = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;
const CYRILLIC = /[\u0400-\u04ff]/;
const BREVE = '\u0306';

// Thai: NFKD would split sara am (ำ) into nikhahit + sara aa, which NFC does not put back.
const THAI = /[\u0e00-\u0e7f]/;

/** Fold text for matching: NFKD, strip diacritics, map special letters, locale-independent lower case; Thai kept as is. */
export function foldText(s: string): string {
  let out = '';
  let previousBase = '';
  for (const original of s.normalize('NFC')) {
    const decomposed = THAI.test(original) ? original : original.normalize('NFKD');
    for (const ch of decomposed) {
      if (DIACRITIC.test(ch)) {
        // Keep the breve on Cyrillic: й/ў are letters of their own, unlike ё→е or ї→і.
        if (ch === BREVE && CYRILLIC.test(previousBase)) out += ch;
        continue;
      }
      previousBase = ch;
      out += SPECIAL_LETTERS[ch] ?? ch;
    }
  }
  // toLowerCase (not toLocaleLowerCase) is locale-independent: "I" → "i" even for Turkish users,
  // and "İ" decomposed above into "I" + dot, so both Turkish i's fold to "i".
  return out.toLowerCase().normalize('NFC');
}

// Ukrainian national transliteration (2010) and a Russian passport-style table. Word-initial forms
// (є→ye, ї→yi, й→y, ю→yu, я→ya) follow the Ukrainian rule.
const COMMON: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ъ: '',
  '\u2019': '',
  "'": '',
  ʼ: '',
};
const UKRAINIAN: Record<string, string> = {
  ...COMMON,
  г: 'h',
  ґ: 'g',
  и: 'y',
  і: 'i',
  ї: 'i',
  є: 'ie',
  й: 'i',
  ю: 'iu',
  я: 'ia',
  ё: 'e',
  ы: 'y',
  э: 'e',
};
const RUSSIAN: Record<string, string> = {
  ...COMMON,
  г: 'g',
  ґ: 'g',
  и: 'i',
  і: 'i',
  ї: 'i',
  є: 'e',
  й: 'y',
  ю: 'yu',
  я: 'ya',
  ё: 'e',
  ы: 'y',
  э: 'e',
};
const UKRAINIAN_INITIAL: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };
const UKRAINIAN_ONLY = /[ієїґ]/i;

function transliterateWith(s: string, table: Record<string, string>, initial: Record<string, string>): string {
  let out = '';
  let atWordStart = true;
  for (const ch of s.normalize('NFC').toLowerCase()) {
    out += (atWordStart ? initial[ch] : undefined) ?? table[ch] ?? ch;
    atWordStart = !/[\p{L}\p{N}]/u.test(ch);
  }
  return out;
}

/** Transliterate Cyrillic to Latin (Ukrainian rules when the text has і/ї/є/ґ, else Russian); other scripts pass through. */
export function transliterate(s: string): string {
  return UKRAINIAN_ONLY.test(s)
    ? transliterateWith(s, UKRAINIAN, UKRAINIAN_INITIAL)
    : transliterateWith(s, RUSSIAN, {});
}

/** Every plausible Latin spelling of a Cyrillic text (Ukrainian and Russian rules), folded; [] when nothing to transliterate. */
export function transliterationVariants(s: string): string[] {
  if (!CYRILLIC.test(s)) return [];
  const variants = [transliterateWith(s, UKRAINIAN, UKRAINIAN_INITIAL), transliterateWith(s, RUSSIAN, {})];
  return [...new Set(variants.map(foldText))];
}

// Marks are part of the word (Thai vowels/tones); everything else that is not a letter or digit splits.
const TOKEN_SPLIT = /[^\p{L}\p{N}\p{M}]+/u;

/** Split into folded words. */
export function tokenize(s: string): string[] {
  return foldText(s)
    .split(TOKEN_SPLIT)
    .filter((t) => t.length > 0);
}

/**
 * Search tokens for an entity: folded words plus transliterated variants, unique and sorted. Whole
 * tokens are stored, so an index can answer prefix queries (`startsWith`) on them directly.
 */
export function searchTokensOf(...strings: Array<string | null | undefined>): string[] {
  const tokens = new Set<string>();
  for (const s of strings) {
    if (!s) continue;
    for (const token of tokenize(s)) {
      tokens.add(token);
      for (const variant of transliterationVariants(token)) tokens.add(variant);
    }
    // Whole e-mail address, so "jan.kowalski@" finds it as one prefix.
    if (s.includes('@')) tokens.add(foldText(s.trim()));
  }
  return [...tokens].sort();
}

/** Words of a phrase token at most: a longer name or company gets phrases of its first words only. */
const PHRASE_WORDS = 6;

/**
 * Phrase tokens for multi-word names: every rotation of the folded words, joined by one space, and
 * their Latin spellings. "Rebecca Anne Thornton" gives "rebecca anne thornton", "anne thornton
 * rebecca" and "thornton rebecca anne", so a query typed in the name's order or starting from the
 * family name ("thornton reb") is one prefix range of the index, however common each word is alone.
 */
export function phraseTokensOf(...strings: Array<string | null | undefined>): string[] {
  const tokens = new Set<string>();
  for (const s of strings) {
    if (!s || s.includes('@')) continue;
    const words = tokenize(s).slice(0, PHRASE_WORDS);
    if (words.length < 2) continue;
    for (let i = 0; i < words.length; i++) {
      const phrase = [...words.slice(i), ...words.slice(0, i)].join(' ');
      tokens.add(phrase);
      for (const variant of transliterationVariants(phrase)) tokens.add(variant);
    }
  }
  return [...tokens].sort();
}

// Thai is written without spaces between words, so a Thai query may start inside a stored token.

/** Check whether every word of the query prefixes some token (Thai: occurs in some token). */
export function matchesQuery(tokens: readonly string[], query: string): boolean {
  const wanted = query.includes('@') && !/\s/.test(query.trim()) ? [foldText(query.trim())] : tokenize(query);
  if (wanted.length === 0) return true;
  return wanted.every((w) => {
    // A Cyrillic query also matches the Latin spelling ("Олена" finds "Olena").
    const forms = [w, ...transliterationVariants(w)];
    return tokens.some((t) => forms.some((f) => (THAI.test(f) ? t.includes(f) : t.startsWith(f))));
  });
}
