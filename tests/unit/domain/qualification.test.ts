import { describe, expect, it } from 'vitest';
import {
  answerCriterion,
  createQualification,
  isQualificationEmpty,
  QualificationSchema,
  scoreQualification,
  setQualificationStatus,
} from '../../../lib/domain/qualification';

describe('qualification', () => {
  it('starts empty, unknown everywhere, status none', () => {
    const q = createQualification();
    expect(QualificationSchema.parse(q)).toEqual(q);
    expect(isQualificationEmpty(q)).toBe(true);
    expect(scoreQualification(q).score).toBe(0);
  });

  it('scores 20 per confirmed criterion plus fit × 0.2, with reasons', () => {
    // budget yes (20) + authority no (0) + need yes (20) + timing unknown (0) + fit 73 → round(14.6) = 15 → 55
    let q = answerCriterion(createQualification(), 'budget', 'yes', 'Budget approved for Q3');
    q = answerCriterion(q, 'authority', 'no');
    q = answerCriterion(q, 'need', 'yes');
    q = { ...q, fit: 73 };
    const result = scoreQualification(q);
    expect(result.score).toBe(55);
    expect(result.reasons).toEqual([
      { key: 'qualification.reason.yes', points: 20, params: { criterion: 'budget' } },
      { key: 'qualification.reason.no', points: 0, params: { criterion: 'authority' } },
      { key: 'qualification.reason.yes', points: 20, params: { criterion: 'need' } },
      { key: 'qualification.reason.unknown', points: 0, params: { criterion: 'timing' } },
      { key: 'qualification.reason.fit', points: 15, params: { fit: 73 } },
    ]);
    expect(q.budget.note).toBe('Budget approved for Q3');
  });

  it('scores a fully qualified ideal prospect 100', () => {
    let q = createQualification();
    for (const k of ['budget', 'authority', 'need', 'timing'] as const) q = answerCriterion(q, k, 'yes');
    expect(scoreQualification({ ...q, fit: 100 }).score).toBe(100);
  });

  it('never changes status by itself, however high the score', () => {
    let q = createQualification();
    for (const k of ['budget', 'authority', 'need', 'timing'] as const) q = answerCriterion(q, k, 'yes');
    scoreQualification(q);
    expect(q.status).toBe('none');
  });

  it('records when the user changes the status, and only then', () => {
    const q = setQualificationStatus(createQualification(), 'sql', 1000);
    expect(q).toMatchObject({ status: 'sql', statusChangedAt: 1000 });
    expect(setQualificationStatus(q, 'sql', 2000).statusChangedAt).toBe(1000);
  });

  it('keeps an existing note when only the answer changes', () => {
    const q = answerCriterion(createQualification(), 'timing', 'unknown', 'Asks again in May');
    expect(answerCriterion(q, 'timing', 'yes').timing).toEqual({ answer: 'yes', note: 'Asks again in May' });
  });
});
