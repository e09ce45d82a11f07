import { type Entrant, type SeedingMethod, seedEntrants, TournamentInputError } from './entrant.js';
import type { BestOfRule, TournamentState } from './match.js';
import { roundRobinMatches } from './round-robin.js';
import { settleMatches } from './settle-matches.js';
import { computeStandings } from './standings.js';

export interface GroupStageOptions {
  groups: number;
  seeding?: SeedingMethod;
  bestOf?: BestOfRule;
  double?: boolean;
  allowDraws?: boolean;
}

/**
 * Snake seeding: seeds 1..g go to groups 1..g, the next g back from g to 1, and so on, so every
 * group gets an even share of strength.
 *
 * @example
 * snakeGroups(['s1', 's2', 's3', 's4', 's5', 's6'], 2) // [['s1', 's4', 's5'], ['s2', 's3', 's6']]
 */
export function snakeGroups<T>(seedOrder: readonly T[], groupCount: number): T[][] {
  const groups: T[][] = Array.from({ length: groupCount }, () => []);
  seedOrder.forEach((item, i) => {
    const lap = Math.floor(i / groupCount);
    const at = i % groupCount;
    groups[lap % 2 === 0 ? at : groupCount - 1 - at]?.push(item);
  });
  return groups;
}

/**
 * The first stage of a two-stage event: snake-seeded groups, each a round robin (`G<g>-R<r>-<n>`).
 * Standings per group come from `computeStandings(state, group)`.
 *
 * @example
 * const state = createGroupStage(entrants16, { groups: 4 });
 * state.matches.filter((m) => m.group === 1).length // 6
 */
export function createGroupStage(entrants: readonly Entrant[], options: GroupStageOptions): TournamentState {
  const seeded = seedEntrants(entrants, options.seeding);
  if (!Number.isInteger(options.groups) || options.groups < 1 || seeded.length < 2 * options.groups) {
    throw new TournamentInputError(
      'INVALID_GROUPS',
      `${options.groups} groups for ${seeded.length} entrants`,
    );
  }
  const groups = snakeGroups(
    seeded.map((e) => e.id),
    options.groups,
  );
  const matches = groups.flatMap((ids, g) =>
    roundRobinMatches(ids, { double: options.double, bestOf: options.bestOf, group: g + 1 }),
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

/**
 * The entrants who go on to the playoffs: the top `perGroup` of every group, ordered for seeding
 * (all group winners first, then all runners-up, ...; within a tier by points and tiebreaks), with
 * the places swapped within a tier where that keeps entrants of the same group apart in the first
 * playoff round. The result feeds `createSingleElimination` or `createDoubleElimination` with
 * `seeding: 'hand'`.
 *
 * @example
 * createSingleElimination(playoffEntrants(groupState, 2), { seeding: 'hand' })
 */
export function playoffEntrants(
  state: TournamentState,
  perGroup: number,
): Array<Entrant & { group: number }> {
  const groupNumbers = [
    ...new Set(state.matches.map((m) => m.group).filter((g): g is number => g !== null)),
  ].sort((a, b) => a - b);
  const rating = new Map(state.entrants.map((e) => [e.id, e.rating]));
  const tiers: Array<Array<{ id: string; group: number; points: number; tiebreak: number }>> = [];
  for (const group of groupNumbers) {
    computeStandings(state, group)
      .slice(0, perGroup)
      .forEach((row, place) => {
        tiers[place] ??= [];
        tiers[place].push({ id: row.entrantId, group, points: row.points, tiebreak: row.sonnebornBerger });
      });
  }
  const order = tiers.flatMap((tier) =>
    [...tier].sort((a, b) => b.points - a.points || b.tiebreak - a.tiebreak || a.group - b.group),
  );
  const separated = separateGroups(order, perGroup === 0 ? 1 : (tiers[0]?.length ?? 1));
  return separated.map((e, i) => ({ id: e.id, rating: rating.get(e.id) ?? 0, seed: i + 1, group: e.group }));
}

/**
 * Swaps entrants within their tier so first-round opponents (seed s against seed size+1−s) come
 * from different groups wherever a swap can achieve it.
 */
function separateGroups<T extends { group: number }>(order: readonly T[], tierSize: number): T[] {
  const seeds = [...order];
  let size = 2;
  while (size < seeds.length) size *= 2;
  const opponentOf = (i: number) => size - 1 - i;
  const clash = (i: number) => {
    const j = opponentOf(i);
    const [x, y] = [seeds[i], seeds[j]];
    return x !== undefined && y !== undefined && x.group === y.group;
  };
  for (let i = 0; i < seeds.length; i++) {
    if (!clash(i)) continue;
    // Move the lower-placed of the two (the later seed) within its tier.
    const j = Math.max(i, opponentOf(i));
    const tierStart = Math.floor(j / tierSize) * tierSize;
    const tierEnd = Math.min(tierStart + tierSize, seeds.length);
    for (let k = tierStart; k < tierEnd; k++) {
      if (k === j) continue;
      const [a, b] = [seeds[j] as T, seeds[k] as T];
      seeds[j] = b;
      seeds[k] = a;
      if (!clash(j) && !clash(k)) break;
      seeds[j] = a;
      seeds[k] = b;
    }
  }
  return seeds;
}
