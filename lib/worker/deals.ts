import { DealSchema, type Deal } from '../domain/deal';
import { moveDealToStage } from '../domain/deal-stage-move';
import { firstOpenStage } from '../domain/pipeline';
import type { Result } from '../domain/result';
import type { SidecarDB } from '../db/schema';
import { runUseCase, type Call } from './use-case';

export interface NewDeal {
  personId: string;
  pipelineId: string;
  title: string;
  value: number;
  currency: string;
  expectedClose: string | null;
  companyId?: string | null;
}

const dealTables = (db: SidecarDB) => [db.deals, db.pipelines, db.prospects, db.activities];

/** Open a deal in the pipeline's first stage; it lands on the person's timeline. */
export function createDeal(db: SidecarDB, input: NewDeal, call: Call): Promise<Result<{ dealId: string }>> {
  return runUseCase(db, 'createDeal', call, dealTables(db), async () => {
    const now = call.now;
    const [pipeline, person] = await Promise.all([
      db.pipelines.get(input.pipelineId),
      db.prospects.get(input.personId),
    ]);
    const stage = pipeline && firstOpenStage(pipeline);
    if (!pipeline || !person || !stage) return { ok: false, error: 'not-found' };
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
    if (!parsed.success) return { ok: false, error: 'invalid-input', detail: parsed.error.message };
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
    return { ok: true, value: { dealId: parsed.data.id } };
  });
}

export type DealPatch = Partial<
  Pick<Deal, 'title' | 'value' | 'currency' | 'probability' | 'expectedClose' | 'nextStep'>
>;

/** Edit a deal's own fields (value, probability, expected close, next step, title); validated whole. */
export function updateDeal(
  db: SidecarDB,
  input: { dealId: string; patch: DealPatch },
  call: Call,
): Promise<Result<object>> {
  return runUseCase(db, 'updateDeal', call, [db.deals], async () => {
    const deal = await db.deals.get(input.dealId);
    if (!deal) return { ok: false, error: 'not-found' };
    const parsed = DealSchema.safeParse({ ...deal, ...input.patch, updatedAt: call.now });
    if (!parsed.success) return { ok: false, error: 'invalid-input', detail: parsed.error.message };
    await db.deals.put(parsed.data);
    return { ok: true, value: {} };
  });
}

export interface DealMove {
  dealId: string;
  toStageId: string;
  nextStep?: Deal['nextStep'];
  lostReason?: string | null;
}

/**
 * Move a deal to another stage of its pipeline. Leaving the first stage needs a next step (passed
 * here or already set); a won deal makes the person a customer. The move is on the timeline.
 */
export function moveDeal(db: SidecarDB, input: DealMove, call: Call): Promise<Result<object>> {
  return runUseCase(db, 'moveDeal', call, dealTables(db), async () => {
    const now = call.now;
    const deal = await db.deals.get(input.dealId);
    const pipeline = deal && (await db.pipelines.get(deal.pipelineId));
    if (!deal || !pipeline) return { ok: false, error: 'not-found' };
    const withStep = input.nextStep !== undefined ? { ...deal, nextStep: input.nextStep } : deal;
    const moved = moveDealToStage(withStep, input.toStageId, pipeline, now, input.lostReason);
    if (!moved.ok) return moved;
    const next = { ...moved.value, lastActivityAt: now };
    await db.deals.put(next);
    await db.activities.add({
      id: crypto.randomUUID(),
      personId: deal.personId,
      dealId: deal.id,
      at: now,
      createdAt: now,
      kind: 'stage-change',
      fromStageId: deal.stageId,
      toStageId: input.toStageId,
    });
    if (next.status === 'won') await db.prospects.update(deal.personId, { lifecycle: 'customer', updatedAt: now });
    return { ok: true, value: {} };
  });
}
