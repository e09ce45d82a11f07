import { applyResult } from './apply-result.js';
import type { Match, MatchResult, TournamentState } from './match.js';
import { nextSwissRound } from './swiss.js';

export interface SimulationOptions {
  /** Where draws are allowed, the share of matches drawn. Default 0.1. */
  drawRate?: number;
  /** Stop after this many Swiss rounds have been played. */
  swissRoundsToPlay?: number;
}

/**
 * A random but valid result for a match: a draw where allowed and drawn, else a coin decides the
 * winner and the loser takes a random number of games short of winning. `random` is any uniform
 * source in [0, 1) (pass a seeded one for repeatable demo data and tests).
 *
 * @example
 * randomResult(match, true, Math.random) // { scores: [2, 1] }
 */
export function randomResult(
  match: Match,
  allowDraws: boolean,
  random: () => number,
  drawRate = 0.1,
): MatchResult {
  const n = match.bestOf;
  if (allowDraws && match.bracket === null && random() < drawRate) return { scores: [n / 2, n / 2] };
  const need = Math.floor(n / 2) + 1;
  const loserGames = Math.min(need - 1, n - need, Math.floor(random() * need));
  return random() < 0.5 ? { scores: [need, loserGames] } : { scores: [loserGames, need] };
}

/**
 * Plays a tournament to its end (or a Swiss to a given round) with random results: demo data,
 * tests and benchmarks. Pure apart from the random source.
 *
 * @example
 * playOut(createDoubleElimination(entrants), Math.random).status // 'completed'
 */
export function playOut(
  state: TournamentState,
  random: () => number,
  options: SimulationOptions = {},
): TournamentState {
  let current = state;
  const lastRound = options.swissRoundsToPlay ?? Number.POSITIVE_INFINITY;
  for (;;) {
    const ready = current.matches.filter((m) => m.status === 'ready');
    if (ready.length === 0) {
      if (current.format !== 'swiss' || current.status === 'completed') return current;
      const round = current.matches.reduce((max, m) => Math.max(max, m.round), 0);
      if (round >= lastRound) return current;
      const next = nextSwissRound(current);
      if (!next.ok) return current;
      current = next.state;
      continue;
    }
    for (const match of ready) {
      const outcome = applyResult(
        current,
        match.id,
        randomResult(match, current.allowDraws, random, options.drawRate),
      );
      if (!outcome.ok) throw new Error(`simulated result refused: ${outcome.code}`);
      current = outcome.state;
    }
  }
}

/**
 * A small seeded uniform random source (mulberry32), so simulations repeat exactly.
 *
 * @example
 * const random = seededRandom(42); random() // 0.6011037519201636
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
