import type { Activity } from './activity';
import { countTouches, TOUCHES_FOR_VIABLE_LEAD } from './analytics-touches';
import type { Deal } from './deal';
import type { Person } from './person';
import { BANT_CRITERIA } from './qualification';
import { sumReasons, type ScoreReason, type ScoreWithReasons } from './score-reason';

// Weights, chosen so the maxima add up to 100 and each part can be explained in one line:
//   qualification: BANT "yes" +10 each (40), "no" −10 each (a known blocker should pull the score down)
//   engagement:    +2 per touch up to the 8 touches DOMAIN.md says a lead takes (16),
//                  +8 per reply up to 3 (24): a reply says more than any touch we make
//   fit:           fit score × 0.15 (15)
//   deal:          an open deal +5
export const LEAD_SCORE_WEIGHTS = {
  bantYes: 10,
  bantNo: -10,
  perTouch: 2,
  maxTouches: TOUCHES_FOR_VIABLE_LEAD.max,
  perReply: 8,
  maxReplies: 3,
  fitFactor: 0.15,
  openDeal: 5,
} as const;

/**
 * Transparent lead score 0–100 from qualification, engagement and fit. Reasons are message keys with
 * parameters so the UI can explain the number in the user's language. Informs, never qualifies.
 */
export function scoreLead(
  person: Pick<Person, 'id' | 'qualification'>,
  activities: readonly Activity[],
  deals: readonly Pick<Deal, 'personId' | 'status'>[],
): ScoreWithReasons {
  const w = LEAD_SCORE_WEIGHTS;
  const reasons: ScoreReason[] = [];
  for (const criterion of BANT_CRITERIA) {
    const answer = person.qualification[criterion].answer;
    if (answer === 'yes') reasons.push({ key: 'lead.reason.bant-yes', points: w.bantYes, params: { criterion } });
    if (answer === 'no') reasons.push({ key: 'lead.reason.bant-no', points: w.bantNo, params: { criterion } });
  }
  const own = activities.filter((a) => a.personId === person.id);
  const { touches, replies } = countTouches(own);
  if (touches > 0) {
    const counted = Math.min(touches, w.maxTouches);
    reasons.push({ key: 'lead.reason.touches', points: counted * w.perTouch, params: { count: touches } });
  }
  if (replies > 0) {
    const counted = Math.min(replies, w.maxReplies);
    reasons.push({ key: 'lead.reason.replies', points: counted * w.perReply, params: { count: replies } });
  }
  const fit = person.qualification.fit;
  if (fit !== null) reasons.push({ key: 'lead.reason.fit', points: Math.round(fit * w.fitFactor), params: { fit } });
  if (deals.some((d) => d.personId === person.id && d.status === 'open')) {
    reasons.push({ key: 'lead.reason.open-deal', points: w.openDeal, params: {} });
  }
  return sumReasons(reasons);
}
