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

/**
 * The pair sums behind a circle's interest and level parts, kept per circle so that one member
 * joining, leaving or being swapped is scored in O(size) instead of O(size²).
 */
export interface ScoreSums {
  /** Interest similarity summed over pairs of members. */
  interests: number;
  /** Level gaps (in CEFR steps out of 5) summed over pairs learning the same language. */
  levelGaps: number;
  /** How many such same-language pairs there are. */
  levelPairs: number;
}

/**
 * Adds `sign` times the pair sums between `person` and every member of `others` but `except` to
 * `sums` (in place), and returns it.
 *
 * @example
 * // Sums of a circle after x leaves and y joins:
 * addPairSums(addPairSums({ ...sums }, x, members, -1, x), y, members, 1, x)
 */
export function addPairSums(
  sums: ScoreSums,
  person: PreparedCandidate,
  others: readonly PreparedCandidate[],
  sign: 1 | -1,
  except?: PreparedCandidate,
): ScoreSums {
  for (const other of others) {
    if (other !== person && other !== except) addPairSum(sums, person, other, sign);
  }
  return sums;
}

/**
 * Adds `sign` times one pair's part of the sums to `sums` (in place), and returns it.
 *
 * @example
 * addPairSum({ interests: 0, levelGaps: 0, levelPairs: 0 }, aino, minji, 1).interests // their Jaccard
 */
export function addPairSum(
  sums: ScoreSums,
  a: PreparedCandidate,
  b: PreparedCandidate,
  sign: number,
): ScoreSums {
  sums.interests += sign * interestSimilarity(a, b);
  for (const x of a.learning) {
    for (const y of b.learning) {
      if (x.language === y.language) {
        sums.levelGaps += (sign * Math.abs(x.level - y.level)) / 5;
        sums.levelPairs += sign;
      }
    }
  }
  return sums;
}

/**
 * The same total as scoreCircle, from a group's pair sums: the group is `members`, with `incoming`
 * added and `outgoing` left out when given, and `sums` must already be that group's.
 *
 * @example
 * totalFromSums(sums, members) // ≈ scoreCircle(members).total
 */
export function totalFromSums(
  sums: ScoreSums,
  members: readonly PreparedCandidate[],
  weights: ScoreWeights = defaultScoreWeights,
  incoming?: PreparedCandidate,
  outgoing?: PreparedCandidate,
): number {
  let size = incoming === undefined ? 0 : 1;
  for (const member of members) if (member !== outgoing) size += 1;
  let sizeFitSum = 0;
  let preferring = 0;
  for (let k = -1; k < members.length; k += 1) {
    const member = k < 0 ? incoming : members[k];
    if (member === undefined || member === outgoing || member.preferredSize === undefined) continue;
    sizeFitSum += sizeFit(size, member.preferredSize);
    preferring += 1;
  }
  return totalFromParts(size, sums, sizeFitSum, preferring, weights);
}

/** How well a circle size suits someone who prefers `preferred` (1 when equal, 0 from 4 apart). */
export function sizeFit(size: number, preferred: number | undefined): number {
  return preferred === undefined ? 0 : Math.max(0, 1 - Math.abs(size - preferred) / 4);
}

/**
 * The total of a group of `size` from its pair sums and its size fit summed over the `preferring`
 * members who state a preferred size (see sizeFit).
 */
export function totalFromParts(
  size: number,
  sums: ScoreSums,
  sizeFitSum: number,
  preferring: number,
  weights: ScoreWeights = defaultScoreWeights,
): number {
  const pairs = (size * (size - 1)) / 2;
  const interests = pairs === 0 ? 0 : sums.interests / pairs;
  const levelFit = sums.levelPairs <= 0 ? 1 : 1 - sums.levelGaps / sums.levelPairs;
  const meanSizeFit = preferring === 0 ? 1 : sizeFitSum / preferring;
  return size * (weights.interests * interests + weights.levelFit * levelFit + weights.sizeFit * meanSizeFit);
}
