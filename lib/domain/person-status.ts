import { statusDealOf, type Deal } from './deal';
import type { Person } from './person';

// One way to say where a person stands (issue 19): the panel showed a status chip, a lifecycle field,
// MQL/SQL buttons and a stage, none explained. The one status is the board stage for someone with an
// open deal; otherwise Lead, MQL, SQL, Customer or Lost. Everything shows this, with its explanation.

export type StandingKind = 'lead' | 'mql' | 'sql' | 'customer' | 'lost';

export type PersonStatus =
  { kind: 'stage'; pipelineId: string; stageId: string; dealId: string } | { kind: StandingKind };

type DealFacts = Pick<Deal, 'id' | 'status' | 'updatedAt' | 'pipelineId' | 'stageId'>;

/**
 * A person's one status: the stage of their open deal (the most recently updated one, as the page
 * overlays show it); else Customer once they bought (lifecycle, or a won deal); else Lost when their
 * last deal was lost; else SQL or MQL as the user marked them; else Lead (captured, not qualified).
 */
export function personStatusOf(
  person: Pick<Person, 'lifecycle' | 'qualification'>,
  deals: readonly DealFacts[],
): PersonStatus {
  const open = statusDealOf(deals);
  if (open) return { kind: 'stage', pipelineId: open.pipelineId, stageId: open.stageId, dealId: open.id };
  if (person.lifecycle === 'customer' || deals.some((d) => d.status === 'won')) return { kind: 'customer' };
  if (deals.some((d) => d.status === 'lost')) return { kind: 'lost' };
  if (person.qualification.status === 'sql' || person.lifecycle === 'sql') return { kind: 'sql' };
  if (person.qualification.status === 'mql' || person.lifecycle === 'mql') return { kind: 'mql' };
  return { kind: 'lead' };
}

/** The catalogue key of a status's one-line explanation (shown on hover and in the `?` sheet). */
export function statusExplanationKey(status: PersonStatus): string {
  return `status.explain.${status.kind}`;
}

/** Every explanation, in the order the `?` sheet lists them. */
export const STATUS_KINDS = ['stage', 'lead', 'mql', 'sql', 'customer', 'lost'] as const;
