import { describe, expect, it } from 'vitest';
import {
  addStage,
  applyStageRemoval,
  removeStage,
  renameStage,
  reorderStages,
} from '../../../lib/domain/pipeline-edit';
import { createPipelineFromTemplate } from '../../../lib/domain/stage-templates';
import { makeDeal, NOW, uuid } from './make-entities';

const pipeline = createPipelineFromTemplate('b2b-outbound', 'p1');
const ids = pipeline.stages.map((s) => s.id);

describe('pipeline edits', () => {
  it('renames a stage with user text, and resets to the key with null or blank', () => {
    const renamed = renameStage(pipeline, 'proposal', '  Oferta  ');
    expect(renamed.ok && renamed.value.stages[3]).toMatchObject({ name: 'Oferta', nameKey: 'stage.b2b.proposal' });
    const reset = renamed.ok ? renameStage(renamed.value, 'proposal', '  ') : renamed;
    expect(reset.ok && reset.value.stages[3]?.name).toBeNull();
    expect(renameStage(pipeline, 'nope', 'x')).toEqual({ ok: false, error: 'unknown-stage', detail: 'nope' });
  });

  it('reorders when every stage is listed once', () => {
    const order = [ids[1]!, ids[0]!, ...ids.slice(2)];
    const result = reorderStages(pipeline, order);
    expect(result.ok && result.value.stages.map((s) => s.id)).toEqual(order);
    expect(reorderStages(pipeline, ids.slice(1))).toMatchObject({ ok: false, error: 'invalid-order' });
    expect(reorderStages(pipeline, [...ids.slice(1), ids[1]!])).toMatchObject({ ok: false, error: 'invalid-order' });
    expect(reorderStages(pipeline, [...ids.slice(1), 'other'])).toMatchObject({ ok: false, error: 'unknown-stage' });
  });

  it('adds a stage before the closed ones by default, or at an index', () => {
    const stage = { id: 'pilot', nameKey: null, name: 'Pilot', probability: 70, kind: 'open' as const };
    const added = addStage(pipeline, stage);
    expect(added.ok && added.value.stages.map((s) => s.id).indexOf('pilot')).toBe(5);
    const first = addStage(pipeline, stage, 0);
    expect(first.ok && first.value.stages[0]?.id).toBe('pilot');
    expect(addStage(pipeline, { ...stage, id: 'proposal' })).toMatchObject({ ok: false, error: 'invalid-pipeline' });
  });

  it('plans a removal that reassigns every deal in the stage', () => {
    const deals = [
      makeDeal({ id: uuid(1), stageId: 'proposal' }),
      makeDeal({ id: uuid(2), stageId: 'proposal' }),
      makeDeal({ id: uuid(3), stageId: 'prospecting' }),
      makeDeal({ id: uuid(4), stageId: 'proposal', pipelineId: 'other' }),
    ];
    const plan = removeStage(pipeline, 'proposal', 'negotiation-commitment', deals);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.value.pipeline.stages.map((s) => s.id)).not.toContain('proposal');
    expect(plan.value.moves).toEqual([
      { dealId: uuid(1), fromStageId: 'proposal', toStageId: 'negotiation-commitment' },
      { dealId: uuid(2), fromStageId: 'proposal', toStageId: 'negotiation-commitment' },
    ]);
    const applied = applyStageRemoval(plan.value, deals, NOW);
    expect(applied).toHaveLength(4);
    expect(applied.map((d) => d.stageId)).toEqual([
      'negotiation-commitment',
      'negotiation-commitment',
      'prospecting',
      'proposal',
    ]);
    expect(applied[0]?.stageHistory.at(-1)).toEqual({
      stageId: 'negotiation-commitment',
      enteredAt: NOW,
      leftAt: null,
    });
  });

  it('refuses removals that could lose or change a deal', () => {
    expect(removeStage(pipeline, 'proposal', 'proposal')).toMatchObject({ ok: false, error: 'same-stage' });
    expect(removeStage(pipeline, 'proposal', 'won')).toMatchObject({ ok: false, error: 'kind-mismatch' });
    expect(removeStage(pipeline, 'lost', 'proposal')).toMatchObject({ ok: false, error: 'kind-mismatch' });
    expect(removeStage(pipeline, 'proposal', 'gone')).toMatchObject({ ok: false, error: 'unknown-stage' });
    expect(removeStage(pipeline, 'gone', 'proposal')).toMatchObject({ ok: false, error: 'unknown-stage' });
  });

  it('lets won deals move to a post-sale stage', () => {
    const withDelivery = addStage(
      pipeline,
      { id: 'onboarding', nameKey: null, name: 'Onboarding', probability: 100, kind: 'post-sale' },
      6,
    );
    expect(withDelivery.ok).toBe(true);
    if (!withDelivery.ok) return;
    expect(removeStage(withDelivery.value, 'won', 'onboarding').ok).toBe(true);
  });

  it('never removes the last open stage or the last won stage', () => {
    let p = createPipelineFromTemplate('lead-to-close', 'p3');
    for (const id of ['lead', 'first-sales-call', 'presentation-meeting']) {
      const r = removeStage(p, id, 'follow-up');
      expect(r.ok).toBe(true);
      if (r.ok) p = r.value.pipeline;
    }
    expect(p.stages.filter((s) => s.kind === 'open').map((s) => s.id)).toEqual(['follow-up']);
    expect(removeStage(p, 'follow-up', 'close')).toMatchObject({ ok: false, error: 'kind-mismatch' });
    expect(removeStage(p, 'close', 'follow-up')).toMatchObject({ ok: false, error: 'kind-mismatch' });
  });
});
