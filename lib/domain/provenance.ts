import type { PageKind } from './contact';
import type { FieldSource, Person, Provenance, ValueProvenance } from './person';

/** The stamp of a value collected now: by a capture or an import (with its page or file), or typed by the user. */
export function stampOf(source: FieldSource, at: number, page?: { pageKind: PageKind; url: string }): Provenance {
  if (!page) return { source, at };
  return page.url ? { source, at, url: page.url, pageKind: page.pageKind } : { source, at, pageKind: page.pageKind };
}

/**
 * Keep where each address and phone number came from in step with the lists: a value new since
 * `before` gets `stamp`, entries of values no longer there go. A value `before` already held without
 * an entry keeps none: claiming it was read now would be false.
 */
export function trackValues(person: Person, stamp: Provenance, before?: Person): Person {
  const known = person.valueProvenance ?? [];
  const kept = known.filter((v) => person[v.field].includes(v.value));
  const added: ValueProvenance[] = (['emails', 'phones'] as const).flatMap((field) =>
    person[field]
      .filter((value) => !before?.[field].includes(value))
      .filter((value) => !kept.some((v) => v.field === field && v.value === value))
      .map((value) => ({ ...stamp, field, value })),
  );
  if (added.length === 0 && kept.length === known.length) return person;
  return { ...person, valueProvenance: [...kept, ...added] };
}

/** Entries of both records, for a merge: the survivor's first (values it has kept its origin). */
export function unitedValues(a: Person, b: Person): ValueProvenance[] | undefined {
  if (!a.valueProvenance && !b.valueProvenance) return undefined;
  const out = [...(a.valueProvenance ?? [])];
  for (const v of b.valueProvenance ?? [])
    if (!out.some((o) => o.field === v.field && o.value === v.value)) out.push(v);
  return out;
}
