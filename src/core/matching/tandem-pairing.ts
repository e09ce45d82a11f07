import type { CircleRules } from './circle-rules.js';
import { halfHourWords, sharedRunTime, sharedRunTimeWithin, slotMinutes } from './free-time-slots.js';
import { canLearnFrom, interestSimilarity, type PreparedCandidate } from './prepared-candidate.js';
import { maxWeightBipartiteMatching } from './weighted-bipartite-matching.js';

const sharedTime = new Int32Array(2);

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
  sharedRunTime(a.runs, b.runs, sharedTime);
  return weightFromSharedTime(a, b, sharedTime, rules);
}

/** The weight of a language tandem from their shared time (see sharedRunTime); undefined if too short. */
function weightFromSharedTime(
  a: PreparedCandidate,
  b: PreparedCandidate,
  shared: Int32Array,
  rules: CircleRules,
): number | undefined {
  if ((shared[1] as number) * slotMinutes < rules.minSharedMinutes) return undefined;
  const sharedMinutes = (shared[0] as number) * slotMinutes;
  return 1 + interestSimilarity(a, b) + 0.25 * Math.min(1, sharedMinutes / 600);
}

/**
 * One side's free time packed for a scan against it: everyone's half-hour masks (see halfHourMask)
 * in one array, with a bit per mask word saying whether the word has any half hour at all, and
 * everyone's runs in one array.
 */
interface PackedFreeTime {
  halfHours: Uint32Array;
  occupiedWords: Int32Array;
  runs: Int32Array;
  runStart: Int32Array;
}

function packFreeTime(people: readonly PreparedCandidate[]): PackedFreeTime {
  const halfHours = new Uint32Array(people.length * halfHourWords);
  const occupiedWords = new Int32Array(people.length);
  const runStart = new Int32Array(people.length + 1);
  people.forEach((person, index) => {
    for (let w = 0; w < halfHourWords; w += 1) {
      const word = person.halfHours[w] as number;
      halfHours[index * halfHourWords + w] = word;
      if (word !== 0) occupiedWords[index] = (occupiedWords[index] as number) | (1 << w);
    }
    runStart[index + 1] = (runStart[index] as number) + person.runs.length;
  });
  const runs = new Int32Array(runStart[people.length] as number);
  people.forEach((person, index) => {
    runs.set(person.runs, runStart[index]);
  });
  return { halfHours, occupiedWords, runs, runStart };
}

