import { DAY_MS, type DateRange } from '../domain/entity-fields';

export const RANGE_CHOICES = ['30', '90', '365', 'all'] as const;
export type RangeChoice = (typeof RANGE_CHOICES)[number];

/** The analytics range for a choice: the last N days up to now (inclusive), or all time (undefined). */
export function rangeFor(choice: RangeChoice, now: number): DateRange | undefined {
  return choice === 'all' ? undefined : { from: now - Number(choice) * DAY_MS, to: now + 1 };
}

/** `count` calendar months from `first` ('YYYY-MM'), for the forecast's x axis. */
export function nextMonths(first: string, count: number): string[] {
  const year = Number(first.slice(0, 4));
  const month = Number(first.slice(5, 7)) - 1;
  return Array.from({ length: count }, (_, i) => {
    const y = year + Math.floor((month + i) / 12);
    return `${y}-${String(((month + i) % 12) + 1).padStart(2, '0')}`;
  });
}

// Stages the articles' advice applies to, across the four templates: where the buyer weighs the offer,
// and where they decide (price). DOMAIN.md: "if many leave at consideration, look at your offer; if
// they leave at decision, look at price".
const CONSIDERATION = new Set([
  'consideration',
  'demo-meeting',
  'proposal',
  'presentation-scheduled',
  'presentation-meeting',
  'follow-up',
]);
const DECISION = new Set(['decision', 'negotiation-commitment', 'decision-maker-bought-in', 'contract-sent']);

/** The message key of the advice for the stage that leaks most, or null when the articles give none. */
export function leakHintKey(stageId: string): string | null {
  if (CONSIDERATION.has(stageId)) return 'insights.leak.offer';
  if (DECISION.has(stageId)) return 'insights.leak.price';
  return null;
}
