import { DAY_MS } from './entity-fields';
import type { Deal } from './deal';

export type DealHealthFlag = 'stalled' | 'no-next-step' | 'overdue-next-step';
export type DealHealth = { dealId: string; flags: DealHealthFlag[]; daysSinceActivity: number };

/** The last sign of life on a deal: logged activity, a stage move, or its creation. */
export function lastTouchedAt(deal: Pick<Deal, 'lastActivityAt' | 'createdAt' | 'stageHistory'>): number {
  const lastVisit = deal.stageHistory[deal.stageHistory.length - 1]?.enteredAt ?? 0;
  return Math.max(deal.lastActivityAt ?? 0, lastVisit, deal.createdAt);
}

/** Check whether an open deal has had no activity for `stalledDays` days or more. */
export function isDealStalled(deal: Deal, stalledDays: number, now: number): boolean {
  return deal.status === 'open' && now - lastTouchedAt(deal) >= stalledDays * DAY_MS;
}

/** What an open deal needs a decision about: stalled, no next step or an overdue one (none when closed). */
export function dealFlags(deal: Deal, stalledDays: number, now: number): DealHealthFlag[] {
  if (deal.status !== 'open') return [];
  const flags: DealHealthFlag[] = [];
  if (isDealStalled(deal, stalledDays, now)) flags.push('stalled');
  if (deal.nextStep === null) flags.push('no-next-step');
  else if (deal.nextStep.dueAt < now) flags.push('overdue-next-step');
  return flags;
}

/** What an open deal needs a decision about (none: healthy or closed), and how many days it has been quiet. */
export function dealHealthOf(deal: Deal, stalledDays: number, now: number): DealHealth | null {
  const flags = dealFlags(deal, stalledDays, now);
  return flags.length > 0
    ? { dealId: deal.id, flags, daysSinceActivity: Math.floor((now - lastTouchedAt(deal)) / DAY_MS) }
    : null;
}

/**
 * Flag open deals that need a decision: stalled (24% of forecast deals go dark, DOMAIN.md), without a
 * next step, or with an overdue one. Healthy deals are left out; the worst come first: most flags,
 * then quiet the longest (to the millisecond, so days quiet only ever go down), then input order.
 */
export function assessDealHealth(deals: readonly Deal[], stalledDays: number, now: number): DealHealth[] {
  const out: { health: DealHealth; touched: number }[] = [];
  for (const deal of deals) {
    const health = dealHealthOf(deal, stalledDays, now);
    if (health) out.push({ health, touched: lastTouchedAt(deal) });
  }
  return out
    .sort((a, b) => b.health.flags.length - a.health.flags.length || a.touched - b.touched)
    .map((h) => h.health);
}

/** Open deals expected to close from `today` through `today + days` (ISO dates), soonest first: the weekly review list. */
export function listClosingSoon(deals: readonly Deal[], today: string, days: number): Deal[] {
  const last = new Date(Date.parse(`${today}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
  return deals
    .filter(
      (d) => d.status === 'open' && d.expectedClose !== null && d.expectedClose >= today && d.expectedClose <= last,
    )
    .sort((a, b) => (a.expectedClose ?? '').localeCompare(b.expectedClose ?? ''));
}
