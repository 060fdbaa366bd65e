import { z } from 'zod';
import { EpochSchema } from './epoch';
import { sumReasons, type ScoreReason, type ScoreWithReasons } from './score-reason';

/** A BANT criterion is answered after talking to the prospect; "unknown" until then. */
export const BantAnswerSchema = z.enum(['unknown', 'yes', 'no']);
export type BantAnswer = z.infer<typeof BantAnswerSchema>;

export const BantCriterionSchema = z.object({
  answer: BantAnswerSchema,
  note: z.string().max(2000),
});
export type BantCriterion = z.infer<typeof BantCriterionSchema>;

export const BANT_CRITERIA = ['budget', 'authority', 'need', 'timing'] as const;
export type BantKey = (typeof BANT_CRITERIA)[number];

/** none → mql (marketing-qualified) → sql (sales-accepted after an honest conversation). */
export const QualificationStatusSchema = z.enum(['none', 'mql', 'sql']);
export type QualificationStatus = z.infer<typeof QualificationStatusSchema>;

export const QualificationSchema = z.object({
  budget: BantCriterionSchema,
  authority: BantCriterionSchema,
  need: BantCriterionSchema,
  timing: BantCriterionSchema,
  /** How well the prospect matches the ideal customer, 0–100, set by the user; null = not assessed. */
  fit: z.number().int().min(0).max(100).nullable(),
  status: QualificationStatusSchema,
  /** When the user last changed `status`; null while it is still the initial "none". */
  statusChangedAt: EpochSchema.nullable(),
});
export type Qualification = z.infer<typeof QualificationSchema>;

const UNKNOWN: BantCriterion = { answer: 'unknown', note: '' };

/** A fresh, unanswered checklist. */
export function createQualification(): Qualification {
  return {
    budget: UNKNOWN,
    authority: UNKNOWN,
    need: UNKNOWN,
    timing: UNKNOWN,
    fit: null,
    status: 'none',
    statusChangedAt: null,
  };
}

// Weights: each confirmed BANT criterion 20, fit up to 20, so a fully qualified, ideal prospect is 100.
// "no" and "unknown" give 0 here; the lead score (analytics-lead-score.ts) is where "no" costs points.
const POINTS_PER_YES = 20;
const FIT_WEIGHT = 0.2;

/** Score the checklist 0–100 with the reasons behind it; never changes the status. */
export function scoreQualification(q: Qualification): ScoreWithReasons {
  const reasons: ScoreReason[] = [];
  for (const criterion of BANT_CRITERIA) {
    const answer = q[criterion].answer;
    reasons.push({
      key: `qualification.reason.${answer}`,
      points: answer === 'yes' ? POINTS_PER_YES : 0,
      params: { criterion },
    });
  }
  if (q.fit === null) reasons.push({ key: 'qualification.reason.fit-unknown', points: 0, params: {} });
  else
    reasons.push({ key: 'qualification.reason.fit', points: Math.round(q.fit * FIT_WEIGHT), params: { fit: q.fit } });
  return sumReasons(reasons);
}

/** Answer one BANT criterion. */
export function answerCriterion(q: Qualification, key: BantKey, answer: BantAnswer, note?: string): Qualification {
  return { ...q, [key]: { answer, note: note ?? q[key].note } };
}

/**
 * Set the status because the user said so. The product never promotes a prospect by itself, whatever
 * the score: qualification happens in a conversation, the score only informs it.
 */
export function setQualificationStatus(q: Qualification, status: QualificationStatus, now: number): Qualification {
  return q.status === status ? q : { ...q, status, statusChangedAt: now };
}

/** Check whether nothing has been answered yet (used when merging two people). */
export function isQualificationEmpty(q: Qualification): boolean {
  return (
    q.status === 'none' && q.fit === null && BANT_CRITERIA.every((k) => q[k].answer === 'unknown' && q[k].note === '')
  );
}
