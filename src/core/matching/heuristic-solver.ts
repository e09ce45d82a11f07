import {
  type CircleRules,
  defaultCircleRules,
  everyoneHasPartnerLanguage,
  isValidCircle,
  sharedSlots,
} from './circle-rules.js';
import { defaultScoreWeights, type ScoreWeights, scoreCircle } from './circle-score.js';
import { type CirclePlan, exactSolverLimit, solveExactly } from './exact-solver.js';
import { type FreeTimeSlots, freeWindows, hasSharedRun, intersectSlots } from './free-time-slots.js';
import { canLearnFrom, interestSimilarity, type PreparedCandidate } from './prepared-candidate.js';
import { formTandemPairs } from './tandem-pairing.js';

/** Knobs of the heuristic; the defaults suit bands from a few dozen to a few thousand people. */
export interface HeuristicSettings {
  /** Best partners kept per person when pairing. */
  neighbours: number;
  /** How many nearby unplaced pairs a growing circle looks at (pairs are ordered by their window). */
  scanLimit: number;
  /** Rounds of member swaps between circles. */
  swapRounds: number;
  /** Leftovers of at most this many are re-solved exactly. */
  exactLeftovers: number;
  /** How many times a large remainder is paired and grown again. */
  regrowRounds: number;
  /** Replacement moves run only while unplaced people × circles stays under this. */
  replacementBudget: number;
  /** Member swaps look at about this many circle pairs per round. */
  swapBudget: number;
}

export const defaultHeuristicSettings: HeuristicSettings = {
  neighbours: 24,
  scanLimit: 96,
  swapRounds: 3,
  exactLeftovers: 12,
  regrowRounds: 1,
  replacementBudget: 20_000,
  swapBudget: 600,
};

/** A heuristic plan, with the weight of the tandem pairing it was built from. */
export interface HeuristicPlan extends CirclePlan {
  pairing: { pairs: number; weight: number };
}

interface Circle {
  members: number[];
  score: number;
  /** The members' shared free time, kept in step with `members`. */
  slots: FreeTimeSlots;
}

function windowKey(slots: FreeTimeSlots, minMinutes: number): number {
  return freeWindows(slots, minMinutes)[0]?.start ?? Number.MAX_SAFE_INTEGER;
}

/**
 * Circles for one age band of any size: tandem pairs (one person of each city teaching each other)
 * are grown greedily into circles of pairs sharing a window, leftover people are slotted into
 * circles that can take them, members are swapped between circles while that raises the score, and
 * a small remainder is solved exactly. Every circle it returns is valid; deterministic.
 *
 * @example
 * solveHeuristically(bandPeople).objective // { matched: 412, score: 187.3 }
 */
