import type { SidecarDB } from '../db/schema';
import type { ActivityRow, PersonRow } from '../db/rows';
import { foldText, matchesQuery, tokenize, transliterationVariants } from '../domain/text-fold';

/** Results shown per query: a panel list, not a report. */
export const SEARCH_LIMIT = 50;
/** Notes are searched only when people search finds fewer than this many people. */
export const NOTES_SEARCH_BELOW = 5;
const NOTES_LIMIT = 10;
/** Multi-word queries read at most this many primary keys per word before intersecting. */
const KEYS_PER_WORD = 10_000;

/** The query's words as the index stores them: folded, or one whole e-mail address. */
function queryWords(query: string): string[] {
  const trimmed = query.trim();
  if (trimmed.includes('@') && !/\s/.test(trimmed)) return [foldText(trimmed)];
  return tokenize(trimmed);
}

/** Primary keys of people with a token starting with the word (or its Latin spelling, for Cyrillic). */
function keysFor(db: SidecarDB, word: string, limit?: number): Promise<string[]> {
  const forms = [...new Set([word, ...transliterationVariants(word)])];
  const collection = db.prospects.where('searchTokens').startsWithAnyOf(forms).distinct();
  return (limit === undefined ? collection : collection.limit(limit)).primaryKeys();
}

/**
 * People matching a query typed in any script, through the `*searchTokens` multiEntry index only:
 * one prefix range per word, intersected for multi-word queries, capped at `limit`. Tokens are
 * stored folded and transliterated (text-fold.ts), so "lukasz" finds "Łukasz", "ilker" "İlker" and
 * "olena" "Олена". Thai is matched by word prefix here (the index cannot answer infix queries).
 */
export async function searchPeople(db: SidecarDB, query: string, limit = SEARCH_LIMIT): Promise<PersonRow[]> {
  const words = queryWords(query);
  if (words.length === 0) return [];
  if (words.length === 1) return finish(db, await keysFor(db, words[0] ?? '', limit), query, limit);
  // Multi-word: intersect primary keys only (no rows read) of the words of 2+ letters, each range
  // capped; a one-letter word ("Rebecca T") is checked on the few rows read at the end instead of
  // reading a large part of the index for one keystroke.
  const indexed = words.filter((w) => w.length >= 2);
  const sets = await Promise.all((indexed.length ? indexed : words.slice(0, 1)).map((w) => keysFor(db, w, KEYS_PER_WORD)));
  sets.sort((a, b) => a.length - b.length);
  const [smallest = [], ...others] = sets;
  const otherSets = others.map((keys) => new Set(keys));
  const ids = smallest.filter((id) => otherSets.every((set) => set.has(id))).slice(0, limit * 4);
  return finish(db, ids, query, limit);
}

/** Read the matched people, re-check every word on their own tokens, cap and sort for display. */
async function finish(db: SidecarDB, ids: string[], query: string, limit: number): Promise<PersonRow[]> {
  const rows = (await db.prospects.bulkGet(ids)).filter((p): p is PersonRow => p !== undefined);
  return rows.filter((p) => matchesQuery(p.searchTokens, query)).slice(0, limit)
    .sort((a, b) => foldText(a.displayName).localeCompare(foldText(b.displayName)));
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
  const notes = await db.activities.orderBy('at').reverse()
    .filter((a) => a.kind === 'note' && foldText(a.text).includes(q)).limit(limit).toArray();
  const people = await db.prospects.bulkGet(notes.map((n) => n.personId));
  return notes.flatMap((note, i) => {
    const person = people[i];
    return note.kind === 'note' && person ? [{ note, person }] : [];
  });
}
