import { type CircleRules, defaultCircleRules, isValidCircle } from './circle-rules.js';
import { defaultScoreWeights, type ScoreWeights, scoreCircle } from './circle-score.js';
import { compareObjectives, type Objective } from './objective.js';
import type { PreparedCandidate } from './prepared-candidate.js';

/** Above this many people the exhaustive search is refused (2^n subsets). */
export const exactSolverLimit = 16;

/** Circles as lists of indices into the solver's input, with the objective they reach. */
export interface CirclePlan {
  circles: number[][];
  objective: Objective;
}

function bitsOf(mask: number, n: number): number[] {
  const members: number[] = [];
  for (let i = 0; i < n; i += 1) if (mask & (1 << i)) members.push(i);
  return members;
}

/**
 * The optimal circles for a small group, by enumerating every valid circle and choosing a best
 * disjoint set with dynamic programming over subsets. The reference the heuristic is measured
 * against; used directly for age bands of at most a dozen people.
 *
 * @example
 * solveExactly(tenPeople).objective // { matched: 8, score: 4.2 }
 */
export function solveExactly(
  people: readonly PreparedCandidate[],
  rules: CircleRules = defaultCircleRules,
  weights: ScoreWeights = defaultScoreWeights,
): CirclePlan {
  const n = people.length;
  if (n > exactSolverLimit) throw new RangeError(`solveExactly takes at most ${exactSolverLimit} people`);
  const full = (1 << n) - 1;
  // Valid circles grouped by their lowest member, each with its score.
  const byLowest: { mask: number; score: number }[][] = Array.from({ length: n }, () => []);
  for (let mask = 1; mask <= full; mask += 1) {
    let size = 0;
    for (let m = mask; m !== 0; m &= m - 1) size += 1;
    if (size < rules.minSize || size > rules.maxSize) continue;
    const members = bitsOf(mask, n).map((i) => people[i] as PreparedCandidate);
    if (!isValidCircle(members, rules)) continue;
    const lowest = 31 - Math.clz32(mask & -mask);
    byLowest[lowest]?.push({ mask, score: scoreCircle(members, weights).total });
  }
  const matched = new Int32Array(full + 1);
  const score = new Float64Array(full + 1);
  const choice = new Int32Array(full + 1); // 0: lowest member stays out; otherwise the circle's mask
  for (let mask = 1; mask <= full; mask += 1) {
    const lowestBit = mask & -mask;
    const lowest = 31 - Math.clz32(lowestBit);
    const rest = mask ^ lowestBit;
    let best: Objective = { matched: matched[rest] as number, score: score[rest] as number };
    let bestChoice = 0;
    for (const circle of byLowest[lowest] ?? []) {
      if ((circle.mask & mask) !== circle.mask) continue;
      const remaining = mask ^ circle.mask;
      const candidate: Objective = {
        matched: (matched[remaining] as number) + bitsOf(circle.mask, n).length,
        score: (score[remaining] as number) + circle.score,
      };
      if (compareObjectives(candidate, best) > 0) {
        best = candidate;
        bestChoice = circle.mask;
      }
    }
    matched[mask] = best.matched;
    score[mask] = best.score;
    choice[mask] = bestChoice;
  }
  const circles: number[][] = [];
  let mask = full;
  while (mask !== 0) {
    const chosen = choice[mask] as number;
    if (chosen === 0) mask ^= mask & -mask;
    else {
      circles.push(bitsOf(chosen, n));
      mask ^= chosen;
    }
  }
  return { circles, objective: { matched: matched[full] as number, score: score[full] as number } };
}
