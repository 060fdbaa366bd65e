import { z } from 'zod';

/** open: work in progress; won/lost: the deal ended; post-sale: won and being delivered (still visible). */
export const StageKindSchema = z.enum(['open', 'won', 'lost', 'post-sale']);
export type StageKind = z.infer<typeof StageKindSchema>;

/**
 * Stage names are never stored as display text for template stages: `nameKey` is a message-catalogue
 * key (e.g. 'stage.b2b.prospecting') the UI translates, so a Polish user sees Polish names. When the
 * user renames a stage, or adds one, their text goes into `name`, which wins over the key and is shown
 * as written. At least one of the two is always present.
 */
export const StageSchema = z
  .object({
    id: z.string().min(1).max(100),
    nameKey: z
      .string()
      .regex(/^stage\.[a-z0-9.-]+$/)
      .nullable(),
    name: z.string().trim().min(1).max(100).nullable(),
    /** Default win probability in percent, used when a deal has none of its own. */
    probability: z.number().int().min(0).max(100),
    kind: StageKindSchema,
  })
  .refine((s) => s.nameKey !== null || s.name !== null, { message: 'a stage needs a nameKey or a name' });
export type Stage = z.infer<typeof StageSchema>;

export const PipelineSchema = z
  .object({
    id: z.string().min(1).max(100),
    nameKey: z
      .string()
      .regex(/^pipeline\.[a-z0-9.-]+$/)
      .nullable(),
    name: z.string().trim().min(1).max(100).nullable(),
    stages: z.array(StageSchema).min(2).max(30),
    /**
     * The open stage "Add to pipeline" puts new people in (lib/domain/capture-deal.ts); absent or
     * null, or naming a stage that is gone or closed, means the first open stage.
     */
    captureStageId: z.string().min(1).max(100).nullable().optional(),
  })
  .refine((p) => new Set(p.stages.map((s) => s.id)).size === p.stages.length, { message: 'stage ids must be unique' })
  .refine((p) => p.stages.some((s) => s.kind === 'open'), { message: 'a pipeline needs an open stage' })
  .refine((p) => p.stages.some((s) => isWinKind(s.kind)), { message: 'a pipeline needs a won stage' });
export type Pipeline = z.infer<typeof PipelineSchema>;

/** Check whether being in a stage of this kind means the deal was won. */
export function isWinKind(kind: StageKind): boolean {
  return kind === 'won' || kind === 'post-sale';
}

/** Resolve the label to show: the user's text if any, else the translated key. */
export function resolveStageName(stage: Pick<Stage, 'name' | 'nameKey'>, translate: (key: string) => string): string {
  return stage.name ?? translate(stage.nameKey ?? '');
}

/** Find a stage by id. */
export function findStage(pipeline: Pipeline, stageId: string): Stage | undefined {
  return pipeline.stages.find((s) => s.id === stageId);
}

/** The first open stage: where new deals start, and the one a deal leaves only with a next step. */
export function firstOpenStage(pipeline: Pipeline): Stage | undefined {
  return pipeline.stages.find((s) => s.kind === 'open');
}

/** Build a `pipelineId → stageId → Stage` lookup once, so analytics stay linear in the number of deals. */
export function indexStages(pipelines: readonly Pipeline[]): Map<string, Map<string, Stage>> {
  const index = new Map<string, Map<string, Stage>>();
  for (const p of pipelines) index.set(p.id, new Map(p.stages.map((s) => [s.id, s])));
  return index;
}
