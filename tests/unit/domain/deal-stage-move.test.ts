import { describe, expect, it } from 'vitest';
import { DealSchema } from '../../../lib/domain/deal';
import { moveDealToStage, statusForStage, validateStageMove } from '../../../lib/domain/deal-stage-move';
import { createPipelineFromTemplate } from '../../../lib/domain/stage-templates';
import { DAY, makeDeal, NOW } from './make-entities';

const pipeline = createPipelineFromTemplate('b2b-outbound', 'p1');
const nextStep = { text: 'Zadzwonić po demo', dueAt: NOW + DAY };
const start = makeDeal({ stageHistory: [{ stageId: 'prospecting', enteredAt: NOW - 10 * DAY, leftAt: null }] });

describe('validateStageMove', () => {
  it('needs a next step to leave the first stage', () => {
    expect(validateStageMove(start, 'qualification', pipeline)).toEqual({ ok: false, error: 'next-step-required' });
    expect(validateStageMove({ ...start, nextStep }, 'qualification', pipeline).ok).toBe(true);
  });

  it('needs a next step for any later open stage too, but not to win or lose', () => {
    const later = { ...start, stageId: 'proposal' };
    expect(validateStageMove(later, 'negotiation-commitment', pipeline)).toMatchObject({
      ok: false,
      error: 'next-step-required',
    });
    expect(validateStageMove(later, 'won', pipeline)).toMatchObject({ ok: true, value: { status: 'won' } });
    expect(validateStageMove(later, 'lost', pipeline)).toMatchObject({ ok: true, value: { status: 'lost' } });
    expect(validateStageMove(later, 'prospecting', pipeline).ok).toBe(true);
  });

  it('asks for a lost reason when the caller passes null for it', () => {
    expect(validateStageMove(start, 'lost', pipeline, null)).toMatchObject({
      ok: false,
      error: 'lost-reason-required',
    });
    expect(validateStageMove(start, 'lost', pipeline, 'Za drogo').ok).toBe(true);
  });

  it('rejects unknown stages, the same stage, and another pipeline', () => {
    expect(validateStageMove(start, 'nope', pipeline)).toMatchObject({ ok: false, error: 'unknown-stage' });
    expect(validateStageMove(start, 'prospecting', pipeline)).toMatchObject({ ok: false, error: 'same-stage' });
    expect(validateStageMove({ ...start, pipelineId: 'p2' }, 'won', pipeline)).toMatchObject({
      ok: false,
      error: 'wrong-pipeline',
    });
  });

  it('derives status from the stage kind, post-sale counting as won', () => {
    const classic = createPipelineFromTemplate('classic-five', 'c');
    expect(classic.stages.map(statusForStage)).toEqual(['open', 'open', 'open', 'open', 'won', 'lost']);
  });
});

describe('moveDealToStage', () => {
  it('closes the current visit, opens a new one and clears the probability override', () => {
    const moved = moveDealToStage({ ...start, nextStep, probability: 15 }, 'qualification', pipeline, NOW);
    expect(moved.ok).toBe(true);
    if (!moved.ok) return;
    expect(moved.value.stageHistory).toEqual([
      { stageId: 'prospecting', enteredAt: NOW - 10 * DAY, leftAt: NOW },
      { stageId: 'qualification', enteredAt: NOW, leftAt: null },
    ]);
    expect(moved.value).toMatchObject({ stageId: 'qualification', probability: null, status: 'open', updatedAt: NOW });
    expect(DealSchema.safeParse(moved.value).success).toBe(true);
  });

  it('sets wonAt on a win and lostAt with the reason on a loss, clearing them on reopening', () => {
    const won = moveDealToStage(start, 'won', pipeline, NOW);
    expect(won.ok && won.value).toMatchObject({ status: 'won', wonAt: NOW, lostAt: null });
    const lost = moveDealToStage(start, 'lost', pipeline, NOW, 'Выбрали конкурента');
    expect(lost.ok && lost.value).toMatchObject({
      status: 'lost',
      lostAt: NOW,
      lostReason: 'Выбрали конкурента',
      wonAt: null,
    });
    if (!lost.ok) return;
    const reopened = moveDealToStage(lost.value, 'prospecting', pipeline, NOW + DAY);
    expect(reopened.ok && reopened.value).toMatchObject({ status: 'open', lostAt: null, lostReason: null });
    expect(reopened.ok && DealSchema.safeParse(reopened.value).success).toBe(true);
  });

  it('returns the validation error without changing anything', () => {
    expect(moveDealToStage(start, 'proposal', pipeline, NOW)).toEqual({ ok: false, error: 'next-step-required' });
  });
});
