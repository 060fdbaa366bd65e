/**
 * The encodings spreadsheets save CSV in: UTF-8 (with or without a BOM), Excel's "Unicode text"
 * (UTF-16 with a BOM), and the Windows code pages of Central Europe (1250: Polish, Czech…) and of
 * Cyrillic (1251: Ukrainian, Russian…). TextDecoder reads all of them in Chromium and Firefox.
 */
export const CSV_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1250', 'windows-1251'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

export interface EncodingGuess {
  encoding: CsvEncoding;
  /** How it was decided: a byte-order mark, a strict UTF-8 decode, zero bytes (UTF-16), or letters. */
  by: 'bom' | 'utf-8' | 'zeros' | 'letters';
}

/** The BOM's encoding, or null: EF BB BF, FF FE, FE FF. */
function bomOf(b: Uint8Array): CsvEncoding | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

/** UTF-16 without a BOM: text of mostly Latin or Cyrillic letters has a zero in every other byte. */
function zerosOf(b: Uint8Array): CsvEncoding | null {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 8) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  if (odd > n * 0.2 && even < n * 0.02) return 'utf-16le';
  if (even > n * 0.2 && odd < n * 0.02) return 'utf-16be';
  return null;
}

function isUtf8(b: Uint8Array): boolean {
  try {
    // stream: a sample cut inside a character is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(b, { stream: true });
    return true;
  } catch {
    return false;
  }
}

// Letters of the languages written in each code page. What the other code page makes of their bytes
// is mostly letters these languages rarely or never use (Polish "Ł" read as 1251 is "Ј"; Russian "е"
// read as 1250 is "ĺ"), and words that mix scripts or have no ASCII letter at all.
const CENTRAL = new Set('ąćęłńóśźżčďěňřšťůžáéíýúőűöüăâîşţđĄĆĘŁŃÓŚŹŻČĎĚŇŘŠŤŮŽÁÉÍÝÚŐŰÖÜĂÂÎŞŢĐ');
const CENTRAL_RARE = new Set('ŕĺëľŔĹËĽ˙÷×¤');
const CYRILLIC_RARE = new Set('ЂЃѓЉЊЌЋЏђљњќћџЎўЈјЅѕ');
const WORD = /\p{L}+/gu;
const ASCII = /[A-Za-z]/;
const CYR = /\p{Script=Cyrillic}/u;
const LATIN_EXT = /[^\p{ASCII}]/u;

/** How much a decoded text reads like the languages of `page`: higher is likelier. */
export function scoreLetters(text: string, page: 'windows-1250' | 'windows-1251'): number {
  let score = 0;
  for (const [word] of text.matchAll(WORD)) {
    const cyr = CYR.test(word);
    const ascii = ASCII.test(word);
    const chars = [...word];
    if (cyr && (ascii || chars.some((c) => LATIN_EXT.test(c) && !CYR.test(c)))) {
      score -= 3 * chars.length; // scripts mixed inside a word: the wrong code page
      continue;
    }
    if (page === 'windows-1251') {
      for (const c of chars) if (CYR.test(c)) score += CYRILLIC_RARE.has(c) ? -1 : 1;
      continue;
    }
    for (const c of chars) score += CENTRAL.has(c) ? 1 : CENTRAL_RARE.has(c) ? -2 : 0;
    if (!ascii && !cyr && chars.length >= 3) score -= chars.length; // a long word with no plain letter
  }
  return score;
}

/**
 * Guess a file's encoding from its first bytes: a BOM, then UTF-16's zero bytes, then a strict
 * UTF-8 decode, then Windows-1250 against -1251 by which one's letters read like those languages.
 * The user can always choose another (the options page's import).
 */
export function detectEncoding(bytes: Uint8Array): EncodingGuess {
  const bom = bomOf(bytes);
  if (bom) return { encoding: bom, by: 'bom' };
  const zeros = zerosOf(bytes);
  if (zeros) return { encoding: zeros, by: 'zeros' };
  if (isUtf8(bytes)) return { encoding: 'utf-8', by: 'utf-8' };
  const central = scoreLetters(new TextDecoder('windows-1250').decode(bytes), 'windows-1250');
  const cyrillic = scoreLetters(new TextDecoder('windows-1251').decode(bytes), 'windows-1251');
  return { encoding: cyrillic > central ? 'windows-1251' : 'windows-1250', by: 'letters' };
}

/** Decode bytes in an encoding; a BOM, if any, is dropped. */
export function decodeBytes(bytes: Uint8Array, encoding: CsvEncoding): string {
  return new TextDecoder(encoding).decode(bytes);
}
