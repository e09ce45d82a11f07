/** One entrant as the Swiss pairing sees it before a round. */
export interface SwissPlayer {
  id: string;
  /** Points so far (win 1, draw ½, bye 1). */
  score: number;
  /** Pairing rank, 1 the highest (the seed): orders players within a score group. */
  rank: number;
  /** Everyone this player has met: never again. */
  opponents: readonly string[];
  hadBye: boolean;
  /** Home games minus away games so far; the lower one plays at home. */
  sideBalance?: number;
}

export interface SwissPairingOptions {
  /**
   * Rounds still to be paired after this one. When the whole event has more rounds than half the
   * field, a pairing is only accepted if the remaining rounds can still be paired without a rematch
   * (checked up to `lookaheadLimit` entrants).
   */
  roundsAfter?: number;
  lookaheadLimit?: number;
}

export type SwissPairing =
  | { ok: true; pairs: Array<[string, string]>; bye: string | null }
  | { ok: false; code: 'NO_PAIRING' };

/**
 * Pairs one Swiss round. Rules, in order of precedence:
 * 1. no rematch, ever (and nobody gets a second bye);
 * 2. with an odd field the bye goes to the lowest-ranked player (by score, then rank) who has not
 *    had one and whose absence leaves a pairable field;
 * 3. players meet within their score group, the top half against the bottom half (1 v 5, 2 v 6 ...);
 *    when a group cannot be paired whole, its lowest-ranked players float down to the next group,
 *    as few as possible, the lowest-ranked first; floaters meet the top of the group below.
 * The search backtracks over bye choices and over which players float, so it finds a rematch-free
 * pairing whenever one exists (a step budget bounds pathological cases).
 *
 * @example
 * pairSwissRound([
 *   { id: 'a', score: 1, rank: 1, opponents: ['c'], hadBye: false },
 *   { id: 'b', score: 1, rank: 2, opponents: ['d'], hadBye: false },
 *   { id: 'c', score: 0, rank: 3, opponents: ['a'], hadBye: false },
 *   { id: 'd', score: 0, rank: 4, opponents: ['b'], hadBye: false },
 * ]) // { ok: true, pairs: [['a', 'b'], ['d', 'c']], bye: null }
 */
export function pairSwissRound(
  players: readonly SwissPlayer[],
  options: SwissPairingOptions = {},
): SwissPairing {
  const n = players.length;
  if (n === 0) return { ok: true, pairs: [], bye: null };
  const sorted = [...players].sort((a, b) => b.score - a.score || a.rank - b.rank);
  const position = new Map<string, number>();
  sorted.forEach((p, i) => {
    position.set(p.id, i);
  });
  const played: Array<Set<number>> = sorted.map((p) => {
    const set = new Set<number>();
    for (const id of p.opponents) {
      const at = position.get(id);
      if (at !== undefined) set.add(at);
    }
    return set;
  });
  const scores = sorted.map((p) => p.score);
  const roundsAfter = options.roundsAfter ?? 0;
  const effective = n % 2 === 0 ? n : n + 1;
  const roundsSoFar = Math.max(0, ...sorted.map((p) => p.opponents.length + (p.hadBye ? 1 : 0)));
  const needsLookahead =
    roundsAfter > 0 && roundsSoFar + 1 + roundsAfter > effective / 2 && n <= (options.lookaheadLimit ?? 40);
  const search = new PairingSearch(scores, played);

  const attempt = (field: number[], bye: number | null): Array<[number, number]> | null => {
    if (!needsLookahead) return search.pairField(field);
    return search.pairFieldWithLookahead(field, (pairs) =>
      canComplete(n, played, pairs, bye, sorted, roundsAfter),
    );
  };

  let result: { pairs: Array<[number, number]>; bye: number | null } | null = null;
  const everyone = sorted.map((_, i) => i);
  if (n % 2 === 0) {
    const pairs = attempt(everyone, null);
    if (pairs !== null) result = { pairs, bye: null };
  } else {
    for (let candidate = n - 1; candidate >= 0 && result === null; candidate--) {
      if (sorted[candidate]?.hadBye !== false) continue;
      const pairs = attempt(
        everyone.filter((i) => i !== candidate),
        candidate,
      );
      if (pairs !== null) result = { pairs, bye: candidate };
    }
  }
  if (result === null) return { ok: false, code: 'NO_PAIRING' };
  const at = (i: number) => sorted[i] as SwissPlayer;
  return {
    ok: true,
    pairs: result.pairs.map(([x, y], board) => {
      const [a, b] = x < y ? [at(x), at(y)] : [at(y), at(x)];
      const [sa, sb] = [a.sideBalance ?? 0, b.sideBalance ?? 0];
      // Fewer home games plays at home; on equal terms, boards alternate (as in round one of chess).
      const home = sa !== sb ? (sa < sb ? 0 : 1) : board % 2 === 0 ? 0 : 1;
      return home === 0 ? [a.id, b.id] : [b.id, a.id];
    }),
    bye: result.bye === null ? null : at(result.bye).id,
  };
}

