import { describe, expect, it } from 'vitest';
import {
  foldText,
  matchesQuery,
  phraseTokensOf,
  searchTokensOf,
  tokenize,
  transliterate,
  transliterationVariants,
} from '../../../lib/domain/text-fold';

describe('foldText', () => {
  it.each([
    ['Łukasz', 'lukasz'],
    ['Zażółć gęślą jaźń', 'zazolc gesla jazn'],
    ['İlker', 'ilker'],
    ['ILKER', 'ilker'],
    ['ılık', 'ilik'],
    ['Yılmaz', 'yilmaz'],
    ['Straße', 'strasse'],
    ['Ødegaard', 'odegaard'],
    ['Đorđe', 'dorde'],
    ['Æsir', 'aesir'],
    ['Ｆｕｌｌ', 'full'],
    ['Ёлка', 'елка'],
    ['Їжак', 'іжак'],
  ])('%s → %s', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it('keeps й as its own letter (the breve is not a diacritic in Cyrillic)', () => {
    expect(foldText('Йосип Андрій')).toBe('йосип андрій');
  });

  it('leaves Thai vowel and tone marks alone', () => {
    expect(foldText('สมชาย ใจดี')).toBe('สมชาย ใจดี');
    expect(foldText('น้ำ')).toBe('น้ำ'.normalize('NFC'));
  });

  it('does not depend on locale-specific lower-casing', () => {
    expect(foldText('İSTANBUL')).toBe('istanbul');
    expect(foldText('ISTANBUL')).toBe('istanbul');
  });
});

describe('transliterate', () => {
  it.each([
    ['Олена', 'olena'],
    ['Олександр Шевченко', 'oleksandr shevchenko'],
    ['Ігор', 'ihor'],
    ['Юлія Щербак', 'yuliia shcherbak'],
    ['Євген Їжакевич', 'yevhen yizhakevych'],
    ['Юрий Григорьев', 'yuriy grigorev'],
    ['Наталья Жукова', 'natalya zhukova'],
  ])('%s → %s', (input, expected) => {
    expect(transliterate(input)).toBe(expected);
  });

  it('passes Latin and Thai through unchanged (lower-cased)', () => {
    expect(transliterate('Anna')).toBe('anna');
    expect(transliterate('สมชาย')).toBe('สมชาย');
  });

  it('offers both Ukrainian and Russian spellings', () => {
    expect(transliterationVariants('Ольга')).toEqual(['olha', 'olga']);
    expect(transliterationVariants('Anna')).toEqual([]);
  });
});

describe('searchTokensOf', () => {
  it('makes folded, transliterated and whole-address tokens', () => {
    const tokens = searchTokensOf('Олена Коваль', 'SoftServe', 'Olena.Koval@SoftServe.com', null, undefined);
    expect(tokens).toEqual(
      expect.arrayContaining(['олена', 'olena', 'коваль', 'koval', 'softserve', 'olena.koval@softserve.com']),
    );
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it("makes phrase tokens: every rotation of a name's words, with Latin spellings; none for one word or an address", () => {
    expect(phraseTokensOf('Rebecca Anne Thornton')).toEqual([
      'anne thornton rebecca',
      'rebecca anne thornton',
      'thornton rebecca anne',
    ]);
    expect(phraseTokensOf('Олена Коваль')).toEqual(
      expect.arrayContaining(['олена коваль', 'коваль олена', 'olena koval', 'koval olena']),
    );
    expect(phraseTokensOf('Łukasz', 'lukasz@example.com', null, 'Şule  Çelik')).toEqual(['celik sule', 'sule celik']);
    expect(phraseTokensOf('a b c d e f g h')).toHaveLength(6);
  });

  it('tokenizes Thai words with their marks', () => {
    expect(tokenize('สมชาย ใจดี')).toEqual(['สมชาย', 'ใจดี']);
  });
});

describe('matchesQuery', () => {
  const polish = searchTokensOf('Łukasz Żółkiewski', 'Allegro');
  const ukrainian = searchTokensOf('Олена Коваль');
  const latinOlena = searchTokensOf('Olena Koval');
  const turkish = searchTokensOf('İlker Yılmaz');
  const thai = searchTokensOf('สมชาย ใจดี');

  it('matches prefixes regardless of diacritics and case', () => {
    expect(matchesQuery(polish, 'luk')).toBe(true);
    expect(matchesQuery(polish, 'ŁUKASZ zolk')).toBe(true);
    expect(matchesQuery(polish, 'alleg')).toBe(true);
    expect(matchesQuery(polish, 'marek')).toBe(false);
  });

  it('finds Cyrillic names with Latin queries and the reverse', () => {
    expect(matchesQuery(ukrainian, 'olena')).toBe(true);
    expect(matchesQuery(ukrainian, 'Олена')).toBe(true);
    expect(matchesQuery(latinOlena, 'Олена')).toBe(true);
  });

  it('finds Turkish dotted and dotless i either way', () => {
    expect(matchesQuery(turkish, 'ilker')).toBe(true);
    expect(matchesQuery(turkish, 'İLKER YIL')).toBe(true);
    expect(matchesQuery(turkish, 'yilmaz')).toBe(true);
  });

  it('finds Thai as itself, including inside a word', () => {
    expect(matchesQuery(thai, 'สมชาย')).toBe(true);
    expect(matchesQuery(thai, 'ดี')).toBe(true);
    expect(matchesQuery(thai, 'olena')).toBe(false);
  });

  it('treats an address query as one prefix and an empty query as everything', () => {
    const tokens = searchTokensOf('jan.kowalski@firma.pl');
    expect(matchesQuery(tokens, 'jan.kowalski@')).toBe(true);
    expect(matchesQuery(tokens, 'jan.nowak@')).toBe(false);
    expect(matchesQuery(tokens, '   ')).toBe(true);
  });
});