export function solveHeuristically(
  people: readonly PreparedCandidate[],
  rules: CircleRules = defaultCircleRules,
  weights: ScoreWeights = defaultScoreWeights,
  settings: HeuristicSettings = defaultHeuristicSettings,
): HeuristicPlan {
  const person = (i: number): PreparedCandidate => people[i] as PreparedCandidate;
  const score = (members: readonly number[]): number => scoreCircle(members.map(person), weights).total;
  const valid = (members: readonly number[]): boolean => isValidCircle(members.map(person), rules);
  const circleOf = new Int32Array(people.length).fill(-1);
  const circles: Circle[] = [];

  const addCircle = (members: number[]): void => {
    members.sort((a, b) => a - b);
    for (const member of members) circleOf[member] = circles.length;
    circles.push({ members, score: score(members), slots: sharedSlots(members.map(person)) });
  };
  const setMembers = (circle: Circle, members: number[], newScore: number): void => {
    circle.members = members.sort((a, b) => a - b);
    circle.score = newScore;
    circle.slots = sharedSlots(members.map(person));
  };

  // 1. Tandem pairs, then circles grown from pairs that share a window.
  const leftIndices = people.flatMap((p, i) => (p.side === 0 ? [i] : []));
  const rightIndices = people.flatMap((p, i) => (p.side === 1 ? [i] : []));
  const pairing = formTandemPairs(
    leftIndices.map(person),
    rightIndices.map(person),
    rules,
    settings.neighbours,
  );
  const pairs = pairing.pairs.map(([l, r]) => {
    const a = leftIndices[l] as number;
    const b = rightIndices[r] as number;
    const slots = intersectSlots(person(a).slots, person(b).slots);
    return { a, b, slots, key: windowKey(slots, rules.minSharedMinutes) };
  });
  pairs.sort((x, y) => x.key - y.key || x.a - y.a);
  const placed = new Uint8Array(pairs.length);
  const affinity = (members: readonly number[], newcomer: number): number => {
    let sum = 0;
    const p = person(newcomer);
    for (const member of members) {
      const q = person(member);
      sum += interestSimilarity(p, q);
      for (const x of p.learning)
        for (const y of q.learning) if (x.language === y.language) sum -= 0.1 * Math.abs(x.level - y.level);
    }
    return sum;
  };
  for (let seed = 0; seed < pairs.length; seed += 1) {
    if (placed[seed]) continue;
    const seedPair = pairs[seed] as (typeof pairs)[number];
    const members = [seedPair.a, seedPair.b];
    const chosen = [seed];
    const slots = new Uint32Array(seedPair.slots);
    const preferences = [person(seedPair.a).preferredSize, person(seedPair.b).preferredSize].filter(
      (size): size is number => size !== undefined,
    );
    const preferred =
      preferences.length === 0 ? 6 : preferences.reduce((s, x) => s + x, 0) / preferences.length;
    const target = Math.min(rules.maxSize, Math.max(rules.minSize, Math.round(preferred)));
    while (members.length + 2 <= rules.maxSize && members.length < target) {
      let best = -1;
      let bestGain = Number.NEGATIVE_INFINITY;
      let scanned = 0;
      for (let other = seed + 1; other < pairs.length && scanned < settings.scanLimit; other += 1) {
        if (placed[other] || chosen.includes(other)) continue;
        scanned += 1;
        const candidate = pairs[other] as (typeof pairs)[number];
        if (!hasSharedRun(slots, candidate.slots, rules.minSharedMinutes)) continue;
        const gain = affinity(members, candidate.a) + affinity(members, candidate.b);
        if (gain > bestGain) {
          best = other;
          bestGain = gain;
        }
      }
      if (best < 0) break;
      const bestPair = pairs[best] as (typeof pairs)[number];
      chosen.push(best);
      members.push(bestPair.a, bestPair.b);
      intersectSlots(slots, bestPair.slots, slots);
    }
    if (members.length >= rules.minSize && valid(members)) {
      for (const index of chosen) placed[index] = 1;
      addCircle(members);
    }
  }

  // 2. Slot unplaced people into circles with room for their city, best score gain first.
  const sideCount = (members: readonly number[], side: 0 | 1): number =>
    members.reduce((count, m) => count + (person(m).side === side ? 1 : 0), 0);
  const tryPlace = (candidate: number): boolean => {
    let bestCircle = -1;
    let bestGain = Number.NEGATIVE_INFINITY;
    const p = person(candidate);
    for (let c = 0; c < circles.length; c += 1) {
      const circle = circles[c] as Circle;
      if (circle.members.length >= rules.maxSize) continue;
      const own = sideCount(circle.members, p.side);
      if (own > circle.members.length - own) continue;
      if (!circle.members.some((m) => person(m).side !== p.side && canLearnFrom(p, person(m)))) continue;
      if (!hasSharedRun(circle.slots, p.slots, rules.minSharedMinutes)) continue;
      const grown = [...circle.members, candidate];
      if (!valid(grown)) continue;
      const gain = score(grown) - circle.score;
      if (gain > bestGain) {
        bestGain = gain;
        bestCircle = c;
      }
    }
    if (bestCircle < 0) return false;
    const circle = circles[bestCircle] as Circle;
    const grown = [...circle.members, candidate];
    setMembers(circle, grown, score(grown));
    circleOf[candidate] = bestCircle;
    return true;
  };
  const unplaced = (): number[] => people.flatMap((_, i) => (circleOf[i] === -1 ? [i] : []));
  for (const candidate of unplaced()) tryPlace(candidate);

  // 3. A small remainder is solved exactly; a large one is paired and grown once more.
  const remainder = unplaced();
  if (remainder.length >= rules.minSize) {
    if (remainder.length <= Math.min(settings.exactLeftovers, exactSolverLimit)) {
      const plan = solveExactly(remainder.map(person), rules, weights);
      for (const circle of plan.circles) addCircle(circle.map((i) => remainder[i] as number));
    } else if (settings.regrowRounds > 0) {
      const again = solveHeuristically(remainder.map(person), rules, weights, {
        ...settings,
        scanLimit: settings.scanLimit * 2,
        regrowRounds: settings.regrowRounds - 1,
      });
      for (const circle of again.circles) addCircle(circle.map((i) => remainder[i] as number));
    }
  }

  // 4. Unplaced people replace a member of their city where the circle scores higher with them
  // (skipped when the remainder is large: it only raises scores, never the number matched).
  const stillUnplaced = unplaced();
  const replaceable =
    stillUnplaced.length * circles.length <= settings.replacementBudget ? stillUnplaced : [];
  for (const candidate of replaceable) {
    if (tryPlace(candidate)) continue;
    const p = person(candidate);
    let best: { circle: number; out: number; gain: number } | undefined;
    for (let c = 0; c < circles.length; c += 1) {
      const circle = circles[c] as Circle;
      for (const out of circle.members) {
        if (person(out).side !== p.side) continue;
        const swapped = circle.members.map((m) => (m === out ? candidate : m));
        if (!valid(swapped)) continue;
        const gain = score(swapped) - circle.score;
        if (gain > 1e-9 && (best === undefined || gain > best.gain)) best = { circle: c, out, gain };
      }
    }
    if (best === undefined) continue;
    const circle = circles[best.circle] as Circle;
    const swapped = circle.members.map((m) => (m === best.out ? candidate : m));
    setMembers(circle, swapped, score(swapped));
    circleOf[candidate] = best.circle;
    circleOf[best.out] = -1;
    tryPlace(best.out);
  }

  // 5. Swap members of the same city between nearby circles while the total score rises.
  const order = circles
    .map((circle, index) => ({ index, key: windowKey(sharedSlots(circle.members.map(person)), 0) }))
    .sort((x, y) => x.key - y.key || x.index - y.index)
    .map((entry) => entry.index);
  const reach = Math.max(2, Math.floor(settings.swapBudget / Math.max(1, circles.length)));
  for (let round = 0; round < settings.swapRounds; round += 1) {
    let improved = false;
    for (let i = 0; i < order.length; i += 1) {
      for (let j = i + 1; j < order.length && j <= i + reach; j += 1) {
        const first = circles[order[i] as number] as Circle;
        const second = circles[order[j] as number] as Circle;
        for (const x of first.members) {
          for (const y of second.members) {
            if (person(x).side !== person(y).side) continue;
            if (!first.members.includes(x) || !second.members.includes(y)) continue;
            const firstSwapped = first.members.map((m) => (m === x ? y : m));
            const secondSwapped = second.members.map((m) => (m === y ? x : m));
            if (!everyoneHasPartnerLanguage(firstSwapped.map(person))) continue;
            if (!everyoneHasPartnerLanguage(secondSwapped.map(person))) continue;
            const firstScore = score(firstSwapped);
            const secondScore = score(secondSwapped);
            if (firstScore + secondScore <= first.score + second.score + 1e-9) continue;
            if (!valid(firstSwapped) || !valid(secondSwapped)) continue;
            setMembers(first, firstSwapped, firstScore);
            setMembers(second, secondSwapped, secondScore);
            improved = true;
          }
        }
      }
    }
    if (!improved) break;
  }

  const matched = circles.reduce((sum, circle) => sum + circle.members.length, 0);
  const total = circles.reduce((sum, circle) => sum + circle.score, 0);
  return {
    circles: circles.map((circle) => circle.members),
    objective: { matched, score: total },
    pairing: { pairs: pairing.pairs.length, weight: pairing.weight },
  };
}
