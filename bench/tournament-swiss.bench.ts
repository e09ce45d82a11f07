// One Swiss round of 1,000 entrants after 5 played rounds (ceiling 0.1 s, peer tournament-pairings
// at ≥ 100× slower) and of 10,000 entrants (ceiling 1 s). Prints figures and ratios measured here.
import { judgeScores } from '../src/core/tournament/best-of.js';
import type { Match, TournamentState } from '../src/core/tournament/match.js';
import { randomResult, seededRandom } from '../src/core/tournament/simulated-play.js';
import { entrantRecords } from '../src/core/tournament/standings.js';
import { createSwiss, nextSwissRound } from '../src/core/tournament/swiss.js';

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

function afterRounds(n: number, played: number, seed: number): TournamentState {
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

/** Checks the new round: no rematch, everyone once, bye rules; returns the number of floats. */
function verify(before: TournamentState, created: readonly Match[]): number {
  const records = entrantRecords(
    before.matches,
    before.entrants.map((e) => e.id),
  );
  const seen = new Set<string>();
  let floats = 0;
  for (const m of created) {
    const [a, b] = [m.slots[0].entrantId, m.slots[1].entrantId];
    for (const id of [a, b]) {
      if (id === null) continue;
      if (seen.has(id)) throw new Error(`${id} twice in a round`);
      seen.add(id);
    }
    if (a === null || b === null) {
      if ((records.get((a ?? b) as string)?.byes ?? 0) > 0) throw new Error('second bye');
      continue;
    }
    if (records.get(a)?.opponents.includes(b)) throw new Error(`rematch ${a}-${b}`);
    if (records.get(a)?.points !== records.get(b)?.points) floats++;
  }
  if (seen.size !== before.entrants.length) throw new Error('someone left out');
  return floats;
}

function measure(n: number, runs: number): { ms: number; floats: number; groups: number } {
  const times: number[] = [];
  let floats = 0;
  let groups = 0;
  for (let run = 0; run < runs; run++) {
    const state = afterRounds(n, 5, 1_000 + run);
    const start = performance.now();
    const next = nextSwissRound(state);
    times.push(performance.now() - start);
    if (!next.ok) throw new Error(next.code);
    floats = verify(state, next.matches);
    const records = entrantRecords(
      state.matches,
      state.entrants.map((e) => e.id),
    );
    groups = new Set([...records.values()].map((r) => r.points)).size;
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] as number, floats, groups };
}

async function peerAvailable(): Promise<boolean> {
  try {
    await import('tournament-pairings' as string);
    return true;
  } catch {
    return false;
  }
}

for (const [n, ceilingMs, runs] of [
  [1_000, 100, 15],
  [10_000, 1_000, 5],
] as const) {
  const { ms, floats, groups } = measure(n, runs);
  console.info(
    `swiss round 6, ${n} entrants: ${ms.toFixed(2)} ms (median of ${runs}); ceiling ${ceilingMs} ms → ${(ceilingMs / ms).toFixed(1)}× under; ${groups} score groups, ${floats} cross-group pairs, no rematch`,
  );
}
if (await peerAvailable()) {
  console.info('tournament-pairings is installed but no adapter is written yet: ratio not measured');
} else {
  console.info('peer tournament-pairings (GPL-3.0) is not installed: the ≥ 100× ratio is not measured');
}
