/**
 * A player or a team taking part in a tournament. Core does not care which: the server decides
 * whether an entrant stands for one account or for a roster.
 */
export interface Entrant {
  id: string;
  /** Current rating (Glicko-2 or a team ordinal); used for seeding and as the last tiebreak. */
  rating?: number;
  /** A seed fixed by hand (1 is the strongest). Only read when seeding `by: 'hand'`. */
  seed?: number;
}

/** An entrant with its final seed: 1 is the strongest, seeds run 1..n without gaps. */
export interface SeededEntrant {
  id: string;
  rating: number;
  seed: number;
}

export type SeedingMethod = 'rating' | 'hand';

/** Thrown for input a caller should have validated (duplicate ids, bad seeds): a programming error. */
export class TournamentInputError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'TournamentInputError';
  }
}

/**
 * Gives every entrant a seed 1..n. By rating: highest rating first, ties kept in the given order.
 * By hand: entrants with a seed come first in seed order, the others follow by rating.
 *
 * @example
 * seedEntrants([{ id: 'a', rating: 1400 }, { id: 'b', rating: 1700 }]).map((e) => e.id) // ['b', 'a']
 * seedEntrants([{ id: 'a', seed: 1 }, { id: 'b', seed: 2 }], 'hand').map((e) => e.seed) // [1, 2]
 */
export function seedEntrants(entrants: readonly Entrant[], by: SeedingMethod = 'rating'): SeededEntrant[] {
  const ids = new Set<string>();
  for (const entrant of entrants) {
    if (ids.has(entrant.id)) throw new TournamentInputError('DUPLICATE_ENTRANT', `duplicate ${entrant.id}`);
    ids.add(entrant.id);
  }
  const indexed = entrants.map((entrant, index) => ({ entrant, index, rating: entrant.rating ?? 0 }));
  const byRating = (a: (typeof indexed)[number], b: (typeof indexed)[number]) =>
    b.rating - a.rating || a.index - b.index;
  let ordered: typeof indexed;
  if (by === 'hand') {
    const seeds = new Set<number>();
    for (const { entrant } of indexed) {
      if (entrant.seed === undefined) continue;
      if (!Number.isInteger(entrant.seed) || entrant.seed < 1 || seeds.has(entrant.seed)) {
        throw new TournamentInputError('INVALID_SEED', `seed ${entrant.seed} of ${entrant.id}`);
      }
      seeds.add(entrant.seed);
    }
    const withSeed = indexed.filter((e) => e.entrant.seed !== undefined);
    withSeed.sort((a, b) => (a.entrant.seed ?? 0) - (b.entrant.seed ?? 0));
    const rest = indexed.filter((e) => e.entrant.seed === undefined).sort(byRating);
    ordered = [...withSeed, ...rest];
  } else {
    ordered = [...indexed].sort(byRating);
  }
  return ordered.map((e, i) => ({ id: e.entrant.id, rating: e.rating, seed: i + 1 }));
}
