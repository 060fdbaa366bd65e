import { describe, expect, it } from 'vitest';
import {
  findStage,
  firstOpenStage,
  indexStages,
  isWinKind,
  PipelineSchema,
  resolveStageName,
  StageSchema,
} from '../../../lib/domain/pipeline';
import { createPipelineFromTemplate } from '../../../lib/domain/stage-templates';

const pipeline = createPipelineFromTemplate('b2b-outbound', 'p1');

describe('pipeline', () => {
  it('shows the user name over the translated key', () => {
    const t = (key: string) => (key === 'stage.b2b.prospecting' ? 'Poszukiwanie' : key);
    const stage = pipeline.stages[0]!;
    expect(resolveStageName(stage, t)).toBe('Poszukiwanie');
    expect(resolveStageName({ ...stage, name: 'Холодні контакти' }, t)).toBe('Холодні контакти');
  });

  it('requires a name or a key on each stage', () => {
    expect(StageSchema.safeParse({ id: 'x', nameKey: null, name: null, probability: 10, kind: 'open' }).success).toBe(
      false,
    );
    expect(
      StageSchema.safeParse({ id: 'x', nameKey: null, name: 'การนำเสนอ', probability: 10, kind: 'open' }).success,
    ).toBe(true);
  });

  it('rejects duplicate ids, no open stage, no won stage', () => {
    const [a, b] = pipeline.stages;
    expect(PipelineSchema.safeParse({ ...pipeline, stages: [a, a, pipeline.stages[5]] }).success).toBe(false);
    expect(PipelineSchema.safeParse({ ...pipeline, stages: pipeline.stages.slice(5) }).success).toBe(false);
    expect(PipelineSchema.safeParse({ ...pipeline, stages: [a, b] }).success).toBe(false);
  });

  it('treats won and post-sale as won', () => {
    expect(isWinKind('won')).toBe(true);
    expect(isWinKind('post-sale')).toBe(true);
    expect(isWinKind('open')).toBe(false);
    expect(isWinKind('lost')).toBe(false);
  });

  it('finds stages and the first open stage', () => {
    expect(findStage(pipeline, 'proposal')?.probability).toBe(60);
    expect(findStage(pipeline, 'nope')).toBeUndefined();
    expect(firstOpenStage(pipeline)?.id).toBe('prospecting');
  });

  it('indexes stages by pipeline and id', () => {
    const index = indexStages([pipeline, createPipelineFromTemplate('hubspot', 'p2')]);
    expect(index.get('p2')?.get('contract-sent')?.probability).toBe(90);
  });
});
