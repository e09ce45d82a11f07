/**
 * What a matching run maximises, in this order: how many people are in a circle, then the sum of
 * their circles' scores (see CircleScores.total).
 */
export interface Objective {
  matched: number;
  score: number;
}

const scoreTolerance = 1e-9;

/**
 * Positive when `a` is better than `b`, negative when worse, 0 when equal (scores within 1e-9).
 *
 * @example
 * compareObjectives({ matched: 8, score: 3 }, { matched: 6, score: 5 }) // > 0
 */
export function compareObjectives(a: Objective, b: Objective): number {
  if (a.matched !== b.matched) return a.matched - b.matched;
  if (Math.abs(a.score - b.score) <= scoreTolerance) return 0;
  return a.score - b.score;
}
