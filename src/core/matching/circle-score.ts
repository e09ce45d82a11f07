import { interestSimilarity, type PreparedCandidate } from './prepared-candidate.js';

/** How much each part of a circle's quality counts; the parts are each between 0 and 1. */
export interface ScoreWeights {
  interests: number;
  levelFit: number;
  sizeFit: number;
}

export const defaultScoreWeights: ScoreWeights = { interests: 0.5, levelFit: 0.3, sizeFit: 0.2 };

/**
 * A circle's quality. `interests` is the mean interest similarity (Jaccard) over pairs of members;
 * `levelFit` is 1 minus the mean level gap (in CEFR steps out of 5) between members learning the
 * same language (1 when no two do); `sizeFit` is how close the size is to what members prefer
 * (1 when nobody says). `total` weighs them and counts each member once, so the run's objective
 * sums each matched person's circle quality.
 */
export interface CircleScores {
  interests: number;
  levelFit: number;
  sizeFit: number;
  total: number;
}

/**
 * Scores a group (the rules are checked elsewhere).
 *
 * @example
 * scoreCircle(members).total // e.g. 3.1 for six people with some shared interests
 */
export function scoreCircle(
  members: readonly PreparedCandidate[],
  weights: ScoreWeights = defaultScoreWeights,
): CircleScores {
  let interestSum = 0;
  let pairs = 0;
  let levelGapSum = 0;
  let levelPairs = 0;
  for (let i = 0; i < members.length; i += 1) {
    const a = members[i] as PreparedCandidate;
    for (let j = i + 1; j < members.length; j += 1) {
      const b = members[j] as PreparedCandidate;
      interestSum += interestSimilarity(a, b);
      pairs += 1;
      for (const x of a.learning) {
        for (const y of b.learning) {
          if (x.language === y.language) {
            levelGapSum += Math.abs(x.level - y.level) / 5;
            levelPairs += 1;
          }
        }
      }
    }
  }
  let sizeFitSum = 0;
  let preferring = 0;
  for (const member of members) {
    if (member.preferredSize === undefined) continue;
    sizeFitSum += Math.max(0, 1 - Math.abs(members.length - member.preferredSize) / 4);
    preferring += 1;
  }
  const interests = pairs === 0 ? 0 : interestSum / pairs;
  const levelFit = levelPairs === 0 ? 1 : 1 - levelGapSum / levelPairs;
  const sizeFit = preferring === 0 ? 1 : sizeFitSum / preferring;
  const quality = weights.interests * interests + weights.levelFit * levelFit + weights.sizeFit * sizeFit;
  return { interests, levelFit, sizeFit, total: members.length * quality };
}
