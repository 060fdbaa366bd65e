import type { MergeUndo } from './activity';
import { linkedinIdentityKey } from './linkedin-url';
import {
  capPersonLists,
  computePersonSearchTokens,
  isEmptyValue,
  isUserOwned,
  PERSON_TRACKED_FIELDS,
  type Person,
  type PersonSource,
  type PersonTrackedField,
} from './person';
import { unitedValues } from './provenance';
import { isQualificationEmpty } from './qualification';

export type MergeField = PersonTrackedField | 'qualification';
export type MergeSide = 'a' | 'b';
export type MergeConflict = { field: MergeField; a: unknown; b: unknown; chosen: MergeSide };

/** A merge the user has not confirmed yet: `a` survives, `b` is absorbed. */
export type MergePlan = {
  merged: Person;
  conflicts: MergeConflict[];
  undo: Pick<MergeUndo, 'survivorBefore' | 'absorbed'>;
};

function unionOf<T>(a: readonly T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])];
}

function mergeSources(a: readonly PersonSource[], b: readonly PersonSource[]): PersonSource[] {
  const byUrl = new Map(a.map((s) => [s.url, s]));
  for (const s of b) {
    const known = byUrl.get(s.url);
    byUrl.set(
      s.url,
      known
        ? {
            ...known,
            firstSeen: Math.min(known.firstSeen, s.firstSeen),
            lastSeen: Math.max(known.lastSeen, s.lastSeen),
          }
        : s,
    );
  }
  return [...byUrl.values()];
}

/** Copy one field (value and provenance) from `from` into `into`. */
function takeField(into: Person, from: Person, field: MergeField): void {
  if (field === 'qualification') {
    into.qualification = from.qualification;
    return;
  }
  Object.assign(into, { [field]: from[field] });
  const provenance = from.provenance[field];
  if (provenance) into.provenance[field] = provenance;
  else delete into.provenance[field];
  if (field === 'linkedinUrl') into.linkedinKey = from.linkedinKey;
}

/**
 * Plan merging two records of one person. Empty fields are filled from the other; differing values
 * become conflicts for the user (pre-chosen: the user-edited side, else `a`). Lists are united.
 */
export function planMerge(a: Person, b: Person): MergePlan {
  const merged: Person = { ...a, provenance: { ...a.provenance } };
  const conflicts: MergeConflict[] = [];
  for (const field of PERSON_TRACKED_FIELDS) {
    const va = a[field];
    const vb = b[field];
    if (va === vb || isEmptyValue(vb)) continue;
    if (isEmptyValue(va)) {
      takeField(merged, b, field);
      continue;
    }
    const chosen: MergeSide = isUserOwned(b, field) && !isUserOwned(a, field) ? 'b' : 'a';
    if (chosen === 'b') takeField(merged, b, field);
    conflicts.push({ field, a: va, b: vb, chosen });
  }
  if (isQualificationEmpty(a.qualification) && !isQualificationEmpty(b.qualification)) {
    merged.qualification = b.qualification;
  } else if (
    !isQualificationEmpty(b.qualification) &&
    JSON.stringify(a.qualification) !== JSON.stringify(b.qualification)
  ) {
    conflicts.push({ field: 'qualification', a: a.qualification, b: b.qualification, chosen: 'a' });
  }
  merged.salesNavUrls = unionOf(a.salesNavUrls, b.salesNavUrls);
  merged.emails = unionOf(a.emails, b.emails);
  merged.phones = unionOf(a.phones, b.phones);
  merged.tags = unionOf(a.tags, b.tags);
  merged.sources = mergeSources(a.sources, b.sources);
  const values = unitedValues(a, b);
  if (values) merged.valueProvenance = values;
  merged.createdAt = Math.min(a.createdAt, b.createdAt);
  merged.updatedAt = Math.max(a.updatedAt, b.updatedAt);
  merged.searchTokens = computePersonSearchTokens(merged);
  // Two full records united stay within PERSON_LIMITS (the survivor's entries first).
  return { merged: capPersonLists(merged), conflicts, undo: { survivorBefore: a, absorbed: b } };
}

/**
 * Apply the user's choices to a plan. Every conflicting field ends up with provenance 'merge', a
 * decision by the user that later captures will not overwrite.
 */
export function applyMergeChoices(
  plan: MergePlan,
  choices: Partial<Record<MergeField, MergeSide>>,
  now: number,
): Person {
  const { survivorBefore: a, absorbed: b } = plan.undo;
  const person: Person = { ...plan.merged, provenance: { ...plan.merged.provenance } };
  for (const conflict of plan.conflicts) {
    const side = choices[conflict.field] ?? conflict.chosen;
    takeField(person, side === 'a' ? a : b, conflict.field);
    if (conflict.field !== 'qualification') person.provenance[conflict.field] = { source: 'merge', at: now };
  }
  if (person.linkedinUrl !== null && person.linkedinKey === null)
    person.linkedinKey = linkedinIdentityKey(person.linkedinUrl);
  person.searchTokens = computePersonSearchTokens(person);
  person.updatedAt = now;
  return person;
}
