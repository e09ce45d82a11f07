import type { CircleRules } from './circle-rules.js';
import { countSharedSlots, freeHalfHours, hasSharedRun, slotMinutes } from './free-time-slots.js';
import { canLearnFrom, interestSimilarity, type PreparedCandidate } from './prepared-candidate.js';

/**
 * The weight of a tandem pair (one person of each city, each learning a language the other speaks
 * natively, sharing a window long enough to meet), or undefined when the two are no tandem.
 * 1 for the pair itself, plus interest similarity, plus up to 0.25 for more shared time (which
 * makes the pair easier to place in a circle).
 *
 * @example
 * tandemPairWeight(aino, minji, defaultCircleRules) // 1.58
 */
export function tandemPairWeight(
  a: PreparedCandidate,
  b: PreparedCandidate,
  rules: CircleRules,
): number | undefined {
  if (a.side === b.side || a.band !== b.band) return undefined;
  if (!canLearnFrom(a, b) || !canLearnFrom(b, a)) return undefined;
  if (!hasSharedRun(a.slots, b.slots, rules.minSharedMinutes)) return undefined;
  const sharedMinutes = countSharedSlots(a.slots, b.slots) * slotMinutes;
  return 1 + interestSimilarity(a, b) + 0.25 * Math.min(1, sharedMinutes / 600);
}

/** Tandem pairs as [index in `left`, index in `right`, weight]. */
export interface TandemPairing {
  pairs: [left: number, right: number, weight: number][];
  weight: number;
}

interface Edge {
  left: number;
  right: number;
  weight: number;
}

/**
 * A heavy set of disjoint tandem pairs between two sides: each person's `neighbours` best partners
 * are kept, a greedy pass takes the heaviest edges first, then 2-opt exchanges and augmenting
 * swaps run until none improves. Deterministic for the same input order.
 *
 * @example
 * formTandemPairs(espooYouth, osanYouth, defaultCircleRules).pairs.length // e.g. 118
 */
