import { describe, expect, it } from 'vitest';
import { PipelineSchema } from '../../../lib/domain/pipeline';
import {
  createPipelineFromTemplate,
  DEFAULT_STAGE_TEMPLATE,
  listTemplateStages,
  STAGE_TEMPLATE_IDS,
} from '../../../lib/domain/stage-templates';

const summary = (id: (typeof STAGE_TEMPLATE_IDS)[number]) =>
  listTemplateStages(id).map((s) => [s.id, s.probability, s.kind]);

describe('stage templates', () => {
  it('defaults to B2B outbound with DOMAIN.md probabilities 10/20/40/60/80/100/0', () => {
    expect(DEFAULT_STAGE_TEMPLATE).toBe('b2b-outbound');
    expect(summary('b2b-outbound')).toEqual([
      ['prospecting', 10, 'open'],
      ['qualification', 20, 'open'],
      ['demo-meeting', 40, 'open'],
      ['proposal', 60, 'open'],
      ['negotiation-commitment', 80, 'open'],
      ['won', 100, 'won'],
      ['lost', 0, 'lost'],
    ]);
  });

  it('has the HubSpot-style stages 20/40/60/80/90/100/0', () => {
    expect(summary('hubspot').map(([, p]) => p)).toEqual([20, 40, 60, 80, 90, 100, 0]);
    expect(summary('hubspot').map(([id]) => id)).toEqual([
      'appointment-scheduled',
      'qualified-to-buy',
      'presentation-scheduled',
      'decision-maker-bought-in',
      'contract-sent',
      'closed-won',
      'closed-lost',
    ]);
  });

  it('has the classic five steps, Delivery as post-sale, plus Lost', () => {
    expect(summary('classic-five')).toEqual([
      ['prospecting', 10, 'open'],
      ['qualification', 20, 'open'],
      ['consideration', 40, 'open'],
      ['decision', 70, 'open'],
      ['delivery', 100, 'post-sale'],
      ['lost', 0, 'lost'],
    ]);
  });

  it('has lead-to-close, Close as the won step, plus Lost', () => {
    expect(summary('lead-to-close')).toEqual([
      ['lead', 10, 'open'],
      ['first-sales-call', 20, 'open'],
      ['presentation-meeting', 40, 'open'],
      ['follow-up', 60, 'open'],
      ['close', 100, 'won'],
      ['lost', 0, 'lost'],
    ]);
  });

  it.each(STAGE_TEMPLATE_IDS)('%s: valid pipeline, translatable names, no user text', (id) => {
    const pipeline = createPipelineFromTemplate(id, `pipe-${id}`);
    expect(PipelineSchema.parse(pipeline)).toEqual(pipeline);
    expect(pipeline.nameKey).toMatch(/^pipeline\./);
    for (const stage of pipeline.stages) {
      expect(stage.name).toBeNull();
      expect(stage.nameKey).toMatch(/^stage\.[a-z0-9-]+\.[a-z-]+$/);
    }
  });

  it('uses message keys such as stage.b2b.prospecting', () => {
    expect(listTemplateStages('b2b-outbound')[0]?.nameKey).toBe('stage.b2b.prospecting');
  });
});
