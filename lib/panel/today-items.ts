import { assessDealHealth, type DealHealth } from '../domain/analytics-health';
import type { Deal } from '../domain/deal';
import { compareByDue, isOverdue, type FollowUp } from '../domain/follow-up';

export interface FollowUpGroups<F extends FollowUp> {
  overdue: F[];
  today: F[];
}

/** Split open follow-ups due before tomorrow into overdue (an earlier local day) and today's, soonest first. */
export function groupDueFollowUps<F extends FollowUp>(rows: readonly F[], now: number, timeZone: string): FollowUpGroups<F> {
  const sorted = [...rows].filter((f) => !f.done).sort(compareByDue);
  return {
    overdue: sorted.filter((f) => isOverdue(f, now, timeZone)),
    today: sorted.filter((f) => !isOverdue(f, now, timeZone)),
  };
}

export interface DealAttention {
  stalled: DealHealth[];
  /** No next step, or one whose date has passed; a stalled deal is listed under stalled only. */
  nextStep: DealHealth[];
}

/**
 * The deals Today asks a decision about, from the pipeline-health rules. Each deal is listed once,
 * under its most urgent reason, so a deal never takes two rows of a 320 px panel.
 */
export function groupDealAttention(deals: readonly Deal[], stalledDays: number, now: number): DealAttention {
  const health = assessDealHealth(deals, stalledDays, now);
  return {
    stalled: health.filter((h) => h.flags.includes('stalled')),
    nextStep: health.filter((h) => !h.flags.includes('stalled')),
  };
}
