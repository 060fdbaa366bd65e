import type { SidecarDB } from '../db/schema';
import type { ActivityRow, PersonRow } from '../db/rows';
import { foldText, matchesQuery, tokenize, transliterationVariants } from '../domain/text-fold';

/** Results shown per query: a panel list, not a report. */
export const SEARCH_LIMIT = 50;
/** Notes are searched only when people search finds fewer than this many people. */
export const NOTES_SEARCH_BELOW = 5;
const NOTES_LIMIT = 10;
/** Multi-word queries read at most this many people per word before intersecting. */
const KEYS_PER_WORD = 10_000;

/** The query's words as the index stores them: folded, or one whole e-mail address. */
function queryWords(query: string): string[] {
  const trimmed = query.trim();
  if (trimmed.includes('@') && !/\s/.test(trimmed)) return [foldText(trimmed)];
  return tokenize(trimmed);
}

/**
 * Primary keys of people with a token starting with the word (or its Latin spelling, for Cyrillic),
 * in index order, each once, at most `limit`. Plain `startsWith` ranges, so Dexie answers each read
 * with one `getAllKeys` call; `startsWithAnyOf` or `distinct()` would walk a cursor instead, one
 * event per key (about 20 µs each: 45 ms for the 2,000 people called "Rebecca" in the bench's 50,000).
 */
async function keysFor(db: SidecarDB, word: string, limit: number): Promise<string[]> {
  const forms = [...new Set([word, ...transliterationVariants(word)])];
  const ranges = await Promise.all(forms.map((form) => distinctKeys(db, form, limit)));
  return [...new Set(ranges.flat())].slice(0, limit);
}

/**
 * Up to `limit` distinct people under one prefix. One person has several index entries under a
 * prefix (a word, its name's phrases, an address: "maria", "maria nowak", "maria.n@…"), so entries
 * are read four per wanted person, and again with four times the room while that was not enough.
 */
async function distinctKeys(db: SidecarDB, prefix: string, limit: number): Promise<string[]> {
  for (let entries = limit * 4; ; entries *= 4) {
    const keys = await db.prospects.where('searchTokens').startsWith(prefix).limit(entries).primaryKeys();
    const unique = [...new Set(keys)];
    if (unique.length >= limit || keys.length < entries) return unique.slice(0, limit);
  }
}

/**
 * People matching a query typed in any script, through the `*searchTokens` multiEntry index only,
 * capped at `limit`. Tokens are stored folded and transliterated (text-fold.ts), so "lukasz" finds
 * "Łukasz", "ilker" "İlker" and "olena" "Олена". Thai is matched by word prefix here (the index
 * cannot answer infix queries).
 * - One word: one prefix range.
 * - Several words: first as one phrase ("rebecca th" prefixes the phrase token "rebecca thornton"),
 *   one small range however common each word is; only when that finds fewer than `limit` people
 *   (words from different fields, or out of the name's order) are the words' own ranges intersected.
 */
export async function searchPeople(db: SidecarDB, query: string, limit = SEARCH_LIMIT): Promise<PersonRow[]> {
  const words = queryWords(query);
  if (words.length === 0) return [];
  if (words.length === 1) return finish(db, await keysFor(db, words[0] ?? '', limit), query, limit);
  const phraseIds = await keysFor(db, words.join(' '), limit);
  if (phraseIds.length >= limit) return finish(db, phraseIds, query, limit);
  // Intersect primary keys only (no rows read) of the words of 2+ letters, each range capped; a
  // one-letter word ("Acme R") is checked on the few rows read at the end instead of reading a
  // large part of the index for one keystroke.
  const indexed = words.filter((w) => w.length >= 2);
  const sets = await Promise.all(
    (indexed.length ? indexed : words.slice(0, 1)).map((w) => keysFor(db, w, KEYS_PER_WORD)),
  );
  sets.sort((a, b) => a.length - b.length);
  const [smallest = [], ...others] = sets;
  const otherSets = others.map((keys) => new Set(keys));
  const ids = smallest.filter((id) => otherSets.every((set) => set.has(id)));
  return finish(db, [...new Set([...phraseIds, ...ids])].slice(0, limit * 4), query, limit);
}

let collator: Intl.Collator | undefined;

/** Read the matched people, re-check every word on their own tokens, cap and sort for display. */
async function finish(db: SidecarDB, ids: string[], query: string, limit: number): Promise<PersonRow[]> {
  const rows = (await db.prospects.bulkGet(ids)).filter((p): p is PersonRow => p !== undefined);
  const shown = rows.filter((p) => matchesQuery(p.searchTokens, query)).slice(0, limit);
  // Fold each name once, not on every comparison (foldText normalises letter by letter).
  const folded = new Map(shown.map((p) => [p, foldText(p.displayName)]));
  const byName = (collator ??= new Intl.Collator());
  return shown.sort((a, b) => byName.compare(folded.get(a) ?? '', folded.get(b) ?? ''));
}

export interface NoteHit {
  note: Extract<ActivityRow, { kind: 'note' }>;
  person: PersonRow;
}

/**
 * Notes whose folded text contains the query, newest first. There is no index on note text, so
 * this walks the activities newest first until it has `limit` hits: the caller runs it only for
 * queries of 3+ characters when people search found fewer than NOTES_SEARCH_BELOW people.
 */
export async function searchNotes(db: SidecarDB, query: string, limit = NOTES_LIMIT): Promise<NoteHit[]> {
  const q = foldText(query.trim());
  if (q.length < 3) return [];
  const notes = await db.activities
    .orderBy('at')
    .reverse()
    .filter((a) => a.kind === 'note' && foldText(a.text).includes(q))
    .limit(limit)
    .toArray();
  const people = await db.prospects.bulkGet(notes.map((n) => n.personId));
  return notes.flatMap((note, i) => {
    const person = people[i];
    return note.kind === 'note' && person ? [{ note, person }] : [];
  });
}
