import { describe, expect, it } from 'vitest';
import {
  captureDealTitle,
  captureStageOf,
  capturesOpenDeals,
  planCaptureDeal,
  type CaptureDealInput,
} from '../../../lib/domain/capture-deal';
import { DEFAULT_SETTINGS } from '../../../lib/domain/settings';
import { createPipelineFromTemplate } from '../../../lib/domain/stage-templates';

const b2b = createPipelineFromTemplate('b2b-outbound', 'p1');
const calls = createPipelineFromTemplate('lead-to-close', 'p2');
const texts = { newDeal: 'Nowa transakcja', firstTouch: 'Pierwszy kontakt' };
// Friday 2026-03-13 15:00 in Warsaw: the next working day is Monday 16th, 09:00 local (08:00 UTC).
const FRIDAY = Date.parse('2026-03-13T15:00:00+01:00');
const input = (over: Partial<CaptureDealInput> = {}): CaptureDealInput => ({
  person: { company: null },
  pipelines: [b2b, calls],
  settings: { ...DEFAULT_SETTINGS, workingTime: { ...DEFAULT_SETTINGS.workingTime, timeZone: 'Europe/Warsaw' } },
  hasOpenDeal: false,
  origin: { kind: 'click' },
  texts,
  now: FRIDAY,
  ...over,
});

describe('planCaptureDeal', () => {
  it('opens a deal in the first pipeline’s first stage, titled "New deal", first touch the next working morning', () => {
    expect(planCaptureDeal(input())).toEqual({
      pipelineId: 'p1',
      stageId: 'prospecting',
      title: 'Nowa transakcja',
      nextStep: { text: 'Pierwszy kontakt', dueAt: Date.parse('2026-03-16T09:00:00+01:00') },
    });
  });

  it('titles the deal with the company, so the card names the person only once', () => {
    expect(planCaptureDeal(input({ person: { company: '  Quillfeather ' } }))?.title).toBe('Quillfeather');
    expect(captureDealTitle({ company: '' }, texts)).toBe('Nowa transakcja');
  });

  it('uses the stage a pipeline names for captures, and the first open stage when that is gone or closed', () => {
    expect(captureStageOf({ ...b2b, captureStageId: 'qualification' })?.id).toBe('qualification');
    expect(captureStageOf({ ...b2b, captureStageId: 'won' })?.id).toBe('prospecting');
    expect(captureStageOf({ ...b2b, captureStageId: 'removed' })?.id).toBe('prospecting');
    expect(captureStageOf({ ...b2b, captureStageId: null })?.id).toBe('prospecting');
  });

  it('goes to the pipeline the settings name', () => {
    const settings = { ...input().settings, capture: { deals: true, pipelineId: 'p2' } };
    expect(planCaptureDeal(input({ settings }))).toMatchObject({ pipelineId: 'p2', stageId: 'lead' });
  });

  it('opens nothing for contacts only, for someone already on the board, or without a pipeline', () => {
    const contactsOnly = { ...input().settings, capture: { deals: false, pipelineId: null } };
    expect(planCaptureDeal(input({ settings: contactsOnly }))).toBeNull();
    expect(planCaptureDeal(input({ hasOpenDeal: true }))).toBeNull();
    expect(planCaptureDeal(input({ pipelines: [] }))).toBeNull();
  });

  it('lets an import open deals only with a mapped stage column or when the user asks', () => {
    const settings = { capture: { deals: true, pipelineId: null } };
    const imported = (stageColumnMapped: boolean, userAskedForDeals: boolean) =>
      capturesOpenDeals({ kind: 'import', stageColumnMapped, userAskedForDeals }, settings);
    expect(imported(false, false)).toBe(false);
    expect(imported(true, false)).toBe(true);
    expect(imported(false, true)).toBe(true);
    expect(capturesOpenDeals({ kind: 'click' }, {})).toBe(true);
  });
});
