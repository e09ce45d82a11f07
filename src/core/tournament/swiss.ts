import { type Entrant, type SeedingMethod, seedEntrants, TournamentInputError } from './entrant.js';
import { type BestOfRule, bestOfFor, fixedMatch, type Match, type TournamentState } from './match.js';
import { entrantRecords } from './standings.js';
import { pairSwissRound } from './swiss-pairing.js';

export interface SwissOptions {
  /** Number of rounds announced; at most n−1 (n when n is odd), where everyone would have met. */
  rounds: number;
  seeding?: SeedingMethod;
  bestOf?: BestOfRule;
  allowDraws?: boolean;
}

export type SwissRoundOutcome =
  | { ok: true; state: TournamentState; matches: Match[] }
  | { ok: false; code: 'NOT_SWISS' | 'ROUND_INCOMPLETE' | 'NO_MORE_ROUNDS' | 'NO_PAIRING' };

/**
 * Creates a Swiss tournament and pairs its first round (`S1-<n>`, and `S1-bye` with an odd field).
 *
 * @example
 * const state = createSwiss(['a', 'b', 'c'].map((id, i) => ({ id, rating: 1500 - i })), { rounds: 3 });
 * state.matches.map((m) => m.id) // ['S1-1', 'S1-bye']
 */
export function createSwiss(entrants: readonly Entrant[], options: SwissOptions): TournamentState {
  const seeded = seedEntrants(entrants, options.seeding);
  const most = seeded.length % 2 === 0 ? seeded.length - 1 : seeded.length;
  if (seeded.length < 2) throw new TournamentInputError('TOO_FEW_ENTRANTS', 'a Swiss needs two entrants');
  if (!Number.isInteger(options.rounds) || options.rounds < 1 || options.rounds > most) {
    throw new TournamentInputError(
      'INVALID_ROUNDS',
      `${options.rounds} rounds for ${seeded.length} entrants`,
    );
  }
  const empty: TournamentState = {
    format: 'swiss',
    entrants: seeded,
    matches: [],
    allowDraws: options.allowDraws ?? false,
    swissRounds: options.rounds,
    status: 'running',
  };
  const first = pairNextRound(empty, options.bestOf);
  if (!first.ok) throw new Error('a first Swiss round can always be paired');
  return first.state;
}

/**
 * Pairs the next Swiss round once every match of the current one is decided; completes nothing
 * by itself (the tournament completes when the last round's last result comes in).
 *
 * @example
 * const next = nextSwissRound(state);
 * if (!next.ok) next.code // 'ROUND_INCOMPLETE'
 */
export function nextSwissRound(state: TournamentState, bestOf?: BestOfRule): SwissRoundOutcome {
  if (state.format !== 'swiss' || state.swissRounds === null) return { ok: false, code: 'NOT_SWISS' };
  if (state.matches.some((m) => m.status !== 'completed')) return { ok: false, code: 'ROUND_INCOMPLETE' };
  const last = state.matches.at(-1)?.bestOf;
  return pairNextRound(state, bestOf ?? last);
}

/** The round a Swiss is in: the highest round with a match (0 before the first). */
export function currentSwissRound(state: TournamentState): number {
  return state.matches.reduce((max, m) => Math.max(max, m.round), 0);
}

function pairNextRound(state: TournamentState, bestOf: BestOfRule | undefined): SwissRoundOutcome {
  const total = state.swissRounds ?? 0;
  const round = currentSwissRound(state) + 1;
  if (round > total) return { ok: false, code: 'NO_MORE_ROUNDS' };
  const ids = state.entrants.map((e) => e.id);
  const records = entrantRecords(state.matches, ids);
  const pairing = pairSwissRound(
    state.entrants.map((e) => {
      const r = records.get(e.id);
      return {
        id: e.id,
        score: r?.points ?? 0,
        rank: e.seed,
        opponents: r?.opponents ?? [],
        hadBye: (r?.byes ?? 0) > 0,
        sideBalance: r?.sideBalance ?? 0,
      };
    }),
    { roundsAfter: total - round },
  );
  if (!pairing.ok) return { ok: false, code: 'NO_PAIRING' };
  const games = bestOfFor(bestOf, round, null);
  const fields = (id: string) => ({ id, round, bracket: null, group: null, bestOf: games });
  const seedOf = new Map(state.entrants.map((e) => [e.id, e.seed]));
  // Board order: the strongest pair first.
  const boards = [...pairing.pairs].sort(
    ([a1, b1], [a2, b2]) =>
      Math.min(seedOf.get(a1) ?? 0, seedOf.get(b1) ?? 0) - Math.min(seedOf.get(a2) ?? 0, seedOf.get(b2) ?? 0),
  );
  const created: Match[] = boards.map(([a, b], i) => ({
    ...fixedMatch(fields(`S${round}-${i + 1}`), a, b),
    status: 'ready',
  }));
  if (pairing.bye !== null) {
    created.push({
      ...fixedMatch(fields(`S${round}-bye`), pairing.bye, null),
      status: 'completed',
      winnerId: pairing.bye,
    });
  }
  const matches = [...state.matches, ...created];
  const status = round === total && created.every((m) => m.status === 'completed') ? 'completed' : 'running';
  return { ok: true, state: { ...state, matches, status }, matches: created };
}