/** Search state over positions in the sorted field (0 = top score, best rank). */
class PairingSearch {
  private steps = 0;
  private readonly budget: number;
  private failed = new Set<string>();

  constructor(
    private readonly scores: readonly number[],
    private readonly played: ReadonlyArray<ReadonlySet<number>>,
  ) {
    this.budget = 2_000_000 + 200 * scores.length;
  }

  /** Pairs a field group by group, floating as few players as possible; null when impossible. */
  pairField(field: readonly number[]): Array<[number, number]> | null {
    this.failed = new Set();
    const groups: number[][] = [];
    for (const i of field) {
      const last = groups.at(-1);
      const head = last?.[0];
      if (last !== undefined && head !== undefined && this.scores[head] === this.scores[i]) last.push(i);
      else groups.push([i]);
    }
    return this.solveGroup(groups, 0, []);
  }

  private solveGroup(groups: number[][], g: number, carried: number[]): Array<[number, number]> | null {
    const group = groups[g];
    if (group === undefined) return carried.length === 0 ? [] : null;
    const key = `${g}:${carried.join(',')}`;
    if (this.failed.has(key)) return null;
    const members = [...carried, ...group];
    const isLast = g === groups.length - 1;
    const maxFloat = isLast ? 0 : members.length;
    for (let size = members.length % 2; size <= maxFloat; size += 2) {
      for (const floating of bottomFirstSubsets(members.length, size)) {
        if (this.steps > this.budget) return null;
        const floatSet = new Set(floating);
        const staying = members.filter((_, i) => !floatSet.has(i));
        const pairs = this.pairWithin(staying);
        if (pairs === null) continue;
        // Floaters go down in their standing order (higher score first).
        const floaters = floating.map((i) => members[i] as number).sort((a, b) => a - b);
        const below = this.solveGroup(groups, g + 1, floaters);
        if (below !== null) return [...pairs, ...below];
      }
    }
    this.failed.add(key);
    return null;
  }

  /**
   * Pairs a list completely: each time the top unpaired player takes the preferred partner (the
   * player half a group below, then further down, then above), backtracking on rematches.
   */
  pairWithin(list: readonly number[]): Array<[number, number]> | null {
    const m = list.length;
    if (m === 0) return [];
    if (m % 2 === 1) return null;
    const local = new Map<number, number>();
    list.forEach((p, i) => {
      local.set(p, i);
    });
    for (const p of list) {
      let blocked = 0;
      for (const q of this.played[p] ?? []) if (local.has(q)) blocked++;
      if (blocked >= m - 1) return null;
    }
    const free = new FreeSet(m);
    const partner = new Int32Array(m).fill(-1);
    const residentScore = this.scores[list[m - 1] as number];
    // One frame per pair: which player, and how far down its preference list it has gone.
    const frames: Array<{ p: number; k: number }> = [];
    const nextChoice = (p: number, fromK: number): { q: number; k: number } | null => {
      // p is already taken out of `free`: the others left are the candidates, in standing order.
      const L = free.size;
      const floater = this.scores[list[p] as number] !== residentScore;
      const t = floater ? 0 : Math.floor((L + 1) / 2) - 1;
      const blocked = this.played[list[p] as number];
      for (let k = fromK; k < L; k++) {
        this.steps++;
        const nth = k < L - t ? t + k : t - (k - (L - t)) - 1;
        const q = free.nth(nth);
        if (!blocked?.has(list[q] as number)) return { q, k };
      }
      return null;
    };
    let fromK = 0;
    while (free.size > 0) {
      if (this.steps > this.budget) return null;
      const p = free.nth(0);
      free.take(p);
      const choice = nextChoice(p, fromK);
      if (choice !== null) {
        free.take(choice.q);
        partner[p] = choice.q;
        frames.push({ p, k: choice.k });
        fromK = 0;
        continue;
      }
      free.put(p);
      const frame = frames.pop();
      if (frame === undefined) return null;
      free.put(frame.p);
      free.put(partner[frame.p] as number);
      partner[frame.p] = -1;
      fromK = frame.k + 1;
    }
    return frames.map(({ p }) => [list[p] as number, list[partner[p] as number] as number]);
  }

  /**
   * Complete search for small fields: every rematch-free pairing in preference order (score groups
   * first), accepting the first that `accept` approves.
   */
  pairFieldWithLookahead(
    field: readonly number[],
    accept: (pairs: Array<[number, number]>) => boolean,
  ): Array<[number, number]> | null {
    const order = [...field];
    const used = new Set<number>();
    const pairs: Array<[number, number]> = [];
    const visit = (): boolean => {
      if (this.steps++ > this.budget) return false;
      const p = order.find((i) => !used.has(i));
      if (p === undefined) return accept(pairs);
      used.add(p);
      const rest = order.filter((i) => !used.has(i));
      const same = rest.filter((i) => this.scores[i] === this.scores[p]);
      const t = Math.floor((same.length + 1) / 2) - 1;
      const preferred = [...same.slice(Math.max(t, 0)), ...same.slice(0, Math.max(t, 0)).reverse()];
      const others = rest.filter((i) => this.scores[i] !== this.scores[p]);
      for (const q of [...preferred, ...others]) {
        if (this.played[p]?.has(q)) continue;
        used.add(q);
        pairs.push([p, q]);
        if (visit()) return true;
        pairs.pop();
        used.delete(q);
      }
      used.delete(p);
      return false;
    };
    return visit() ? pairs : null;
  }
}

