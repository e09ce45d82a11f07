import { type Entrant, type SeedingMethod, seedEntrants } from './entrant.js';
import { type BestOfRule, bestOfFor, linkedMatch, type Match, type TournamentState } from './match.js';
import { settleMatches } from './settle-matches.js';
import { winnersBracket } from './single-elimination.js';

export interface DoubleEliminationOptions {
  seeding?: SeedingMethod;
  bestOf?: BestOfRule;
  /**
   * Whether the grand final can be reset: if the losers-bracket champion wins the first grand
   * final, both have lost once and a second match `GF-2` decides. Default true.
   */
  grandFinalReset?: boolean;
}

/**
 * Creates a double-elimination bracket: the winners bracket (`W<round>-<n>`), the losers bracket
 * (`L<round>-<n>`, 2·(k−1) rounds for 2^k positions) and the grand final `GF-1` (plus `GF-2`, the
 * reset, skipped when the winners-bracket champion wins `GF-1`). Losers dropping from the winners
 * bracket enter in alternating order so that early rematches are rare.
 *
 * @example
 * const state = createDoubleElimination(['a', 'b', 'c', 'd'].map((id) => ({ id })));
 * state.matches.map((m) => m.id) // ['W1-1', 'W1-2', 'W2-1', 'L1-1', 'L2-1', 'GF-1', 'GF-2']
 */
export function createDoubleElimination(
  entrants: readonly Entrant[],
  options: DoubleEliminationOptions = {},
): TournamentState {
  const seeded = seedEntrants(entrants, options.seeding);
  const winners = winnersBracket(
    seeded.map((e) => e.id),
    options.bestOf,
  );
  const k = winners.at(-1)?.round ?? 1;
  const wb = (round: number, n: number) => `W${round}-${n}`;
  const losers: Match[] = [];
  const add = (
    round: number,
    n: number,
    from0: Match['slots'][0]['from'],
    from1: Match['slots'][0]['from'],
  ) => {
    if (from0 === null || from1 === null) throw new Error('losers bracket slot without a source');
    losers.push(
      linkedMatch(
        {
          id: `L${round}-${n}`,
          round,
          bracket: 'losers',
          bestOf: bestOfFor(options.bestOf, round, 'losers'),
        },
        from0,
        from1,
      ),
    );
  };
  const size = 2 ** k;
  if (k >= 2) {
    for (let i = 0; i < size / 4; i++) {
      add(
        1,
        i + 1,
        { type: 'loser', matchId: wb(1, 2 * i + 1) },
        { type: 'loser', matchId: wb(1, 2 * i + 2) },
      );
    }
    for (let j = 1; j <= k - 1; j++) {
      const count = size / 2 ** (j + 1);
      for (let i = 0; i < count; i++) {
        // Reverse the drop order every other round so dropped losers rarely meet someone they just met.
        const dropped = j % 2 === 1 ? count - i : i + 1;
        add(
          2 * j,
          i + 1,
          { type: 'winner', matchId: `L${2 * j - 1}-${i + 1}` },
          { type: 'loser', matchId: wb(j + 1, dropped) },
        );
      }
      if (j < k - 1) {
        for (let i = 0; i < count / 2; i++) {
          add(
            2 * j + 1,
            i + 1,
            { type: 'winner', matchId: `L${2 * j}-${2 * i + 1}` },
            { type: 'winner', matchId: `L${2 * j}-${2 * i + 2}` },
          );
        }
      }
    }
  }
  const losersChampion =
    k >= 2
      ? { type: 'winner' as const, matchId: `L${2 * k - 2}-1` }
      : { type: 'loser' as const, matchId: wb(1, 1) };
  const grandFinal = linkedMatch(
    { id: 'GF-1', round: 1, bracket: 'grand_final', bestOf: bestOfFor(options.bestOf, 1, 'grand_final') },
    { type: 'winner', matchId: wb(k, 1) },
    losersChampion,
  );
  const matches = [...winners, ...losers, grandFinal];
  if (options.grandFinalReset !== false) {
    matches.push(
      linkedMatch(
        {
          id: 'GF-2',
          round: 2,
          bracket: 'grand_final',
          bestOf: bestOfFor(options.bestOf, 2, 'grand_final'),
          role: 'reset',
        },
        { type: 'winner', matchId: 'GF-1' },
        { type: 'loser', matchId: 'GF-1' },
      ),
    );
  }
  return {
    format: 'double_elimination',
    entrants: seeded,
    matches: settleMatches(matches).matches,
    allowDraws: false,
    swissRounds: null,
    status: 'running',
  };
}
