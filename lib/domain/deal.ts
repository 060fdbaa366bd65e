import { z } from 'zod';
import { IdSchema, IsoDateSchema } from './entity-fields';
import { EpochSchema } from './epoch';
import { CurrencyCodeSchema, MinorUnitsSchema } from './money';
import type { Stage } from './pipeline';

export const DealStatusSchema = z.enum(['open', 'won', 'lost']);
export type DealStatus = z.infer<typeof DealStatusSchema>;

/** What happens next and when: every open deal past the first stage must have one (DOMAIN.md). */
export const NextStepSchema = z.object({
  text: z.string().trim().min(1).max(500),
  dueAt: EpochSchema,
});
export type NextStep = z.infer<typeof NextStepSchema>;

/** One stay in a stage; `leftAt` is null for the current one. */
export const StageVisitSchema = z.object({
  stageId: z.string().min(1),
  enteredAt: EpochSchema,
  leftAt: EpochSchema.nullable(),
});
export type StageVisit = z.infer<typeof StageVisitSchema>;

export const DealSchema = z
  .object({
    id: IdSchema,
    personId: IdSchema,
    companyId: IdSchema.nullable(),
    pipelineId: z.string().min(1),
    stageId: z.string().min(1),
    title: z.string().trim().min(1).max(300),
    /** Integer minor units of `currency` (12 345,67 zł → 1234567 with PLN). */
    value: MinorUnitsSchema,
    currency: CurrencyCodeSchema,
    /** Percent; null means "use the stage's default". */
    probability: z.number().int().min(0).max(100).nullable(),
    expectedClose: IsoDateSchema.nullable(),
    nextStep: NextStepSchema.nullable(),
    status: DealStatusSchema,
    lostReason: z.string().trim().min(1).max(500).nullable(),
    wonAt: EpochSchema.nullable(),
    lostAt: EpochSchema.nullable(),
    stageHistory: z.array(StageVisitSchema).max(500),
    createdAt: EpochSchema,
    updatedAt: EpochSchema,
    lastActivityAt: EpochSchema.nullable(),
  })
  .refine((d) => (d.status === 'won') === (d.wonAt !== null), { message: 'wonAt is set exactly when won' })
  .refine((d) => (d.status === 'lost') === (d.lostAt !== null), { message: 'lostAt is set exactly when lost' });
export type Deal = z.infer<typeof DealSchema>;

/** The probability that counts: a closed deal is certain, else the deal's own, else the stage default. */
export function effectiveProbability(
  deal: Pick<Deal, 'status' | 'probability'>,
  stage: Pick<Stage, 'probability'> | undefined,
): number {
  if (deal.status === 'won') return 100;
  if (deal.status === 'lost') return 0;
  return deal.probability ?? stage?.probability ?? 0;
}

/** The instant a deal ended, or null while it is open. */
export function closedAt(deal: Pick<Deal, 'wonAt' | 'lostAt'>): number | null {
  return deal.wonAt ?? deal.lostAt;
}

/**
 * The deal a person's status names (the page overlay and the side panel alike): their most recently
 * updated open deal, or undefined when they have none.
 */
export function statusDealOf<D extends Pick<Deal, 'status' | 'updatedAt'>>(deals: readonly D[]): D | undefined {
  let best: D | undefined;
  for (const d of deals) if (d.status === 'open' && (best === undefined || d.updatedAt > best.updatedAt)) best = d;
  return best;
}
