import { effectiveProbability, type Deal } from '../domain/deal';
import type { Pipeline, Stage } from '../domain/pipeline';

/** Sums of one currency: values are never added across currencies (no exchange rates, see analytics-forecast). */
export interface CurrencyTotal {
  currency: string;
  total: number;
  /** Σ value × effective probability / 100, rounded once (minor units). */
  weighted: number;
}

export interface ColumnSummary {
  stage: Stage;
  count: number;
  totals: CurrencyTotal[];
}

/** A stage on the board: its count is null while not yet read (the other stages' counts come after the cards). */
export type BoardColumn = Omit<ColumnSummary, 'count'> & { count: number | null };

/** Count, total and weighted total per stage of a pipeline, in pipeline order; one pass over the deals. */
export function summarizeColumns(pipeline: Pipeline, deals: readonly Deal[]): ColumnSummary[] {
  const byStage = new Map<string, { count: number; sums: Map<string, { total: number; raw: number }> }>();
  for (const s of pipeline.stages) byStage.set(s.id, { count: 0, sums: new Map() });
  const stages = new Map(pipeline.stages.map((s) => [s.id, s]));
  for (const deal of deals) {
    const column = byStage.get(deal.stageId);
    if (!column) continue; // A stage removed meanwhile: the deal has no column to sit in.
    column.count += 1;
    let sum = column.sums.get(deal.currency);
    if (!sum) column.sums.set(deal.currency, (sum = { total: 0, raw: 0 }));
    sum.total += deal.value;
    sum.raw += deal.value * effectiveProbability(deal, stages.get(deal.stageId));
  }
  return pipeline.stages.map((stage) => {
    const column = byStage.get(stage.id) ?? { count: 0, sums: new Map() };
    const totals = [...column.sums.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, s]) => ({ currency, total: s.total, weighted: Math.round(s.raw / 100) }));
    return { stage, count: column.count, totals };
  });
}

/**
 * The order of cards in a column: deals that need a step first (none, then the most overdue), then
 * by expected close. What needs doing is what the user opens the board for.
 */
export function sortColumnDeals(deals: readonly Deal[]): Deal[] {
  const dueOf = (d: Deal) => (d.nextStep === null ? -Infinity : d.nextStep.dueAt);
  return [...deals].sort(
    (a, b) =>
      dueOf(a) - dueOf(b) ||
      (a.expectedClose ?? '9999').localeCompare(b.expectedClose ?? '9999') ||
      a.title.localeCompare(b.title),
  );
}

/** The stage before or after a deal's stage in pipeline order, for Shift+Arrow moves. */
export function adjacentStage(pipeline: Pipeline, stageId: string, step: -1 | 1): Stage | undefined {
  const i = pipeline.stages.findIndex((s) => s.id === stageId);
  return i === -1 ? undefined : pipeline.stages[i + step];
}
