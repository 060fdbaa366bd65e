import { describe, expect, it } from 'vitest';
import { captureStageRef, foldStageName, matchStageByName, stageSearchOrder } from '@/lib/domain/import-deal';
import type { Pipeline } from '@/lib/domain/pipeline';
import { createPipelineFromTemplate } from '@/lib/domain/stage-templates';

const NAMES: Record<string, string[]> = {
  'stage.b2b.proposal': ['Proposal', 'Oferta', 'Пропозиція'],
  'stage.b2b.won': ['Won', 'Wygrana', 'Kazanıldı'],
};
const namesOf = (key: string) => NAMES[key] ?? [];

const b2b = createPipelineFromTemplate('b2b-outbound', 'p1');
const mine: Pipeline = {
  id: 'p2',
  nameKey: null,
  name: 'Partners',
  stages: [
    { id: 'intro', nameKey: null, name: 'İlk Görüşme', probability: 10, kind: 'open' },
    { id: 'signed', nameKey: null, name: 'Signed  deal', probability: 100, kind: 'won' },
  ],
};

describe('import stages (lib/domain/import-deal.ts)', () => {
  it('folds case in any script, spacing and the dotted capital I', () => {
    expect(foldStageName('  ПРОПОЗИЦІЯ ')).toBe('пропозиція');
    expect(foldStageName('İlk  görüşme')).toBe(foldStageName('ilk Görüşme'));
  });

  it('finds a template stage by its name in any language, and the user’s own names', () => {
    expect(matchStageByName([b2b, mine], 'oferta', namesOf)).toEqual({ pipelineId: 'p1', stageId: 'proposal' });
    expect(matchStageByName([b2b, mine], 'пропозиція', namesOf)).toEqual({ pipelineId: 'p1', stageId: 'proposal' });
    expect(matchStageByName([b2b, mine], 'KAZANILDI', namesOf)).toEqual({ pipelineId: 'p1', stageId: 'won' });
    expect(matchStageByName([b2b, mine], 'signed deal', namesOf)).toEqual({ pipelineId: 'p2', stageId: 'signed' });
    expect(matchStageByName([b2b, mine], 'ilk görüşme', namesOf)).toEqual({ pipelineId: 'p2', stageId: 'intro' });
  });

  it('a renamed template stage answers to its new name only; unknown or empty names match nothing', () => {
    const renamed: Pipeline = {
      ...b2b,
      stages: b2b.stages.map((s) => (s.id === 'proposal' ? { ...s, name: 'Quote sent' } : s)),
    };
    expect(matchStageByName([renamed], 'Quote Sent', namesOf)).toEqual({ pipelineId: 'p1', stageId: 'proposal' });
    expect(matchStageByName([renamed], 'Proposal', namesOf)).toBeNull();
    expect(matchStageByName([b2b], 'Discovery', namesOf)).toBeNull();
    expect(matchStageByName([b2b], '  ', namesOf)).toBeNull();
  });

  it('looks in the capture pipeline first; a row without a stage lands in its capture stage', () => {
    const settings = { capture: { deals: true, pipelineId: 'p2' } };
    expect(stageSearchOrder([b2b, mine], settings).map((p) => p.id)).toEqual(['p2', 'p1']);
    expect(captureStageRef([b2b, mine], settings)).toEqual({ pipelineId: 'p2', stageId: 'intro' });
    expect(captureStageRef([b2b, mine], {})).toEqual({ pipelineId: 'p1', stageId: 'prospecting' });
  });
});
