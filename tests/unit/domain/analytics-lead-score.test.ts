import { describe, expect, it } from 'vitest';
import { scoreLead } from '../../../lib/domain/analytics-lead-score';
import { answerCriterion, createQualification } from '../../../lib/domain/qualification';
import { activitiesOfP, email, makeDeal, makePerson, NOW, uuid } from './make-entities';

describe('scoreLead', () => {
  it('adds qualification, engagement, fit and an open deal, with reasons', () => {
    // BANT: budget yes +10, authority no −10, need yes +10 = 10; touches 7 × 2 = 14; replies 3 × 8 = 24;
    // fit 80 × 0.15 = 12; open deal +5 → 10 + 14 + 24 + 12 + 5 = 65.
    let q = answerCriterion(createQualification(), 'budget', 'yes');
    q = answerCriterion(q, 'authority', 'no');
    q = answerCriterion(q, 'need', 'yes');
    const person = makePerson({ id: uuid(1), displayName: 'Олена Коваль', qualification: { ...q, fit: 80 } });
    const result = scoreLead(person, activitiesOfP, [makeDeal({ personId: uuid(1) })]);
    expect(result.score).toBe(65);
    expect(result.reasons).toEqual([
      { key: 'lead.reason.bant-yes', points: 10, params: { criterion: 'budget' } },
      { key: 'lead.reason.bant-no', points: -10, params: { criterion: 'authority' } },
      { key: 'lead.reason.bant-yes', points: 10, params: { criterion: 'need' } },
      { key: 'lead.reason.touches', points: 14, params: { count: 7 } },
      { key: 'lead.reason.replies', points: 24, params: { count: 3 } },
      { key: 'lead.reason.fit', points: 12, params: { fit: 80 } },
      { key: 'lead.reason.open-deal', points: 5, params: {} },
    ]);
  });

  it('caps touches at 8 and replies at 3, and scores a perfect lead 100', () => {
    // 4 × 10 + min(12, 8) × 2 + min(5, 3) × 8 + 100 × 0.15 + 5 = 40 + 16 + 24 + 15 + 5 = 100
    let q = createQualification();
    for (const k of ['budget', 'authority', 'need', 'timing'] as const) q = answerCriterion(q, k, 'yes');
    const person = makePerson({ id: uuid(1), qualification: { ...q, fit: 100 } });
    const acts = [
      ...Array.from({ length: 12 }, (_, i) => email(uuid(1), NOW + i, 'sent')),
      ...Array.from({ length: 5 }, (_, i) => email(uuid(1), NOW + i, 'received')),
    ];
    const result = scoreLead(person, acts, [makeDeal({ personId: uuid(1) })]);
    expect(result.score).toBe(100);
    expect(result.reasons.find((r) => r.key === 'lead.reason.touches')).toEqual({
      key: 'lead.reason.touches',
      points: 16,
      params: { count: 12 },
    });
  });

  it('never goes below 0, and ignores other people and closed deals', () => {
    let q = createQualification();
    for (const k of ['budget', 'authority', 'need', 'timing'] as const) q = answerCriterion(q, k, 'no');
    const person = makePerson({ id: uuid(1), displayName: 'İlker Yılmaz', qualification: q });
    const result = scoreLead(
      person,
      [email(uuid(2), NOW, 'received')],
      [makeDeal({ personId: uuid(1), status: 'lost', lostAt: 1 }), makeDeal({ personId: uuid(2) })],
    );
    expect(result.score).toBe(0);
    expect(result.reasons).toHaveLength(4);
  });

  it('scores a fresh prospect 0 with no reasons', () => {
    expect(scoreLead(makePerson({ displayName: 'สมชาย ใจดี' }), [], [])).toEqual({ score: 0, reasons: [] });
  });
});
