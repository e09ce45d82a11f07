import {
  type CircleRules,
  defaultCircleRules,
  everyoneHasPartnerLanguage,
  isValidCircle,
} from './circle-rules.js';
import {
  addPairSum,
  addPairSums,
  defaultScoreWeights,
  type ScoreSums,
  type ScoreWeights,
  sizeFit,
  totalFromParts,
  totalFromSums,
} from './circle-score.js';
import { type CirclePlan, exactSolverLimit, solveExactly } from './exact-solver.js';
import {
  intersectRuns,
  longestRunStart,
  sharedRunTime,
  slotMinutes,
  slotsPerWeek,
} from './free-time-slots.js';
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
  /** Replacement moves try at most this many person × circle looks. */
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
  replacementBudget: 400_000,
  swapBudget: 2400,
};

/** A heuristic plan, with the weight of the tandem pairing it was built from. */
export interface HeuristicPlan extends CirclePlan {
  pairing: { pairs: number; weight: number };
}

interface Circle {
  /** Indices into the band, sorted, and the people they stand for, in the same order. */
  members: number[];
  people: PreparedCandidate[];
  /** The members' shared free time, how many come from each city and the score's pair sums. */
  runs: Int32Array;
  sides: [number, number];
  sums: ScoreSums;
  /** Each member's part of `sums` (their pairs with the others), in the order of `people`. */
  parts: ScoreSums[];
  /** Size fit summed over the members who state a preferred size, and how many do. */
  sizeFitSum: number;
  preferring: number;
  /** The free time shared by the members of each city. */
  sideRuns: [Int32Array, Int32Array];
  score: number;
}

const wholeWeek = Int32Array.of(0, slotsPerWeek);

/** The free time (as runs, see freeRuns) a group shares. */
function sharedRuns(group: readonly PreparedCandidate[]): Int32Array {
  let runs: Int32Array = wholeWeek;
  for (const member of group) runs = intersectRuns(runs, member.runs);
  return runs;
}

