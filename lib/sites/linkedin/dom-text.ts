import { normalizeText, textOrNull } from '../shared/text';
import { memoByString } from '../shared/memo';

// LinkedIn text rules: names without badges, and title/company from a headline.

// Pronoun badges LinkedIn shows next to a name, in the interface languages we support.
// prettier-ignore
const PRONOUNS = new Set([
  'she', 'her', 'hers', 'he', 'him', 'his', 'they', 'them', 'theirs', 'ze', 'xe',
  'вона', 'її', 'він', 'його', 'вони', 'їх', 'она', 'её', 'он', 'его', 'они', 'их', 'ona', 'jej', 'on', 'jego', 'oni', 'ich', 'o', 'onu', 'sie', 'er', 'elle', 'il', 'ella', 'él',
]);
// "· 2nd", "• 3rd+", a bare "2nd" badge, Turkish "· 1."
const DEGREE = /(?:\s*[·•]\s*\d+(?:st|nd|rd|th|\.)?\+?|\s*\b(?:1st|2nd|3rd\+?))(?:\s+degree connection)?\s*$/i;
// Decoration around a name ("⌨︎Felix Ortega", "Anna 🚀"): symbols, emoji and their variation selectors.
const DECORATION =
  /^[\p{So}\p{Extended_Pictographic}\uFE0E\uFE0F\u200D\s]+|[\p{So}\p{Extended_Pictographic}\uFE0E\uFE0F\u200D\s]+$/gu;
const BADGES = /\s*(?:Verified|Premium|Zweryfikowano|Подтверждено|Підтверджено|Doğrulandı)\s*$/i;
// Out-of-network members: never a contact.
const ANONYMOUS = new Set([
  'linkedin member',
  'użytkownik linkedin',
  'участник linkedin',
  'учасник linkedin',
  'linkedin üyesi',
  'สมาชิก linkedin',
  'linkedin-mitglied',
  'membre de linkedin',
]);

function isPronounGroup(text: string): boolean {
  const words = text
    .toLowerCase()
    .split(/[\s/,]+/)
    .filter((w) => w !== '');
  return words.length > 0 && words.length <= 4 && words.every((w) => PRONOUNS.has(w));
}

/**
 * A person's name without pronouns "(Вона)", "She/Her", "· 2nd", "Verified" or emoji; null if none.
 * Memoised: every batch hands it the same names again (each result card, the nav's own name), and
 * the regex passes were a tenth of a steady search batch.
 */
export function cleanPersonName(raw: string | null | undefined): string | null {
  return cleanNameMemo(raw ?? '');
}

const cleanNameMemo = memoByString(cleanPersonNameOnce);

function cleanPersonNameOnce(raw: string): string | null {
  let name = normalizeText(raw);
  for (let i = 0; i < 4; i++) {
    const before = name;
    name = name.replace(DEGREE, '').replace(BADGES, '').replace(DECORATION, '');
    const paren = /\s*\(([^()]{1,30})\)\s*$/.exec(name);
    if (paren && isPronounGroup(paren[1] ?? '')) name = name.slice(0, paren.index);
    const bare = /\s+(\S+\/\S+)$/.exec(name);
    if (bare && isPronounGroup(bare[1] ?? '')) name = name.slice(0, bare.index);
    name = name.trim();
    if (name === before) break;
  }
  if (name === '' || ANONYMOUS.has(name.toLowerCase())) return null;
  return textOrNull(name, 300);
}

/** Name from a profile <title>: "(3) Name | LinkedIn" or "Name – Company | LinkedIn". */
export function nameFromTitle(title: string | null | undefined): string | null {
  const text = normalizeText(title);
  if (!/\|\s*LinkedIn\s*$/i.test(text)) return null;
  const head = text.replace(/\s*\|\s*LinkedIn\s*$/i, '').replace(/^\(\d+\+?\)\s*/, '');
  // Public profiles add " – Company"; only a spaced dash separates it (names keep "Wiśniewska-Żurek").
  const name = head.split(/\s+[–—-]\s+/)[0] ?? '';
  return cleanPersonName(name);
}

// "Title at Company" in the languages of our users. The last match wins ("Head of Sales at X").
const AT = [
  ' at ',
  ' @ ',
  ' chez ',
  ' bei ',
  ' presso ',
  ' bij ',
  ' på ',
  ' na ',
  ' en ',
  ' em ',
  ' w ',
  ' we ',
  ' в ',
  ' во ',
  ' у ',
  ' ที่ ',
];

/** Split "VP Sales at Acme | extra" into title and company (first headline segment only). */
export function splitHeadline(headline: string | null | undefined): { title: string | null; company: string | null } {
  const segment = normalizeText(headline).split(/\s+[|·•]\s+|\s+[–—-]\s+/)[0] ?? '';
  let best = -1;
  let sep = '';
  for (const candidate of AT) {
    const at = segment.lastIndexOf(candidate);
    if (at > best) {
      best = at;
      sep = candidate;
    }
  }
  if (best <= 0) return { title: null, company: null };
  const title = textOrNull(segment.slice(0, best));
  const company = textOrNull(segment.slice(best + sep.length));
  return title && company ? { title, company } : { title: null, company: null };
}

// "Current: Director at X" on search results; "Past:" lines must not be read as current.
const CURRENT_PREFIX =
  /^(?:Current|Obecnie|Aktualnie|Текущая|Сейчас|Поточна|Зараз|Şu anki|Güncel|ปัจจุบัน|Aktuell|Actuel)\s*:\s*/i;

/** Title/company from a "Current: … at …" summary line, or nulls. */
export function splitCurrentLine(line: string | null | undefined): { title: string | null; company: string | null } {
  const text = normalizeText(line);
  if (!CURRENT_PREFIX.test(text)) return { title: null, company: null };
  return splitHeadline(text.replace(CURRENT_PREFIX, ''));
}

/** "Quillfeather · Full-time" → "Quillfeather". */
export function firstDotPart(text: string | null | undefined): string | null {
  return textOrNull(normalizeText(text).split(/\s+·\s+/)[0]);
}
