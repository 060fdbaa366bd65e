import { capturePipelineOf, captureStageOf } from './capture-deal';
import type { Pipeline, Stage } from './pipeline';
import type { Settings } from './settings';

// An import opens deals only when its file maps a stage column or the user asks for deals (issue 19):
// a CSV of 2,000 contacts must not flood the board. This file decides which stage a row's deal opens
// in; lib/worker/jobs/import-deals.ts writes it inside the import's step.

/** A stage of one of the user's pipelines. */
export interface StageRef {
  pipelineId: string;
  stageId: string;
}

/** A stage name as compared with a file's cell: case (in any script), spacing and Unicode form folded. */
export function foldStageName(name: string): string {
  return (
    name
      .normalize('NFC')
      .toLocaleLowerCase('en')
      // Turkish casing outside Turkish: "İ" lower-cases to "i̇" and "KAZANILDI" to "kazanildi" (not "kazanıldı").
      .replace(/\u0307/g, '')
      .replace(/ı/g, 'i')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * The stage a file's cell names: the user's own name of a stage, or a template stage's name in any
 * language Sidecar speaks (`namesOfKey` gives a catalogue key's texts). Pipelines are searched in the
 * order given (the capture pipeline first, then the user's order), stages in their order.
 */
export function matchStageByName(
  pipelines: readonly Pipeline[],
  cell: string,
  namesOfKey: (key: string) => readonly string[],
): StageRef | null {
  const wanted = foldStageName(cell);
  if (wanted === '') return null;
  const namesOf = (s: Stage) => (s.name !== null ? [s.name] : s.nameKey ? namesOfKey(s.nameKey) : []);
  for (const p of pipelines)
    for (const s of p.stages)
      if (namesOf(s).some((n) => foldStageName(n) === wanted)) return { pipelineId: p.id, stageId: s.id };
  return null;
}

/** Pipelines in the order a stage name is looked for: where captures go first, then the user's order. */
export function stageSearchOrder(pipelines: readonly Pipeline[], settings: Pick<Settings, 'capture'>): Pipeline[] {
  const first = capturePipelineOf(pipelines, settings);
  return first ? [first, ...pipelines.filter((p) => p !== first)] : [...pipelines];
}

/** Where a row asking for a deal without a stage lands: the capture pipeline's capture stage, as "Add to pipeline". */
export function captureStageRef(pipelines: readonly Pipeline[], settings: Pick<Settings, 'capture'>): StageRef | null {
  const pipeline = capturePipelineOf(pipelines, settings);
  const stage = pipeline && captureStageOf(pipeline);
  return pipeline && stage ? { pipelineId: pipeline.id, stageId: stage.id } : null;
}
