import { DealSchema, type Deal } from '../../domain/deal';
import { moveDealToStage } from '../../domain/deal-stage-move';
import { firstOpenStage } from '../../domain/pipeline';
import type { Result } from '../../domain/result';
import type { SidecarDB } from '../schema';
import type { DealRow } from '../rows';

export interface NewDeal {
  personId: string;
  pipelineId: string;
  title: string;
  value: number;
  currency: string;
  expectedClose: string | null;
  companyId?: string | null;
}

/** Open a deal in the pipeline's first stage; it lands on the person's timeline. */
export async function createDeal(
  db: SidecarDB,
  input: NewDeal,
  now: number,
): Promise<Result<DealRow, 'not-found' | 'invalid-input'>> {
  return db.transaction('rw', db.deals, db.pipelines, db.prospects, db.activities, async () => {
    const [pipeline, person] = await Promise.all([
      db.pipelines.get(input.pipelineId),
      db.prospects.get(input.personId),
    ]);
    const stage = pipeline && firstOpenStage(pipeline);
    if (!pipeline || !person || !stage) return { ok: false, error: 'not-found' } as const;
    const parsed = DealSchema.safeParse({
      id: crypto.randomUUID(),
      personId: person.id,
      companyId: input.companyId ?? person.companyId,
      pipelineId: pipeline.id,
      stageId: stage.id,
      title: input.title,
      value: input.value,
      currency: input.currency,
      probability: null,
      expectedClose: input.expectedClose,
      nextStep: null,
      status: 'open',
      lostReason: null,
      wonAt: null,
      lostAt: null,
      stageHistory: [{ stageId: stage.id, enteredAt: now, leftAt: null }],
      createdAt: now,
      updatedAt: now,
      lastActivityAt: now,
    });
    if (!parsed.success) return { ok: false, error: 'invalid-input', detail: parsed.error.message } as const;
    await db.deals.add(parsed.data);
    await db.activities.add({
      id: crypto.randomUUID(),
      personId: person.id,
      dealId: parsed.data.id,
      at: now,
      createdAt: now,
      kind: 'stage-change',
      fromStageId: null,
      toStageId: stage.id,
    });
    return { ok: true, value: parsed.data } as const;
  });
}

/** Edit a deal's own fields (value, probability, expected close, next step, title); validated whole. */
export async function updateDeal(
  db: SidecarDB,
  dealId: string,
  patch: Partial<Pick<Deal, 'title' | 'value' | 'currency' | 'probability' | 'expectedClose' | 'nextStep'>>,
  now: number,
): Promise<Result<DealRow, 'not-found' | 'invalid-input'>> {
  return db.transaction('rw', db.deals, async () => {
    const deal = await db.deals.get(dealId);
    if (!deal) return { ok: false, error: 'not-found' } as const;
    const parsed = DealSchema.safeParse({ ...deal, ...patch, updatedAt: now });
    if (!parsed.success) return { ok: false, error: 'invalid-input', detail: parsed.error.message } as const;
    await db.deals.put(parsed.data);
    return { ok: true, value: parsed.data } as const;
  });
}

/**
 * Move a deal to another stage of its pipeline. Leaving the first stage needs a next step (passed
 * here or already set); a won deal makes the person a customer. The move is on the timeline.
 */
export async function moveDeal(
  db: SidecarDB,
  dealId: string,
  toStageId: string,
  now: number,
  extra: { nextStep?: Deal['nextStep']; lostReason?: string | null } = {},
): Promise<Result<DealRow, string>> {
  return db.transaction('rw', db.deals, db.pipelines, db.prospects, db.activities, async () => {
    const deal = await db.deals.get(dealId);
    const pipeline = deal && (await db.pipelines.get(deal.pipelineId));
    if (!deal || !pipeline) return { ok: false, error: 'not-found' };
    const withStep = extra.nextStep !== undefined ? { ...deal, nextStep: extra.nextStep } : deal;
    const moved = moveDealToStage(withStep, toStageId, pipeline, now, extra.lostReason);
    if (!moved.ok) return moved;
    const next = { ...moved.value, lastActivityAt: now };
    await db.deals.put(next);
    await db.activities.add({
      id: crypto.randomUUID(),
      personId: deal.personId,
      dealId,
      at: now,
      createdAt: now,
      kind: 'stage-change',
      fromStageId: deal.stageId,
      toStageId,
    });
    if (next.status === 'won') await db.prospects.update(deal.personId, { lifecycle: 'customer', updatedAt: now });
    return { ok: true, value: next };
  });
}
