import { z } from 'zod';
import { LIST_COLUMNS, type PeopleListRow } from './people-list';
import { foldText, transliterationVariants } from './text-fold';

/** What the list can be sorted by. */
export const LIST_SORT_KEYS = ['name', 'stage', 'company', 'lastTouch', 'nextStep'] as const;
export type ListSortKey = (typeof LIST_SORT_KEYS)[number];

/** `stage`: a stage id, NO_DEAL for people without an open deal, or null for anyone. */
export const ListFilterSchema = z.object({
  text: z.string().max(200),
  stage: z.string().min(1).max(100).nullable(),
  tag: z.string().trim().min(1).max(60).nullable(),
  /** Only people whose next step is past its due time. */
  overdueOnly: z.boolean(),
});
export type ListFilter = z.infer<typeof ListFilterSchema>;

export const NO_DEAL = '-';
export const NO_LIST_FILTER: ListFilter = { text: '', stage: null, tag: null, overdueOnly: false };

export const SavedFilterSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(60),
  filter: ListFilterSchema,
});
export type SavedFilter = z.infer<typeof SavedFilterSchema>;

export const ListSortSchema = z.object({ key: z.enum(LIST_SORT_KEYS), dir: z.enum(['asc', 'desc']) });
export type ListSort = z.infer<typeof ListSortSchema>;

/** The list view's choices, kept in settings.list: second-line columns, sort, saved filters. */
export const ListPrefsSchema = z.object({
  columns: z
    .array(z.enum(LIST_COLUMNS))
    .max(LIST_COLUMNS.length)
    .refine((c) => new Set(c).size === c.length, 'duplicate-column'),
  sort: ListSortSchema,
  savedFilters: z.array(SavedFilterSchema).max(30),
});
export type ListPrefs = z.infer<typeof ListPrefsSchema>;

export const DEFAULT_LIST_PREFS: ListPrefs = {
  columns: ['stage', 'company', 'nextStep'],
  sort: { key: 'nextStep', dir: 'asc' },
  savedFilters: [],
};

// Folding and transliterating every row cost more than drawing the list (issue 19's 150 ms for 10,000
// rows): a row's searchable text is made the first time a text filter needs it, then kept.
const haystacks = new WeakMap<PeopleListRow, string>();

/** A row's searchable text: name, company, tags, next step, folded, with Latin spellings of Cyrillic ("oleg" finds "Олег"). */
function haystackOf(row: PeopleListRow): string {
  let text = haystacks.get(row);
  if (text === undefined) {
    const raw = [row.name, row.company ?? '', ...row.tags, row.nextStep?.text ?? ''].join(' ');
    text = [foldText(raw), ...transliterationVariants(raw)].join(' ');
    haystacks.set(row, text);
  }
  return text;
}

/** The rows a filter keeps: every word of the text in name, company, tags or next step; stage; tag; overdue. */
export function filterListRows(rows: readonly PeopleListRow[], f: ListFilter, now: number): PeopleListRow[] {
  const words = foldText(f.text).split(/\s+/).filter(Boolean);
  const tag = f.tag === null ? null : foldText(f.tag);
  return rows.filter((r) => {
    if (f.stage === NO_DEAL ? r.deal !== null : f.stage !== null && r.deal?.stageId !== f.stage) return false;
    if (tag !== null && !r.tags.some((x) => foldText(x) === tag)) return false;
    if (f.overdueOnly && !(r.nextStep && r.nextStep.dueAt < now)) return false;
    return words.every((w) => haystackOf(r).includes(w));
  });
}

/**
 * Sort a copy of the rows. `stageRank` orders stages as the pipeline does (people without a deal
 * after every stage); empty values always go last, whichever the direction; the name breaks ties.
 * Names and companies are compared by the locale's collator as written (folding 10,000 names first
 * cost more than the whole sort).
 */
export function sortListRows(
  rows: readonly PeopleListRow[],
  sort: ListSort,
  stageRank: (row: PeopleListRow) => number,
  collator: Intl.Collator,
): PeopleListRow[] {
  const value = (r: PeopleListRow): string | number | null => {
    switch (sort.key) {
      case 'name':
        return r.name;
      case 'stage':
        return stageRank(r);
      case 'company':
        return r.company;
      case 'lastTouch':
        return r.lastTouchAt;
      case 'nextStep':
        return r.nextStep?.dueAt ?? null;
    }
  };
  const keyed = rows.map((r) => ({ r, v: value(r) }));
  const sign = sort.dir === 'asc' ? 1 : -1;
  keyed.sort((a, b) => {
    if (a.v === null || b.v === null) return a.v === b.v ? collator.compare(a.r.name, b.r.name) : a.v === null ? 1 : -1;
    const c =
      typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : collator.compare(String(a.v), String(b.v));
    return c !== 0 ? sign * c : collator.compare(a.r.name, b.r.name);
  });
  return keyed.map((k) => k.r);
}
