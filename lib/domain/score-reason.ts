import { z } from 'zod';

/**
 * One line of a transparent score: a message-catalogue key plus parameters, so the UI shows
 * "Budget confirmed (+20)" in the user's language instead of a bare number.
 */
export const ScoreReasonSchema = z.object({
  key: z.string().min(1),
  points: z.number(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ScoreReason = z.infer<typeof ScoreReasonSchema>;

export type ScoreWithReasons = { score: number; reasons: ScoreReason[] };

/** Sum reasons and clamp to 0–100, rounding so the shown score is a whole number. */
export function sumReasons(reasons: ScoreReason[]): ScoreWithReasons {
  const total = reasons.reduce((sum, r) => sum + r.points, 0);
  return { score: Math.max(0, Math.min(100, Math.round(total))), reasons };
}
