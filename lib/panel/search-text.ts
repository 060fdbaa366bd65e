import type { PersonRow } from '../db/rows';
import type { SidecarDB } from '../db/schema';
import { foldText } from '../domain/text-fold';

// Search in what the user wrote (issue 19: "pricing" in a call log or a next step was not found though
// the box promises notes): notes, call and meeting notes, and deals' next steps. There is no index on
// these texts, so the activities are walked newest first until enough hits; the caller asks only when
// people search found few.

export type TextHitKind = 'note' | 'call' | 'meeting' | 'nextStep';

export interface TextHit {
  id: string;
  kind: TextHitKind;
  text: string;
  person: PersonRow;
}

/** Text hits for the query (3+ characters), newest activities first, then next steps, at most `limit`. */
export async function searchText(db: SidecarDB, query: string, limit = 10): Promise<TextHit[]> {
  const q = foldText(query.trim());
  if (q.length < 3) return [];
  const matches = (text: string) => foldText(text).includes(q);
  const activities = await db.activities
    .orderBy('at')
    .reverse()
    .filter((a) =>
      a.kind === 'note' ? matches(a.text) : (a.kind === 'call' || a.kind === 'meeting') && matches(a.note),
    )
    .limit(limit)
    .toArray();
  const deals = await db.deals
    .filter((d) => d.status === 'open' && d.nextStep !== null && matches(d.nextStep.text))
    .limit(limit)
    .toArray();
  const found: Omit<TextHit, 'person'>[] = [
    ...activities.flatMap((a): Omit<TextHit, 'person'>[] =>
      a.kind === 'note'
        ? [{ id: a.id, kind: a.kind, text: a.text }]
        : a.kind === 'call' || a.kind === 'meeting'
          ? [{ id: a.id, kind: a.kind, text: a.note }]
          : [],
    ),
    ...deals.map((d) => ({ id: d.id, kind: 'nextStep' as const, text: d.nextStep?.text ?? '' })),
  ].slice(0, limit);
  const personIds = [...activities.map((a) => a.personId), ...deals.map((d) => d.personId)].slice(0, limit);
  const people = await db.prospects.bulkGet(personIds);
  return found.flatMap((hit, i) => {
    const person = people[i];
    return person ? [{ ...hit, person }] : [];
  });
}