export function formTandemPairs(
  left: readonly PreparedCandidate[],
  right: readonly PreparedCandidate[],
  rules: CircleRules,
  neighbours = 24,
): TandemPairing {
  const leftEdges: Edge[][] = left.map(() => []);
  const rightEdges: Edge[][] = right.map(() => []);
  // Only people sharing a free half hour can share an hour (see freeHalfHours).
  const rightByHalfHour = new Map<number, number[]>();
  right.forEach((person, j) => {
    for (const half of freeHalfHours(person.slots)) {
      const list = rightByHalfHour.get(half) ?? [];
      list.push(j);
      rightByHalfHour.set(half, list);
    }
  });
  const seenBy = new Int32Array(right.length).fill(-1);
  const useIndex = rules.minSharedMinutes >= 60;
  for (let i = 0; i < left.length; i += 1) {
    const candidates: number[] = [];
    if (useIndex) {
      for (const half of freeHalfHours((left[i] as PreparedCandidate).slots)) {
        for (const j of rightByHalfHour.get(half) ?? []) {
          if (seenBy[j] === i) continue;
          seenBy[j] = i;
          candidates.push(j);
        }
      }
      candidates.sort((x, y) => x - y);
    } else {
      for (let j = 0; j < right.length; j += 1) candidates.push(j);
    }
    for (const j of candidates) {
      const weight = tandemPairWeight(left[i] as PreparedCandidate, right[j] as PreparedCandidate, rules);
      if (weight === undefined) continue;
      const edge = { left: i, right: j, weight };
      leftEdges[i]?.push(edge);
      rightEdges[j]?.push(edge);
    }
  }
  const byWeight = (x: Edge, y: Edge): number => y.weight - x.weight || x.left - y.left || x.right - y.right;
  const kept = new Map<number, Edge>();
  const key = (i: number, j: number): number => i * right.length + j;
  for (const edges of [...leftEdges, ...rightEdges]) {
    // Keep every edge at least as heavy as the person's k-th heaviest (ties kept: deterministic).
    let threshold = Number.NEGATIVE_INFINITY;
    if (edges.length > neighbours) {
      const weights = Float64Array.from(edges, (edge) => -edge.weight).sort();
      threshold = -(weights[neighbours - 1] as number);
    }
    for (const edge of edges) if (edge.weight >= threshold) kept.set(key(edge.left, edge.right), edge);
  }
  const edges = [...kept.values()].sort(byWeight);
  const adjacentLeft: Edge[][] = left.map(() => []);
  const adjacentRight: Edge[][] = right.map(() => []);
  for (const edge of edges) {
    adjacentLeft[edge.left]?.push(edge);
    adjacentRight[edge.right]?.push(edge);
  }
  const mateOfLeft = new Int32Array(left.length).fill(-1);
  const mateOfRight = new Int32Array(right.length).fill(-1);
  const weightOf = (i: number, j: number): number | undefined => kept.get(key(i, j))?.weight;
  for (const edge of edges) {
    if (mateOfLeft[edge.left] === -1 && mateOfRight[edge.right] === -1) {
      mateOfLeft[edge.left] = edge.right;
      mateOfRight[edge.right] = edge.left;
    }
  }
  // Local improvement: for a matched a–b and an edge a–d, either d is free (a takes d, and b takes
  // any free partner e if one exists) or d is matched to c and c–b exists (a–d, c–b exchange).
  for (let round = 0; round < 20; round += 1) {
    let improved = false;
    for (let a = 0; a < left.length; a += 1) {
      for (const edge of adjacentLeft[a] ?? []) {
        const b = mateOfLeft[a] as number;
        const d = edge.right;
        if (d === b) continue;
        const current = b === -1 ? 0 : (weightOf(a, b) as number);
        const c = mateOfRight[d] as number;
        if (c === -1) {
          let bestE = -1;
          let bestEWeight = 0;
          if (b !== -1) {
            for (const other of adjacentRight[b] ?? []) {
              if (mateOfLeft[other.left] === -1 && other.weight > bestEWeight) {
                bestE = other.left;
                bestEWeight = other.weight;
              }
            }
          }
          if (edge.weight + bestEWeight > current + 1e-12) {
            mateOfLeft[a] = d;
            mateOfRight[d] = a;
            if (b !== -1) {
              mateOfRight[b] = bestE;
              if (bestE !== -1) mateOfLeft[bestE] = b;
            }
            improved = true;
          }
        } else if (b !== -1) {
          const cb = weightOf(c, b);
          const cd = weightOf(c, d) as number;
          if (cb !== undefined && edge.weight + cb > current + cd + 1e-12) {
            mateOfLeft[a] = d;
            mateOfRight[d] = a;
            mateOfLeft[c] = b;
            mateOfRight[b] = c;
            improved = true;
          }
        } else {
          // a is free and d is taken by c: a takes d if c can move to a free partner or a–d is heavier.
          let bestF = -1;
          let bestFWeight = 0;
          for (const other of adjacentLeft[c] ?? []) {
            if (mateOfRight[other.right] === -1 && other.weight > bestFWeight) {
              bestF = other.right;
              bestFWeight = other.weight;
            }
          }
          const cd = weightOf(c, d) as number;
          if (edge.weight + bestFWeight > cd + 1e-12) {
            mateOfLeft[a] = d;
            mateOfRight[d] = a;
            mateOfLeft[c] = bestF;
            if (bestF !== -1) mateOfRight[bestF] = c;
            improved = true;
          }
        }
      }
    }
    if (!improved) break;
  }
  const pairs: TandemPairing['pairs'] = [];
  let weight = 0;
  for (let i = 0; i < left.length; i += 1) {
    const j = mateOfLeft[i] as number;
    if (j === -1) continue;
    const w = weightOf(i, j) as number;
    pairs.push([i, j, w]);
    weight += w;
  }
  return { pairs, weight };
}
