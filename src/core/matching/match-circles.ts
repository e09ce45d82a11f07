import { type AgeBand, ageBands, type MatchingCandidate, type MatchingCity } from './candidate.js';
import { type CircleRules, defaultCircleRules, sharedSlots } from './circle-rules.js';
import { type CircleScores, defaultScoreWeights, type ScoreWeights, scoreCircle } from './circle-score.js';
import { type CirclePlan, solveExactly } from './exact-solver.js';
import { freeWindows } from './free-time-slots.js';
import { defaultHeuristicSettings, type HeuristicSettings, solveHeuristically } from './heuristic-solver.js';
import type { Objective } from './objective.js';
import { type PreparedCandidate, prepareCandidate, Vocabulary } from './prepared-candidate.js';
import { type UnmatchedReason, unmatchedExplainer } from './unmatched-reasons.js';
import { localWeekTime, minutesPerWeek, referenceWeekStart, type WeekTime } from './weekly-time.js';

/** What a coordinator's matching run starts from. */
export interface MatchingRequest {
  /** The two cities whose young people are matched; circles mix exactly these two. */
  cities: readonly [MatchingCity, MatchingCity];
  candidates: readonly MatchingCandidate[];
  /** Any instant of the week the circles start: it fixes which side of DST each zone is on. */
  referenceInstant: Date;
}

export interface MatchingOptions {
  rules?: Partial<CircleRules>;
  weights?: Partial<ScoreWeights>;
  /** `auto` (default) solves bands of at most `exactLimit` people exactly, larger ones heuristically. */
  solver?: 'auto' | 'exact' | 'heuristic';
  exactLimit?: number;
  heuristic?: Partial<HeuristicSettings>;
}

/** A shared weekly window, in UTC weekly minutes of the reference week and in each city's local time. */
export interface SharedWindow {
  /** Minutes after Monday 00:00 UTC; `endMinute` exceeds 10080 when the window runs into next Monday. */
  startMinute: number;
  endMinute: number;
  minutes: number;
  local: { cityId: string; timeZone: string; start: WeekTime; end: WeekTime }[];
}

export interface MatchedCircle {
  ageBand: AgeBand;
  /** Member ids, the first city's first, each city's sorted. */
  members: string[];
  membersByCity: Record<string, string[]>;
  scores: CircleScores;
  /** Every shared window at least `minSharedMinutes` long, longest first. */
  sharedWindows: SharedWindow[];
}

export interface UnmatchedCandidate {
  id: string;
  reason: UnmatchedReason;
}

export interface MatchingResult {
  /** Monday 00:00 UTC of the reference week, ISO 8601. */
  referenceWeekStart: string;
  circles: MatchedCircle[];
  unmatched: UnmatchedCandidate[];
  objective: Objective;
  /** Which solver each non-empty band got, and the tandem pairing the heuristic built on. */
  diagnostics: {
    solverByBand: Partial<Record<AgeBand, 'exact' | 'heuristic'>>;
    tandemPairs: number;
    tandemPairWeight: number;
  };
}

/**
 * Matches young people of two cities into circles (a dry run: nothing is stored). Candidates are
 * taken in id order, so the same people give the same circles whatever order they come in.
 *
 * @example
 * const result = matchCircles({
 *   cities: [{ id: 'espoo', timeZone: 'Europe/Helsinki' }, { id: 'osan', timeZone: 'Asia/Seoul' }],
 *   candidates,
 *   referenceInstant: new Date('2027-03-01T00:00:00Z'),
 * });
 * result.circles[0]?.sharedWindows[0]?.local
 * // [{ cityId: 'espoo', start: { weekday: 2, time: '15:00' }, ... }, { cityId: 'osan', start: { weekday: 2, time: '22:00' }, ... }]
 */