/** The positions 0..m−1 not yet paired, with the n-th free one found in O(log m) (a Fenwick tree). */
class FreeSet {
  private readonly tree: Int32Array;
  private readonly isFree: Uint8Array;
  private top = 1;
  size: number;

  constructor(private readonly m: number) {
    this.tree = new Int32Array(m + 1);
    this.isFree = new Uint8Array(m).fill(1);
    for (let i = 1; i <= m; i++) {
      (this.tree as Int32Array)[i] = (this.tree[i] as number) + 1;
      const parent = i + (i & -i);
      if (parent <= m) this.tree[parent] = (this.tree[parent] as number) + (this.tree[i] as number);
    }
    while (this.top * 2 <= m) this.top *= 2;
    this.size = m;
  }

  take(i: number): void {
    if (this.isFree[i] === 0) return;
    this.isFree[i] = 0;
    this.size--;
    for (let x = i + 1; x <= this.m; x += x & -x) this.tree[x] = (this.tree[x] as number) - 1;
  }

  put(i: number): void {
    if (this.isFree[i] === 1) return;
    this.isFree[i] = 1;
    this.size++;
    for (let x = i + 1; x <= this.m; x += x & -x) this.tree[x] = (this.tree[x] as number) + 1;
  }

  /** The free position with `n` free positions before it (n from 0). */
  nth(n: number): number {
    let at = 0;
    let left = n + 1;
    for (let step = this.top; step > 0; step >>= 1) {
      const next = at + step;
      if (next <= this.m && (this.tree[next] as number) < left) {
        at = next;
        left -= this.tree[next] as number;
      }
    }
    return at;
  }
}

/** Subsets of {0..m−1} of a given size, the ones made of the highest indices (lowest-ranked) first. */
function* bottomFirstSubsets(m: number, size: number): Generator<number[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let top = m - 1; top >= size - 1; top--) {
    for (const rest of bottomFirstSubsets(top, size - 1)) yield [top, ...rest];
  }
}

/**
 * Whether `rounds` more rounds can follow without a rematch once this round's pairs and bye are
 * played. An odd field gets a phantom opponent that stands for the bye (so no second bye either).
 */
function canComplete(
  n: number,
  played: ReadonlyArray<ReadonlySet<number>>,
  pairs: ReadonlyArray<[number, number]>,
  bye: number | null,
  players: readonly SwissPlayer[],
  rounds: number,
): boolean {
  const size = n % 2 === 0 ? n : n + 1;
  const phantom = n;
  const met: boolean[][] = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  const meet = (a: number, b: number) => {
    (met[a] as boolean[])[b] = true;
    (met[b] as boolean[])[a] = true;
  };
  played.forEach((set, a) => {
    for (const b of set) meet(a, b);
  });
  if (size > n) {
    players.forEach((p, i) => {
      if (p.hadBye) meet(i, phantom);
    });
    if (bye !== null) meet(bye, phantom);
  }
  for (const [a, b] of pairs) meet(a, b);
  let steps = 0;
  const matched = new Int32Array(size).fill(-1);
  const fill = (left: number): boolean => {
    if (left === 0) return true;
    if (++steps > 200_000) return true; // give up optimistically rather than hang
    let a = 0;
    while (matched[a] !== -1) a++;
    for (let b = a + 1; b < size; b++) {
      if (matched[b] !== -1 || (met[a] as boolean[])[b]) continue;
      matched[a] = b;
      matched[b] = a;
      const done = countUnmatched(matched) === 0 ? nextRound(left) : fill(left);
      if (done) return true;
      matched[a] = -1;
      matched[b] = -1;
    }
    return false;
  };
  const nextRound = (left: number): boolean => {
    const round: Array<[number, number]> = [];
    matched.forEach((b, a) => {
      if (a < b) round.push([a, b]);
    });
    for (const [a, b] of round) meet(a, b);
    matched.fill(-1);
    const ok = fill(left - 1);
    for (const [a, b] of round) {
      (met[a] as boolean[])[b] = false;
      (met[b] as boolean[])[a] = false;
    }
    if (!ok)
      round.forEach(([a, b]) => {
        matched[a] = b;
        matched[b] = a;
      });
    return ok;
  };
  return fill(rounds);
}

function countUnmatched(matched: Int32Array): number {
  let count = 0;
  for (const m of matched) if (m === -1) count++;
  return count;
}
