import { type Entrant, type SeedingMethod, seedEntrants, TournamentInputError } from './entrant.js';
import {
  type BestOfRule,
  bestOfFor,
  fixedMatch,
  linkedMatch,
  type Match,
  type TournamentState,
} from './match.js';
import { bracketSize, standardSeedOrder } from './seeding-order.js';
import { settleMatches } from './settle-matches.js';

export interface SingleEliminationOptions {
  seeding?: SeedingMethod;
  bestOf?: BestOfRule;
  /** Adds a match between the two semi-final losers. */
  thirdPlace?: boolean;
}

/**
 * Creates a single-elimination bracket: rounds of `W<round>-<n>` matches, the top seeds taking the
 * byes, and an optional third-place match `W<final round>-3rd`. Byes are completed at once.
 *
 * @example
 * const state = createSingleElimination([{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }], { thirdPlace: true });
 * state.matches.map((m) => m.id) // ['W1-1', 'W1-2', 'W2-1', 'W2-3rd']
 */
export function createSingleElimination(
  entrants: readonly Entrant[],
  options: SingleEliminationOptions = {},
): TournamentState {
  const seeded = seedEntrants(entrants, options.seeding);
  const matches = winnersBracket(
    seeded.map((e) => e.id),
    options.bestOf,
  );
  const rounds = matches.at(-1)?.round ?? 1;
  if (options.thirdPlace === true && rounds >= 2) {
    const semis = matches.filter((m) => m.round === rounds - 1);
    const [s1, s2] = [semis[0], semis[1]];
    if (s1 !== undefined && s2 !== undefined) {
      matches.push({
        ...linkedMatch(
          {
            id: `W${rounds}-3rd`,
            round: rounds,
            bracket: 'winners',
            bestOf: bestOfFor(options.bestOf, rounds, 'winners'),
            role: 'third_place',
          },
          { type: 'loser', matchId: s1.id },
          { type: 'loser', matchId: s2.id },
        ),
      });
    }
  }
  return {
    format: 'single_elimination',
    entrants: seeded,
    matches: settleMatches(matches).matches,
    allowDraws: false,
    swissRounds: null,
    status: 'running',
  };
}

/**
 * The winners bracket shared by single and double elimination: ids in seed order, byes for the
 * missing positions (always opposite a top seed).
 */
export function winnersBracket(seedOrderIds: readonly string[], bestOf: BestOfRule | undefined): Match[] {
  if (seedOrderIds.length < 2)
    throw new TournamentInputError('TOO_FEW_ENTRANTS', 'an elimination needs two entrants');
  const size = bracketSize(seedOrderIds.length);
  const order = standardSeedOrder(size);
  const matches: Match[] = [];
  let previous: Match[] = [];
  for (let i = 0; i < size / 2; i++) {
    const idAt = (seed: number | undefined) => (seed === undefined ? null : (seedOrderIds[seed - 1] ?? null));
    const match = fixedMatch(
      {
        id: `W1-${i + 1}`,
        round: 1,
        bracket: 'winners',
        group: null,
        bestOf: bestOfFor(bestOf, 1, 'winners'),
      },
      idAt(order[2 * i]),
      idAt(order[2 * i + 1]),
    );
    previous.push(match);
  }
  matches.push(...previous);
  for (let round = 2; previous.length > 1; round++) {
    const current: Match[] = [];
    for (let i = 0; i < previous.length / 2; i++) {
      const [left, right] = [previous[2 * i], previous[2 * i + 1]];
      if (left === undefined || right === undefined) throw new Error('unbalanced bracket');
      current.push(
        linkedMatch(
          {
            id: `W${round}-${i + 1}`,
            round,
            bracket: 'winners',
            bestOf: bestOfFor(bestOf, round, 'winners'),
          },
          { type: 'winner', matchId: left.id },
          { type: 'winner', matchId: right.id },
        ),
      );
    }
    matches.push(...current);
    previous = current;
  }
  return matches;
}
