// One Swiss round of 1,000 entrants after 5 played rounds (ceiling 0.1 s, and ≥ 100× faster than
// tournament-pairings on the same standings) and of 10,000 entrants (ceiling 1 s). Both pairings are
// checked: everyone once, no rematch, no second bye, and how far apart in points the pairs are
// against the least the score groups' sizes allow (floats go to the next group only).
//
// tournament-pairings is GPL-3.0: a dev dependency imported here only, never from src/ (the
// boundary check forbids it). Its Swiss builds a weighted graph of every pair and runs a maximum
// weight matching (Edmonds' blossom), so it is run once per size it can finish in reasonable time.
import { Swiss as peerSwiss } from 'tournament-pairings';
import { judgeScores } from '../src/core/tournament/best-of.js';
import type { Match, TournamentState } from '../src/core/tournament/match.js';
import { randomResult, seededRandom } from '../src/core/tournament/simulated-play.js';
import { type EntrantRecord, entrantRecords } from '../src/core/tournament/standings.js';
import { createSwiss, nextSwissRound } from '../src/core/tournament/swiss.js';
import { median } from './support.js';

const played = 5;
const largestPeerField = 1_000;

/** Decides every open match at once (bench set-up only: no linked matches in a Swiss). */
function playRound(state: TournamentState, random: () => number): TournamentState {
  const matches = state.matches.map((m): Match => {
    if (m.status !== 'ready') return m;
    const result = randomResult(m, state.allowDraws, random, 0.1);
    const judged = judgeScores(m.bestOf, result.scores, state.allowDraws);
    if (!judged.ok) throw new Error(judged.code);
    const [a, b] = [m.slots[0].entrantId, m.slots[1].entrantId];
    const winnerId = judged.outcome === 'draw' ? null : judged.outcome === 0 ? a : b;
    const loserId = judged.outcome === 'draw' ? null : judged.outcome === 0 ? b : a;
    return { ...m, status: 'completed', result, winnerId, loserId };
  });
  return { ...state, matches };
}

function afterRounds(n: number, seed: number): TournamentState {
  const random = seededRandom(seed);
  const entrants = Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    rating: 2400 - Math.floor(random() * 1200),
  }));
  let state = createSwiss(entrants, { rounds: played + 4, allowDraws: true, bestOf: 1 });
  for (let r = 1; r <= played; r++) {
    state = playRound(state, random);
    if (r < played) {
      const next = nextSwissRound(state);
      if (!next.ok) throw new Error(next.code);
      state = next.state;
    }
  }
  return state;
}

interface Checked {
  /** Pairs whose two sides have different points. */
  crossGroup: number;
  /** Points between the two sides, summed over the pairs: what floating costs. */
  scoreGap: number;
  /**
   * The least that sum can be: on the points line, every boundary between two score groups with an
   * odd number of players above it must be crossed by one pair (floats to the next group only).
   */
  leastGap: number;
}

/** Checks one round's pairs against the records before it; throws on a broken rule. */
function check(
  records: ReadonlyMap<string, EntrantRecord>,
  pairs: ReadonlyArray<readonly [string, string | null]>,
): Checked {
  const seen = new Set<string>();
  let crossGroup = 0;
  let scoreGap = 0;
  let byeTo: string | null = null;
  for (const [a, b] of pairs) {
    for (const id of [a, b]) {
      if (id === null) continue;
      if (seen.has(id)) throw new Error(`${id} twice in a round`);
      seen.add(id);
    }
    if (b === null) {
      if ((records.get(a)?.byes ?? 0) > 0) throw new Error(`second bye for ${a}`);
      byeTo = a;
      continue;
    }
    if (records.get(a)?.opponents.includes(b)) throw new Error(`rematch ${a}-${b}`);
    const gap = Math.abs((records.get(a)?.points ?? 0) - (records.get(b)?.points ?? 0));
    if (gap > 0) crossGroup++;
    scoreGap += gap;
  }
  if (seen.size !== records.size) throw new Error(`${records.size - seen.size} entrants left out`);
  const sizes = new Map<number, number>();
  for (const [id, record] of records) {
    if (id !== byeTo) sizes.set(record.points, (sizes.get(record.points) ?? 0) + 1);
  }
  const groups = [...sizes].sort(([a], [b]) => b - a);
  let above = 0;
  let leastGap = 0;
  for (let i = 0; i + 1 < groups.length; i++) {
    const [points, size] = groups[i] as [number, number];
    above += size;
    if (above % 2 === 1) leastGap += points - (groups[i + 1] as [number, number])[0];
  }
  return { crossGroup, scoreGap, leastGap };
}

