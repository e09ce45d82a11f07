import { type AgeBand, ageBands, cefrLevels, type MatchingCandidate } from './candidate.js';
import { type FreeTimeSlots, freeRuns, halfHourMask, slotsFromIntervals } from './free-time-slots.js';
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
  /** The same free time as runs of slots (see freeRuns), for fast pairwise comparison. */
  runs: Int32Array;
  /** The aligned half hours they are free for (see halfHourMask): a quick test before `runs`. */
  halfHours: Uint32Array;
  preferredSize: number | undefined;
  /** Language sets as bit masks for the first 30 languages of the run, with bit 30 for "more". */
  nativeMask: number;
  learningMask: number;
  /** Interests as a bit mask of the first 30 of the run, with bit 30 for "more". */
  interestMask: number;
}

const overflowBit = 1 << 30;

function indexMask(indices: readonly number[]): number {
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

/** Ascending and without repeats, in place (lists here are a handful long: no Set needed). */
function uniqueSorted(values: number[]): number[] {
  values.sort((a, b) => a - b);
  let kept = 0;
  for (const value of values) {
    if (kept === 0 || values[kept - 1] !== value) {
      values[kept] = value;
      kept += 1;
    }
  }
  values.length = kept;
  return values;
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
  const native = uniqueSorted(candidate.nativeLanguages.map((language) => languages.index(language)));
  const interestIndices = uniqueSorted(candidate.interests.map((interest) => interests.index(interest)));
  const slots = slotsFromIntervals(
    weeklyUtcIntervals(candidate.availability, candidate.timeZone, weekStartMs),
  );
  const runs = freeRuns(slots);
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
    nativeMask: indexMask(native),
    learningMask: indexMask(learning.map((entry) => entry.language)),
    interests: interestIndices,
    interestMask: indexMask(interestIndices),
    slots,
    runs,
    halfHours: halfHourMask(runs),
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

function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Interests both have: a popcount of the masks, or a merge of the sorted lists past 30 interests. */
export function sharedInterestCount(a: PreparedCandidate, b: PreparedCandidate): number {
  if (((a.interestMask | b.interestMask) & overflowBit) === 0) {
    return popcount(a.interestMask & b.interestMask);
  }
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