/** Orders pairs and circles by when they can meet: where their longest window starts. */
function windowKey(runs: Int32Array, minSlots: number): number {
  const start = longestRunStart(runs, minSlots);
  return start < 0 ? Number.MAX_SAFE_INTEGER : start;
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
  const valid = (members: readonly number[]): boolean => isValidCircle(members.map(person), rules);
  const circleOf = new Int32Array(people.length).fill(-1);
  const minSlots = Math.ceil(rules.minSharedMinutes / slotMinutes);
  const shared = new Int32Array(2);
  const sharesWindow = (a: Int32Array, b: Int32Array): boolean => {
    sharedRunTime(a, b, shared);
    return (shared[1] as number) >= minSlots;
  };
  const circles: Circle[] = [];

  const pair: ScoreSums = { interests: 0, levelGaps: 0, levelPairs: 0 };
  /** Sets a circle's members and recomputes everything kept about them from scratch. */
  const setMembers = (circle: Circle, members: number[]): void => {
    circle.members = members.sort((a, b) => a - b);
    circle.people = circle.members.map(person);
    circle.runs = sharedRuns(circle.people);
    circle.sideRuns = [
      sharedRuns(circle.people.filter((m) => m.side === 0)),
      sharedRuns(circle.people.filter((m) => m.side === 1)),
    ];
    circle.sides = [0, 0];
    circle.sums = { interests: 0, levelGaps: 0, levelPairs: 0 };
    circle.parts = circle.people.map(() => ({ interests: 0, levelGaps: 0, levelPairs: 0 }));
    circle.people.forEach((member, k) => {
      circle.sides[member.side] += 1;
      for (let l = 0; l < k; l += 1) {
        pair.interests = 0;
        pair.levelGaps = 0;
        pair.levelPairs = 0;
        addPairSum(pair, member, circle.people[l] as PreparedCandidate, 1);
        for (const into of [circle.parts[k] as ScoreSums, circle.parts[l] as ScoreSums, circle.sums]) {
          into.interests += pair.interests;
          into.levelGaps += pair.levelGaps;
          into.levelPairs += pair.levelPairs;
        }
      }
    });
    circle.sizeFitSum = 0;
    circle.preferring = 0;
    for (const member of circle.people) {
      if (member.preferredSize === undefined) continue;
      circle.sizeFitSum += sizeFit(circle.people.length, member.preferredSize);
      circle.preferring += 1;
    }
    circle.score = totalFromParts(
      circle.people.length,
      circle.sums,
      circle.sizeFitSum,
      circle.preferring,
      weights,
    );
  };
  const addCircle = (members: number[]): void => {
    const circle: Circle = {
      members: [],
      people: [],
      runs: wholeWeek,
      sides: [0, 0],
      sums: { interests: 0, levelGaps: 0, levelPairs: 0 },
      parts: [],
      sizeFitSum: 0,
      preferring: 0,
      sideRuns: [wholeWeek, wholeWeek],
      score: 0,
    };
    setMembers(circle, members);
    for (const member of circle.members) circleOf[member] = circles.length;
    circles.push(circle);
  };
  /** The score a circle would have with `incoming` in place of `outgoing` (either may be absent). */
  const changed: ScoreSums = { interests: 0, levelGaps: 0, levelPairs: 0 };
  const scoreWith = (circle: Circle, incoming?: PreparedCandidate, outgoing?: PreparedCandidate): number => {
    changed.interests = circle.sums.interests;
    changed.levelGaps = circle.sums.levelGaps;
    changed.levelPairs = circle.sums.levelPairs;
    if (outgoing !== undefined) addPairSums(changed, outgoing, circle.people, -1);
    if (incoming !== undefined) addPairSums(changed, incoming, circle.people, 1, outgoing);
    return totalFromSums(changed, circle.people, weights, incoming, outgoing);
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
    const runs = intersectRuns(person(a).runs, person(b).runs);
    return { a, b, runs, key: windowKey(runs, minSlots) };
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
    let runs = seedPair.runs;
    const stated = [person(seedPair.a).preferredSize, person(seedPair.b).preferredSize].filter(
      (size): size is number => size !== undefined,
    );
    const preferred = stated.length === 0 ? 6 : stated.reduce((s, x) => s + x, 0) / stated.length;
    const target = Math.min(rules.maxSize, Math.max(rules.minSize, Math.round(preferred)));
    while (members.length + 2 <= rules.maxSize && members.length < target) {
      let best = -1;
      let bestGain = Number.NEGATIVE_INFINITY;
      let scanned = 0;
      for (let other = seed + 1; other < pairs.length && scanned < settings.scanLimit; other += 1) {
        if (placed[other] || chosen.includes(other)) continue;
        scanned += 1;
        const candidate = pairs[other] as (typeof pairs)[number];
        if (!sharesWindow(runs, candidate.runs)) continue;
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
      runs = intersectRuns(runs, bestPair.runs);
    }
    if (members.length >= rules.minSize && valid(members)) {
      for (const index of chosen) placed[index] = 1;
      addCircle(members);
    }
  }

  // 2. Slot unplaced people into circles with room for their city, best score gain first. A valid
  // circle stays valid when someone joins who keeps the balance, learns from someone of the other
  // city there and shares its window: nobody loses a partner or free time by a newcomer.
  const tryPlace = (candidate: number): boolean => {
    let bestCircle = -1;
    let bestGain = Number.NEGATIVE_INFINITY;
    const p = person(candidate);
    for (let c = 0; c < circles.length; c += 1) {
      const circle = circles[c] as Circle;
      const size = circle.members.length;
      if (size >= rules.maxSize) continue;
      const own = circle.sides[p.side];
      if (own + 1 - (size - own) > 1) continue;
      if (circle.people[0]?.band !== p.band) continue;
      if (!circle.people.some((m) => m.side !== p.side && canLearnFrom(p, m))) continue;
      if (!sharesWindow(circle.runs, p.runs)) continue;
      const gain = scoreWith(circle, p) - circle.score;
      if (gain > bestGain) {
        bestGain = gain;
        bestCircle = c;
      }
    }
    if (bestCircle < 0) return false;
    const circle = circles[bestCircle] as Circle;
    setMembers(circle, [...circle.members, candidate]);
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

  // 4. Unplaced people replace a member of their city where the circle scores higher with them;
  // whoever leaves looks for another circle, so this can also raise the number matched. Bounded:
  // only as many people are tried as the budget of person × circle looks allows.
  const replaceable = unplaced().slice(
    0,
    Math.floor(settings.replacementBudget / Math.max(1, circles.length)),
  );
  const joining: ScoreSums = { interests: 0, levelGaps: 0, levelPairs: 0 };
  const replaced: ScoreSums = { interests: 0, levelGaps: 0, levelPairs: 0 };
  for (const candidate of replaceable) {
    if (tryPlace(candidate)) continue;
    const p = person(candidate);
    let best: { circle: number; out: number; gain: number } | undefined;
    for (let c = 0; c < circles.length; c += 1) {
      const circle = circles[c] as Circle;
      // Whoever leaves is of p's city, so the other city's members all stay: p must learn from
      // one of them and share their window.
      if (circle.people[0]?.band !== p.band) continue;
      if (!circle.people.some((m) => m.side !== p.side && canLearnFrom(p, m))) continue;
      if (!sharesWindow(circle.sideRuns[p.side === 0 ? 1 : 0], p.runs)) continue;
      joining.interests = 0;
      joining.levelGaps = 0;
      joining.levelPairs = 0;
      addPairSums(joining, p, circle.people, 1);
      circle.people.forEach((leaving, k) => {
        if (leaving.side !== p.side) return;
        const part = circle.parts[k] as ScoreSums;
        replaced.interests = circle.sums.interests - part.interests + joining.interests;
        replaced.levelGaps = circle.sums.levelGaps - part.levelGaps + joining.levelGaps;
        replaced.levelPairs = circle.sums.levelPairs - part.levelPairs + joining.levelPairs;
        addPairSum(replaced, p, leaving, -1);
        const gain = totalFromSums(replaced, circle.people, weights, p, leaving) - circle.score;
        if (gain <= 1e-9 || (best !== undefined && gain <= best.gain)) return;
        if (
          !isValidCircle(
            circle.people.map((m) => (m === leaving ? p : m)),
            rules,
          )
        )
          return;
        best = { circle: c, out: circle.members[k] as number, gain };
      });
    }
    if (best === undefined) continue;
    const { circle: chosenCircle, out } = best;
    const circle = circles[chosenCircle] as Circle;
    setMembers(
      circle,
      circle.members.map((m) => (m === out ? candidate : m)),
    );
    circleOf[candidate] = chosenCircle;
    circleOf[out] = -1;
    tryPlace(out);
  }

  // 5. Swap members of the same city between nearby circles while the total score rises. A swap
  // is scored from the circles' pair sums: x's part leaves, y's pairs with the circle (less the
  // pair x–y) come in, so each circle pair costs O(size²) rather than O(size³).
  const order = circles
    .map((circle, index) => ({ index, key: windowKey(circle.runs, 0) }))
    .sort((x, y) => x.key - y.key || x.index - y.index)
    .map((entry) => entry.index);
  const reach = Math.max(2, Math.floor(settings.swapBudget / Math.max(1, circles.length)));
  const intoFirst = Array.from({ length: rules.maxSize }, () => ({
    interests: 0,
    levelGaps: 0,
    levelPairs: 0,
  }));
  const intoSecond = Array.from({ length: rules.maxSize }, () => ({
    interests: 0,
    levelGaps: 0,
    levelPairs: 0,
  }));
  const crossing: ScoreSums = { interests: 0, levelGaps: 0, levelPairs: 0 };
  const firstAfter: ScoreSums = { interests: 0, levelGaps: 0, levelPairs: 0 };
  const secondAfter: ScoreSums = { interests: 0, levelGaps: 0, levelPairs: 0 };
  const sumsOf = (into: ScoreSums, base: ScoreSums, less: ScoreSums, more: ScoreSums): void => {
    into.interests = base.interests - less.interests + more.interests - crossing.interests;
    into.levelGaps = base.levelGaps - less.levelGaps + more.levelGaps - crossing.levelGaps;
    into.levelPairs = base.levelPairs - less.levelPairs + more.levelPairs - crossing.levelPairs;
  };
  // A swap within one city keeps size, balance and band: only languages and time can break.
  const swapKeepsRules = (group: readonly PreparedCandidate[]): boolean =>
    everyoneHasPartnerLanguage(group) && longestRunStart(sharedRuns(group), minSlots) >= 0;
  const improvingSwaps = (first: Circle, second: Circle): { k: number; l: number; gain: number }[] => {
    first.people.forEach((x, k) => {
      const into = intoSecond[k] as ScoreSums;
      into.interests = 0;
      into.levelGaps = 0;
      into.levelPairs = 0;
      for (const m of second.people) addPairSum(into, x, m, 1);
    });
    second.people.forEach((y, l) => {
      const into = intoFirst[l] as ScoreSums;
      into.interests = 0;
      into.levelGaps = 0;
      into.levelPairs = 0;
      for (const m of first.people) addPairSum(into, y, m, 1);
    });
    const swaps: { k: number; l: number; gain: number }[] = [];
    first.people.forEach((x, k) => {
      second.people.forEach((y, l) => {
        if (x.side !== y.side) return;
        crossing.interests = 0;
        crossing.levelGaps = 0;
        crossing.levelPairs = 0;
        addPairSum(crossing, x, y, 1);
        sumsOf(firstAfter, first.sums, first.parts[k] as ScoreSums, intoFirst[l] as ScoreSums);
        sumsOf(secondAfter, second.sums, second.parts[l] as ScoreSums, intoSecond[k] as ScoreSums);
        // Sizes stay, so only x's and y's own size fit moves.
        const firstFit =
          first.sizeFitSum -
          sizeFit(first.people.length, x.preferredSize) +
          sizeFit(first.people.length, y.preferredSize);
        const secondFit =
          second.sizeFitSum -
          sizeFit(second.people.length, y.preferredSize) +
          sizeFit(second.people.length, x.preferredSize);
        const stated = (x.preferredSize === undefined ? 0 : 1) - (y.preferredSize === undefined ? 0 : 1);
        const gain =
          totalFromParts(first.people.length, firstAfter, firstFit, first.preferring - stated, weights) +
          totalFromParts(second.people.length, secondAfter, secondFit, second.preferring + stated, weights) -
          first.score -
          second.score;
        if (gain > 1e-9) swaps.push({ k, l, gain });
      });
    });
    return swaps.sort((a, b) => b.gain - a.gain || a.k - b.k || a.l - b.l);
  };
  for (let round = 0; round < settings.swapRounds; round += 1) {
    let improved = false;
    for (let i = 0; i < order.length; i += 1) {
      for (let j = i + 1; j < order.length && j <= i + reach; j += 1) {
        const first = circles[order[i] as number] as Circle;
        const second = circles[order[j] as number] as Circle;
        // Take the best valid swap, then look again, until none raises the score.
        for (let swapsDone = 0; swapsDone < rules.maxSize * rules.maxSize; swapsDone += 1) {
          const swap = improvingSwaps(first, second).find(({ k, l }) => {
            const x = first.people[k] as PreparedCandidate;
            const y = second.people[l] as PreparedCandidate;
            return (
              swapKeepsRules(first.people.map((m) => (m === x ? y : m))) &&
              swapKeepsRules(second.people.map((m) => (m === y ? x : m)))
            );
          });
          if (swap === undefined) break;
          const x = first.members[swap.k] as number;
          const y = second.members[swap.l] as number;
          setMembers(
            first,
            first.members.map((m) => (m === x ? y : m)),
          );
          setMembers(
            second,
            second.members.map((m) => (m === y ? x : m)),
          );
          circleOf[x] = order[j] as number;
          circleOf[y] = order[i] as number;
          improved = true;
        }
      }
    }
    if (!improved) break;
  }

  // The moves above keep every rule by construction; a full check costs little and makes sure.
  for (const circle of circles) {
    if (!isValidCircle(circle.people, rules))
      throw new Error('solveHeuristically built a circle that breaks a rule');
  }
  const matched = circles.reduce((sum, circle) => sum + circle.members.length, 0);
  const total = circles.reduce((sum, circle) => sum + circle.score, 0);
  return {
    circles: circles.map((circle) => circle.members),
    objective: { matched, score: total },
    pairing: { pairs: pairing.pairs.length, weight: pairing.weight },
  };
}
