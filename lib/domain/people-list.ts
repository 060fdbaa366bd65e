import type { Deal } from './deal';
import type { FollowUp } from './follow-up';
import type { Person } from './person';
import { personStatusOf, type PersonStatus } from './person-status';
import { byPerson } from './group-by';

// The list view of people and deals (issue 19): one row per person, two lines at 360 px. This file
// builds the rows; people-list-query.ts filters and sorts them.

/** The second line's columns, in the column menu's order. */
export const LIST_COLUMNS = ['stage', 'company', 'lastTouch', 'nextStep'] as const;
export type ListColumn = (typeof LIST_COLUMNS)[number];

export interface PeopleListRow {
  id: string;
  name: string;
  company: string | null;
  tags: readonly string[];
  status: PersonStatus;
  /** The open deal the status names, when there is one (what a bulk move moves). */
  deal: Pick<Deal, 'id' | 'pipelineId' | 'stageId' | 'nextStep'> | null;
  /** What happens next: the deal's next step or the soonest open follow-up, whichever is due first. */
  nextStep: { text: string; dueAt: number } | null;
  /** The last touch (email, call, meeting, LinkedIn message), or null before any. */
  lastTouchAt: number | null;
}

type PersonFacts = Pick<Person, 'id' | 'displayName' | 'company' | 'tags' | 'lifecycle' | 'qualification'>;
type DealFacts = Pick<Deal, 'id' | 'personId' | 'status' | 'updatedAt' | 'pipelineId' | 'stageId' | 'nextStep'>;
type FollowUpFacts = Pick<FollowUp, 'personId' | 'dueAt' | 'snoozedUntil' | 'note' | 'noteKey' | 'kind' | 'done'>;

/** The snooze-aware due time (effectiveDueAt, on the two fields it reads). */
const dueOf = (f: Pick<FollowUp, 'dueAt' | 'snoozedUntil'>) => Math.max(f.dueAt, f.snoozedUntil ?? f.dueAt);

/**
 * One row per person: their status, the deal behind it, what is next and when they were last
 * touched. `followUpText` turns a follow-up into words (its note, or its generated text).
 */
export function buildListRows(
  people: readonly PersonFacts[],
  deals: readonly DealFacts[],
  openFollowUps: readonly FollowUpFacts[],
  lastTouch: ReadonlyMap<string, number>,
  followUpText: (f: FollowUpFacts) => string,
): PeopleListRow[] {
  const dealsOf = byPerson(deals);
  const followUpsOf = byPerson(openFollowUps.filter((f) => !f.done));
  return people.map((p) => {
    const own = dealsOf.get(p.id) ?? [];
    const status = personStatusOf(p, own);
    const deal = status.kind === 'stage' ? (own.find((d) => d.id === status.dealId) ?? null) : null;
    const soonest = (followUpsOf.get(p.id) ?? []).reduce<FollowUpFacts | null>(
      (best, f) => (best === null || dueOf(f) < dueOf(best) ? f : best),
      null,
    );
    const fromFollowUp = soonest && { text: followUpText(soonest), dueAt: dueOf(soonest) };
    const step = deal?.nextStep ?? null;
    const nextStep = step && (!fromFollowUp || step.dueAt <= fromFollowUp.dueAt) ? step : fromFollowUp;
    return {
      id: p.id,
      name: p.displayName,
      company: p.company,
      tags: p.tags,
      status,
      deal,
      nextStep,
      lastTouchAt: lastTouch.get(p.id) ?? null,
    };
  });
}
