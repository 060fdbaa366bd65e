import type { NextStep } from './deal';
import { firstOpenStage, type Pipeline, type Stage } from './pipeline';
import type { Person } from './person';
import type { Settings } from './settings';
import { nextWorkingDayAt } from './working-days';

// "Add to pipeline" puts the person on the board (issue 19): Streak, folk and HubSpot put a captured
// record straight into the first stage, and a board that stays empty after eight captures reads as
// broken. This file decides where a capture lands; lib/worker/capture-deal.ts applies it inside the capture use-cases.

/** What started the capture: a click (overlay, On this page, palette, Add all) or an import row. */
export type CaptureOrigin =
  { kind: 'click' } | { kind: 'import'; stageColumnMapped: boolean; userAskedForDeals: boolean };

/** The texts a new deal gets, in the user's language (catalogue keys deal.captureTitle and deal.firstTouch). */
export interface CaptureDealTexts {
  /** The title when the person has no company: "New deal". */
  newDeal: string;
  /** The next step every captured deal starts with: "First touch". */
  firstTouch: string;
}

/** Where and how a captured person's deal opens. */
export interface CaptureDealPlan {
  pipelineId: string;
  stageId: string;
  title: string;
  nextStep: NextStep;
}

/**
 * Whether this capture opens a deal at all. A click does unless the settings say to capture contacts
 * only; an import does only when its file maps a stage column or the user asked for deals (a CSV of
 * 2,000 contacts must not flood the board).
 */
export function capturesOpenDeals(origin: CaptureOrigin, settings: Pick<Settings, 'capture'>): boolean {
  if (origin.kind === 'import') return origin.stageColumnMapped || origin.userAskedForDeals;
  return settings.capture?.deals ?? true;
}

/** The stage a pipeline's captures land in: the one it names if that is still an open stage, else its first. */
export function captureStageOf(pipeline: Pipeline): Stage | undefined {
  const named = pipeline.stages.find((s) => s.id === pipeline.captureStageId && s.kind === 'open');
  return named ?? firstOpenStage(pipeline);
}

/** The pipeline captures go to: the one the settings name, else the first in the user's order. */
export function capturePipelineOf(
  pipelines: readonly Pipeline[],
  settings: Pick<Settings, 'capture'>,
): Pipeline | undefined {
  const chosen = settings.capture?.pipelineId;
  return pipelines.find((p) => p.id === chosen) ?? pipelines[0];
}

/** A new deal's title: the person's company, or "New deal" (the card names the person already). */
export function captureDealTitle(person: Pick<Person, 'company'>, texts: CaptureDealTexts): string {
  const company = person.company?.trim() ?? '';
  return (company === '' ? texts.newDeal : company).slice(0, 300);
}

export interface CaptureDealInput {
  person: Pick<Person, 'company'>;
  /** Pipelines in the user's order. */
  pipelines: readonly Pipeline[];
  settings: Pick<Settings, 'capture' | 'workingTime'>;
  /** Whether the person already has an open deal (then nothing opens: one card per person). */
  hasOpenDeal: boolean;
  origin: CaptureOrigin;
  texts: CaptureDealTexts;
  now: number;
}

/**
 * The deal a capture opens, or null when none should: contacts only, an import without stages, a
 * person already on the board, or no pipeline with an open stage. Its next step is the first touch,
 * due at the start of the next working day in the user's working time.
 */
export function planCaptureDeal(input: CaptureDealInput): CaptureDealPlan | null {
  if (input.hasOpenDeal || !capturesOpenDeals(input.origin, input.settings)) return null;
  const pipeline = capturePipelineOf(input.pipelines, input.settings);
  const stage = pipeline && captureStageOf(pipeline);
  if (!pipeline || !stage) return null;
  return {
    pipelineId: pipeline.id,
    stageId: stage.id,
    title: captureDealTitle(input.person, input.texts),
    nextStep: { text: input.texts.firstTouch, dueAt: nextWorkingDayAt(input.now, input.settings.workingTime) },
  };
}
