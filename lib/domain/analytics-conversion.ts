import { DAY_MS, isInRange, type DateRange } from './entity-fields';
import type { Deal } from './deal';
import type { Pipeline } from './pipeline';

export type StageConversion = {
  stageId: string;
  /** Deals that got at least this far (skipped stages count as passed). */
  reached: number;
  /** Of those, deals that got further. */
  advanced: number;
  /** Deals lost with this as the furthest stage reached: the leak. */
  lost: number;
  /** Deals still open with this as the furthest stage reached. */
  open: number;
  /** advanced / reached; null for the last stage or when nobody reached it. */
  conversionToNext: number | null;
  /** Mean length of completed stays in this stage, in days; null when none completed. */
  averageDaysInStage: number | null;
};

export type PipelineConversion = {
  pipelineId: string;
  dealCount: number;
  stages: StageConversion[];
  /** Stage where most deals were lost (earliest on a tie), or null when none were. */
  biggestLeakStageId: string | null;
};

/** When a deal entered the pipeline: its first stage visit, else its creation. */
function startOf(deal: Deal): number {
  return deal.stageHistory[0]?.enteredAt ?? deal.createdAt;
}

/**
 * Stage-to-stage conversion and leaks for one pipeline, over the cohort of deals that entered it in
 * `range` (all time when omitted), from stage history. Lost stages are not funnel steps: a lost deal
 * counts as a leak at the furthest stage it reached. Visits to stages no longer in the pipeline are
 * ignored. One pass over deals and their history.
 */
export function computeConversion(deals: readonly Deal[], pipeline: Pipeline, range?: DateRange): PipelineConversion {
  const funnel = pipeline.stages.filter((s) => s.kind !== 'lost');
  const indexOf = new Map(funnel.map((s, i) => [s.id, i]));
  const n = funnel.length;
  const furthest = new Array<number>(n).fill(0);
  const lost = new Array<number>(n).fill(0);
  const open = new Array<number>(n).fill(0);
  const stayMs = new Array<number>(n).fill(0);
  const stays = new Array<number>(n).fill(0);
  let dealCount = 0;
  for (const deal of deals) {
    if (deal.pipelineId !== pipeline.id || !isInRange(startOf(deal), range)) continue;
    let max = indexOf.get(deal.stageId) ?? -1;
    for (const visit of deal.stageHistory) {
      const i = indexOf.get(visit.stageId);
      if (i === undefined) continue;
      if (i > max) max = i;
      if (visit.leftAt !== null) {
        stayMs[i] = (stayMs[i] ?? 0) + (visit.leftAt - visit.enteredAt);
        stays[i] = (stays[i] ?? 0) + 1;
      }
    }
    if (max < 0) continue; // Only ever in a lost or removed stage: no funnel position.
    dealCount += 1;
    furthest[max] = (furthest[max] ?? 0) + 1;
    if (deal.status === 'lost') lost[max] = (lost[max] ?? 0) + 1;
    if (deal.status === 'open') open[max] = (open[max] ?? 0) + 1;
  }
  const reached = new Array<number>(n + 1).fill(0);
  for (let i = n - 1; i >= 0; i--) reached[i] = (reached[i + 1] ?? 0) + (furthest[i] ?? 0);
  const stages = funnel.map((stage, i): StageConversion => {
    const r = reached[i] ?? 0;
    const advanced = reached[i + 1] ?? 0;
    const isLast = i === n - 1 || stage.kind !== 'open';
    const count = stays[i] ?? 0;
    return {
      stageId: stage.id,
      reached: r,
      advanced: isLast ? 0 : advanced,
      lost: lost[i] ?? 0,
      open: open[i] ?? 0,
      conversionToNext: isLast || r === 0 ? null : advanced / r,
      averageDaysInStage: count === 0 ? null : (stayMs[i] ?? 0) / count / DAY_MS,
    };
  });
  let leak: StageConversion | null = null;
  for (const s of stages) if (s.lost > 0 && (leak === null || s.lost > leak.lost)) leak = s;
  return { pipelineId: pipeline.id, dealCount, stages, biggestLeakStageId: leak?.stageId ?? null };
}