/** People of one side with the same native and learning languages, so a tandem test serves them all. */
function languageGroups(people: readonly PreparedCandidate[]): number[][] {
  const groups = new Map<string, number[]>();
  people.forEach((person, index) => {
    const key = `${person.native.join(',')}|${person.learning.map((entry) => entry.language).join(',')}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [index]);
    else group.push(index);
  });
  return [...groups.values()];
}

/** Tandem pairs as [index in `left`, index in `right`, weight]. */
export interface TandemPairing {
  pairs: [left: number, right: number, weight: number][];
  weight: number;
}

/** Growable parallel arrays of edges (row, column, weight, whether the row's top k holds it), in row order. */
class EdgeList {
  rows = new Int32Array(1024);
  columns = new Int32Array(1024);
  weights = new Float64Array(1024);
  inRowTop = new Uint8Array(1024);
  size = 0;

  push(row: number, column: number, weight: number, inRowTop: boolean): void {
    if (this.size === this.rows.length) {
      const grow = <T extends Int32Array | Float64Array | Uint8Array>(from: T, to: T): T => {
        to.set(from);
        return to;
      };
      this.rows = grow(this.rows, new Int32Array(this.size * 2));
      this.columns = grow(this.columns, new Int32Array(this.size * 2));
      this.weights = grow(this.weights, new Float64Array(this.size * 2));
      this.inRowTop = grow(this.inRowTop, new Uint8Array(this.size * 2));
    }
    this.rows[this.size] = row;
    this.columns[this.size] = column;
    this.weights[this.size] = weight;
    this.inRowTop[this.size] = inRowTop ? 1 : 0;
    this.size += 1;
  }
}

/**
 * Min-heaps of the k heaviest weights seen, one per owner, in one array: the root is the lightest
 * of the k, so once an owner's heap is full anything lighter than its root can never be in its
 * top k.
 */
class TopWeights {
  readonly heaps: Float64Array;
  readonly sizes: Int32Array;
  constructor(
    owners: number,
    readonly k: number,
  ) {
    this.heaps = new Float64Array(owners * k);
    this.sizes = new Int32Array(owners);
  }

  /** The k-th heaviest weight so far, or -Infinity while fewer than k were seen. */
  floor(owner: number): number {
    return this.sizes[owner] === this.k ? (this.heaps[owner * this.k] as number) : Number.NEGATIVE_INFINITY;
  }

  offer(owner: number, weight: number): void {
    const base = owner * this.k;
    const size = this.sizes[owner] as number;
    const heap = this.heaps;
    if (size < this.k) {
      let at = size;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if ((heap[base + parent] as number) <= weight) break;
        heap[base + at] = heap[base + parent] as number;
        at = parent;
      }
      heap[base + at] = weight;
      this.sizes[owner] = size + 1;
      return;
    }
    if (weight <= (heap[base] as number)) return;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= this.k) break;
      if (child + 1 < this.k && (heap[base + child + 1] as number) < (heap[base + child] as number)) {
        child += 1;
      }
      if ((heap[base + child] as number) >= weight) break;
      heap[base + at] = heap[base + child] as number;
      at = child;
    }
    heap[base + at] = weight;
  }
}

/**
 * A heaviest set of disjoint tandem pairs between two sides, over a sparse graph: every pair at
 * least as heavy as either person's `neighbours`-th best partner is kept (ties kept), and on that
 * graph the matching is exact (see maxWeightBipartiteMatching). Dropping the rest costs next to
 * nothing: an optimal pairing rarely gives anyone a partner outside both people's top few dozen.
 * Deterministic for the same input order.
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
  // Nobody has more partners than the other side has people, so a larger k keeps everything anyway.
  const k = Math.max(1, Math.min(neighbours, Math.max(left.length, right.length)));
  const rightTop = new TopWeights(right.length, k);
  const rowTop = new TopWeights(1, k);
  const candidates = new EdgeList();
  const rowColumns = new Int32Array(right.length);
  const rowWeights = new Float64Array(right.length);
  const rightGroups = languageGroups(right);
  // Only people sharing an aligned half hour can share 55 minutes (see halfHourMask).
  const useHalfHours = rules.minSharedMinutes >= 55;
  const packed = packFreeTime(right);
  const leftPacked = packFreeTime(left);
  // 1. Every tandem of each left person; keep what could be in their or their partner's top k.
  for (let i = 0; i < left.length; i += 1) {
    const a = left[i] as PreparedCandidate;
    rowTop.sizes[0] = 0;
    const aWords = leftPacked.occupiedWords[i] as number;
    const aBase = i * halfHourWords;
    const aRunFrom = leftPacked.runStart[i] as number;
    const aRunTo = leftPacked.runStart[i + 1] as number;
    let count = 0;
    for (const group of rightGroups) {
      const speaker = right[group[0] as number] as PreparedCandidate;
      if (!canLearnFrom(a, speaker) || !canLearnFrom(speaker, a)) continue;
      for (const j of group) {
        if (useHalfHours) {
          let words = aWords & (packed.occupiedWords[j] as number);
          let meet = false;
          while (words !== 0 && !meet) {
            const w = 31 - Math.clz32(words & -words);
            words &= words - 1;
            meet =
              ((leftPacked.halfHours[aBase + w] as number) &
                (packed.halfHours[j * halfHourWords + w] as number)) !==
              0;
          }
          if (!meet) continue;
        }
        const b = right[j] as PreparedCandidate;
        if (a.side === b.side || a.band !== b.band) continue;
        sharedRunTimeWithin(
          leftPacked.runs,
          aRunFrom,
          aRunTo,
          packed.runs,
          packed.runStart[j] as number,
          packed.runStart[j + 1] as number,
          sharedTime,
        );
        const weight = weightFromSharedTime(a, b, sharedTime, rules);
        if (weight === undefined) continue;
        rowColumns[count] = j;
        rowWeights[count] = weight;
        count += 1;
        rowTop.offer(0, weight);
      }
    }
    const rowFloor = rowTop.floor(0);
    for (let e = 0; e < count; e += 1) {
      const j = rowColumns[e] as number;
      const weight = rowWeights[e] as number;
      const inRowTop = weight >= rowFloor;
      // The partner's k-th best only rises, so an edge below it now can never be in their top k.
      if (!inRowTop && weight < rightTop.floor(j)) continue;
      rightTop.offer(j, weight);
      candidates.push(i, j, weight, inRowTop);
    }
  }
  // 2. Drop what ended up below both people's k-th best; the rest is the graph, in rows.
  const rowStart = new Int32Array(left.length + 1);
  const columns = new Int32Array(candidates.size);
  const weights = new Float64Array(candidates.size);
  let edges = 0;
  for (let e = 0; e < candidates.size; e += 1) {
    const j = candidates.columns[e] as number;
    const weight = candidates.weights[e] as number;
    if (candidates.inRowTop[e] !== 1 && weight < rightTop.floor(j)) continue;
    columns[edges] = j;
    weights[edges] = weight;
    edges += 1;
    rowStart[(candidates.rows[e] as number) + 1] = edges;
  }
  for (let i = 1; i <= left.length; i += 1) {
    rowStart[i] = Math.max(rowStart[i] as number, rowStart[i - 1] as number);
  }
  const matching = maxWeightBipartiteMatching({
    leftCount: left.length,
    rightCount: right.length,
    rowStart,
    columns: columns.subarray(0, edges),
    weights: weights.subarray(0, edges),
  });
  const pairs: TandemPairing['pairs'] = [];
  let weight = 0;
  for (let i = 0; i < left.length; i += 1) {
    const j = matching.mateOfLeft[i] as number;
    if (j === -1) continue;
    const w = tandemPairWeight(left[i] as PreparedCandidate, right[j] as PreparedCandidate, rules) as number;
    pairs.push([i, j, w]);
    weight += w;
  }
  return { pairs, weight };
}