function ours(state: TournamentState): Array<[string, string | null]> {
  const next = nextSwissRound(state);
  if (!next.ok) throw new Error(next.code);
  return next.matches.map((m) => [m.slots[0].entrantId as string, m.slots[1].entrantId]);
}

/** The same standings as tournament-pairings takes them: score, opponents to avoid, bye received. */
function peer(state: TournamentState, records: ReadonlyMap<string, EntrantRecord>) {
  const players = state.entrants.map((e) => {
    const record = records.get(e.id) as EntrantRecord;
    return {
      id: e.id,
      score: record.points,
      avoid: [...record.opponents],
      receivedBye: record.byes > 0,
      rating: e.rating,
    };
  });
  const start = performance.now();
  // Unrated: the peer's rated mode sorts every other player per pair, which only slows it more.
  const matches = peerSwiss(players, played + 1, false);
  const ms = performance.now() - start;
  return {
    ms,
    pairs: matches.map((m): [string, string | null] => [
      String(m.player1),
      m.player2 === null ? null : String(m.player2),
    ]),
  };
}

console.info(
  `Swiss round ${played + 1} after ${played} played rounds (machine may be shared: figures are medians, the peer runs in the same process)`,
);
for (const [n, ceilingMs, runs] of [
  [1_000, 100, 15],
  [10_000, 1_000, 5],
] as const) {
  const state = afterRounds(n, 1_000 + n);
  const records = entrantRecords(
    state.matches,
    state.entrants.map((e) => e.id),
  );
  const times: number[] = [];
  let pairs: Array<[string, string | null]> = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    pairs = ours(state);
    times.push(performance.now() - start);
  }
  const ms = median(times);
  const mine = check(records, pairs);
  const groups = new Set([...records.values()].map((r) => r.points)).size;
  console.info(
    `  ${n.toLocaleString('en')} entrants, ${groups} score groups — Silta: ${ms.toFixed(2)} ms (median of ${runs}); ` +
      `ceiling ${ceilingMs} ms → ${(ceilingMs / ms).toFixed(1)}× under; no rematch, everyone once; ` +
      `${mine.crossGroup} pairs across score groups, ${mine.scoreGap} points apart in all (least possible ${mine.leastGap})`,
  );
  if (mine.scoreGap < mine.leastGap) throw new Error('the score-gap bound is wrong');
  if (mine.scoreGap > mine.leastGap) {
    console.info('  (above the least possible: the no-rematch rule forced longer floats this time)');
  }
  if (n > largestPeerField) {
    console.info(
      `  tournament-pairings not run at ${n.toLocaleString('en')}: its graph has ${((n * (n - 1)) / 2).toLocaleString('en')} weighted edges and blossom matching is cubic`,
    );
    continue;
  }
  const theirs = peer(state, records);
  const peerChecked = check(records, theirs.pairs);
  console.info(
    `  tournament-pairings 2.0.1 on the same standings: ${theirs.ms.toFixed(0)} ms (one run); ` +
      `${peerChecked.crossGroup} pairs across score groups, ${peerChecked.scoreGap} points apart in all; Silta is ${(theirs.ms / ms).toFixed(0)}× faster (goal ≥ 100×)`,
  );
  if (theirs.ms / ms < 100) process.exitCode = 1;
  if (ms > ceilingMs) process.exitCode = 1;
}
