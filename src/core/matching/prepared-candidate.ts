import { type AgeBand, ageBands, cefrLevels, type MatchingCandidate } from './candidate.js';
import { type FreeTimeSlots, slotsFromIntervals } from './free-time-slots.js';
import { isWeeklyFreeTime, weeklyUtcIntervals } from './weekly-time.js';

/**
 * A candidate compiled for fast checks: languages and interests as small sorted index lists,
 * free time as slots of the reference week. `side` is 0 for the run's first city, 1 for the second.
 */
export interface PreparedCandidate {
  candidate: MatchingCandidate;
  side: 0 | 1;
  band: AgeBand;
  native: readonly number[];
  learning: readonly { language: number; level: number }[];
  interests: readonly number[];
  slots: FreeTimeSlots;
  preferredSize: number | undefined;
  /** Language sets as bit masks for the first 30 languages of the run, with bit 30 for "more". */
  nativeMask: number;
  learningMask: number;
}

const overflowBit = 1 << 30;

function languageMask(indices: readonly number[]): number {
  let mask = 0;
  for (const index of indices) mask |= index < 30 ? 1 << index : overflowBit;
  return mask;
}

/** Why a candidate cannot take part at all. */
export type PreparationProblem = 'invalid_profile' | 'city_not_in_run';

const zoneValidity = new Map<string, boolean>();

function knownZone(timeZone: string): boolean {
  let known = zoneValidity.get(timeZone);
  if (known === undefined) {
    try {
      known = timeZone.trim() !== '' && new Intl.DateTimeFormat('en', { timeZone }) !== undefined;
    } catch {
      known = false;
    }
    zoneValidity.set(timeZone, known);
  }
  return known;
}

/** Interns strings to small integers, shared by all candidates of a run. */
export class Vocabulary {
  readonly #indices = new Map<string, number>();
  index(word: string): number {
    let index = this.#indices.get(word);
    if (index === undefined) {
      index = this.#indices.size;
      this.#indices.set(word, index);
    }
    return index;
  }
}

/**
 * Compiles a candidate, or names the problem that keeps them out of the run (unknown zone, bad
 * free time, unknown band or level, or a city that is not one of the run's two).
 *
 * @example
 * prepareCandidate(aino, ['espoo', 'osan'], weekStart, new Vocabulary(), new Vocabulary()).side // 0
 */
export function prepareCandidate(
  candidate: MatchingCandidate,
  cityIds: readonly [string, string],
  weekStartMs: number,
  languages: Vocabulary,
  interests: Vocabulary,
): PreparedCandidate | PreparationProblem {
  const sideIndex = cityIds.indexOf(candidate.cityId);
  if (sideIndex < 0) return 'city_not_in_run';
  if (
    !knownZone(candidate.timeZone) ||
    !ageBands.includes(candidate.ageBand) ||
    !candidate.availability.every(isWeeklyFreeTime) ||
    !candidate.learning.every((entry) => cefrLevels.includes(entry.level))
  ) {
    return 'invalid_profile';
  }
  const uniqueSorted = (values: number[]): number[] => [...new Set(values)].sort((a, b) => a - b);
  const native = uniqueSorted(candidate.nativeLanguages.map((language) => languages.index(language)));
  const learning = candidate.learning.map((entry) => ({
    language: languages.index(entry.language),
    level: cefrLevels.indexOf(entry.level),
  }));
  return {
    candidate,
    side: sideIndex === 0 ? 0 : 1,
    band: candidate.ageBand,
    native,
    learning,
    nativeMask: languageMask(native),
    learningMask: languageMask(learning.map((entry) => entry.language)),
    interests: uniqueSorted(candidate.interests.map((interest) => interests.index(interest))),
    slots: slotsFromIntervals(weeklyUtcIntervals(candidate.availability, candidate.timeZone, weekStartMs)),
    preferredSize: candidate.preferredCircleSize,
  };
}

/** Whether `learner` learns some language that `speaker` speaks natively. */
export function canLearnFrom(learner: PreparedCandidate, speaker: PreparedCandidate): boolean {
  if (((learner.learningMask | speaker.nativeMask) & overflowBit) === 0) {
    return (learner.learningMask & speaker.nativeMask) !== 0;
  }
  for (const entry of learner.learning) {
    if (speaker.native.includes(entry.language)) return true;
  }
  return false;
}

/** Interests both have, from sorted index lists. */
export function sharedInterestCount(a: PreparedCandidate, b: PreparedCandidate): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.interests.length && j < b.interests.length) {
    const x = a.interests[i] as number;
    const y = b.interests[j] as number;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return shared;
}

/** Jaccard similarity of two people's interests (0 when neither names any). */
export function interestSimilarity(a: PreparedCandidate, b: PreparedCandidate): number {
  const shared = sharedInterestCount(a, b);
  const union = a.interests.length + b.interests.length - shared;
  return union === 0 ? 0 : shared / union;
}
