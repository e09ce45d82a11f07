import { type Entrant, type SeedingMethod, seedEntrants, TournamentInputError } from './entrant.js';
import { type BestOfRule, bestOfFor, fixedMatch, type Match, type TournamentState } from './match.js';
import { settleMatches } from './settle-matches.js';

/**
 * The circle method: with n entrants (one sitting out each round when n is odd), n−1 rounds (n when
 * odd) in which everyone meets everyone once. Each pair is `[home, away]` by index; every entrant's
 * home and away counts differ by at most one.
 *
 * @example
 * circleSchedule(4) // [[[3, 0], [1, 2]], [[1, 3], [2, 0]], [[3, 2], [0, 1]]]
 */
export function circleSchedule(entrantCount: number): Array<Array<[number, number]>> {
  const m = entrantCount % 2 === 0 ? entrantCount : entrantCount + 1;
  const fixed = m - 1;
  const rounds: Array<Array<[number, number]>> = [];
  for (let r = 0; r < m - 1; r++) {
    const pairs: Array<[number, number]> = [];
    // The fixed position alternates sides; the others take sides by distance, which balances them.
    pairs.push(r % 2 === 0 ? [fixed, r] : [r, fixed]);
    for (let k = 1; k < m / 2; k++) {
      const up = (r + k) % (m - 1);
      const down = (r - k + (m - 1)) % (m - 1);
      pairs.push(k % 2 === 1 ? [up, down] : [down, up]);
    }
    // With an odd count the fixed position is the empty seat: its opponent sits out.
    rounds.push(pairs.filter(([a, b]) => a < entrantCount && b < entrantCount));
  }
  return rounds;
}

export interface RoundRobinOptions {
  seeding?: SeedingMethod;
  bestOf?: BestOfRule;
  /** Everyone meets everyone twice, sides swapped in the second cycle. */
  double?: boolean;
  /** Whether a match may end level (games with draws, such as chess). */
  allowDraws?: boolean;
}

/**
 * Round-robin matches for a list of entrant ids, `R<round>-<n>` (prefixed `G<group>-` in a group).
 * Entrants sitting out a round (odd counts) get no match: a round-robin bye scores nothing.
 *
 * @example
 * roundRobinMatches(['a', 'b', 'c'], {}).length // 3
 */
export function roundRobinMatches(
  ids: readonly string[],
  options: { double?: boolean; bestOf?: BestOfRule; group?: number },
): Match[] {
  if (ids.length < 2) throw new TournamentInputError('TOO_FEW_ENTRANTS', 'a round robin needs two entrants');
  const schedule = circleSchedule(ids.length);
  const cycles = options.double === true ? 2 : 1;
  const prefix = options.group === undefined ? '' : `G${options.group}-`;
  const matches: Match[] = [];
  for (let cycle = 0; cycle < cycles; cycle++) {
    schedule.forEach((pairs, r) => {
      const round = cycle * schedule.length + r + 1;
      pairs.forEach(([home, away], i) => {
        const [a, b] = cycle === 0 ? [home, away] : [away, home];
        matches.push(
          fixedMatch(
            {
              id: `${prefix}R${round}-${i + 1}`,
              round,
              bracket: null,
              group: options.group ?? null,
              bestOf: bestOfFor(options.bestOf, round, null),
            },
            ids[a] ?? null,
            ids[b] ?? null,
          ),
        );
      });
    });
  }
  return matches;
}

/**
 * Creates a single or double round robin, seeded so that round 1 is seed order on the circle.
 *
 * @example
 * const state = createRoundRobin(['a', 'b', 'c', 'd'].map((id) => ({ id })), { double: true });
 * state.matches.length // 12
 */
export function createRoundRobin(
  entrants: readonly Entrant[],
  options: RoundRobinOptions = {},
): TournamentState {
  const seeded = seedEntrants(entrants, options.seeding);
  const matches = roundRobinMatches(
    seeded.map((e) => e.id),
    options,
  );
  return {
    format: 'round_robin',
    entrants: seeded,
    matches: settleMatches(matches).matches,
    allowDraws: options.allowDraws ?? false,
    swissRounds: null,
    status: 'running',
  };
}
