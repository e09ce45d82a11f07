import type { Match as CoreMatch, TournamentState } from '../../../core/tournament/match.js';
import { computeStandings, type StandingRow } from '../../../core/tournament/standings.js';
import type { Entrant, Match } from './esports-api.js';

/**
 * The Swiss table as it stood after a round, from the matches the API gives: the server answers
 * only the current table, and the same core rule (points, Buchholz, Sonneborn–Berger, rating,
 * seed) gives every earlier one.
 *
 * @example
 * standingsAfterRound(entrants, matches, 2)[0] // { entrantId, rank: 1, points: 2, buchholz: 3, ... }
 */
export function standingsAfterRound(
  entrants: readonly Entrant[],
  matches: readonly Match[],
  round: number,
): StandingRow[] {
  const state: TournamentState = {
    format: 'swiss',
    entrants: entrants.map((entrant, index) => ({
      id: entrant.id,
      rating: entrant.rating ?? 0,
      seed: entrant.seed ?? index + 1,
    })),
    matches: matches.filter((match) => match.round <= round).map(coreMatch),
    allowDraws: true,
    swissRounds: null,
    status: 'running',
  };
  return computeStandings(state);
}

function coreMatch(match: Match): CoreMatch {
  const completed = match.status === 'completed';
  const loserId =
    completed && match.winnerId !== null
      ? match.winnerId === match.entrant1Id
        ? match.entrant2Id
        : match.entrant1Id
      : null;
  return {
    id: match.id,
    round: match.round,
    bracket: match.bracket,
    group: match.group,
    role: match.role,
    slots: [
      { entrantId: match.entrant1Id, from: null },
      { entrantId: match.entrant2Id, from: null },
    ],
    bestOf: match.bestOf,
    status: completed ? 'completed' : 'ready',
    result: completed && match.scores !== null ? { scores: match.scores } : null,
    winnerId: completed ? match.winnerId : null,
    loserId,
  };
}