export function matchCircles(request: MatchingRequest, options: MatchingOptions = {}): MatchingResult {
  const rules: CircleRules = { ...defaultCircleRules, ...options.rules };
  const weights: ScoreWeights = { ...defaultScoreWeights, ...options.weights };
  const settings: HeuristicSettings = { ...defaultHeuristicSettings, ...options.heuristic };
  const solver = options.solver ?? 'auto';
  const exactLimit = options.exactLimit ?? 12;
  const weekStart = referenceWeekStart(request.referenceInstant);
  const cityIds = [request.cities[0].id, request.cities[1].id] as const;
  const languages = new Vocabulary();
  const interests = new Vocabulary();

  const unmatched: UnmatchedCandidate[] = [];
  const byBand = new Map<AgeBand, PreparedCandidate[]>();
  const seen = new Set<string>();
  const sorted = [...request.candidates].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const candidate of sorted) {
    if (seen.has(candidate.id)) {
      unmatched.push({ id: candidate.id, reason: 'invalid_profile' });
      continue;
    }
    seen.add(candidate.id);
    const prepared = prepareCandidate(candidate, cityIds, weekStart, languages, interests);
    if (typeof prepared === 'string') {
      unmatched.push({ id: candidate.id, reason: prepared });
      continue;
    }
    const band = byBand.get(prepared.band) ?? [];
    band.push(prepared);
    byBand.set(prepared.band, band);
  }

  const circles: MatchedCircle[] = [];
  const solverByBand: MatchingResult['diagnostics']['solverByBand'] = {};
  let tandemPairs = 0;
  let tandemPairWeight = 0;
  let matched = 0;
  let score = 0;
  for (const ageBand of ageBands) {
    const people = byBand.get(ageBand);
    if (people === undefined) continue;
    const exact = solver === 'exact' || (solver === 'auto' && people.length <= exactLimit);
    let plan: CirclePlan;
    if (exact) {
      plan = solveExactly(people, rules, weights);
      solverByBand[ageBand] = 'exact';
    } else {
      const heuristicPlan = solveHeuristically(people, rules, weights, settings);
      tandemPairs += heuristicPlan.pairing.pairs;
      tandemPairWeight += heuristicPlan.pairing.weight;
      plan = heuristicPlan;
      solverByBand[ageBand] = 'heuristic';
    }
    const bandCircles = plan.circles.map((circle) => circle.map((i) => people[i] as PreparedCandidate));
    const inCircle = new Set(bandCircles.flat());
    for (const members of bandCircles) {
      circles.push(describeCircle(members, ageBand, request.cities, weekStart, rules, weights));
      matched += members.length;
      score += scoreCircle(members, weights).total;
    }
    const explain = unmatchedExplainer(people, bandCircles, rules);
    for (const person of people) {
      if (!inCircle.has(person)) unmatched.push({ id: person.candidate.id, reason: explain(person) });
    }
  }
  unmatched.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    referenceWeekStart: new Date(weekStart).toISOString(),
    circles,
    unmatched,
    objective: { matched, score },
    diagnostics: { solverByBand, tandemPairs, tandemPairWeight },
  };
}

function describeCircle(
  members: readonly PreparedCandidate[],
  ageBand: AgeBand,
  cities: readonly [MatchingCity, MatchingCity],
  weekStart: number,
  rules: CircleRules,
  weights: ScoreWeights,
): MatchedCircle {
  const ordered = [...members].sort(
    (a, b) =>
      a.side - b.side || (a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0),
  );
  const membersByCity: Record<string, string[]> = { [cities[0].id]: [], [cities[1].id]: [] };
  for (const member of ordered) membersByCity[member.candidate.cityId]?.push(member.candidate.id);
  const sharedWindows = freeWindows(sharedSlots(members), rules.minSharedMinutes).map(
    (window): SharedWindow => ({
      startMinute: window.start,
      endMinute: window.end,
      minutes: window.end - window.start,
      local: cities.map((city) => ({
        cityId: city.id,
        timeZone: city.timeZone,
        start: localWeekTime(weekStart, window.start, city.timeZone),
        end: localWeekTime(weekStart, window.end % minutesPerWeek, city.timeZone),
      })),
    }),
  );
  return {
    ageBand,
    members: ordered.map((member) => member.candidate.id),
    membersByCity,
    scores: scoreCircle(members, weights),
    sharedWindows,
  };
}
