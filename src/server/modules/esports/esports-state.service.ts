import { isoWithOffset } from '../../../core/time/zoned-time.js';
import type {
  Bracket,
  Match as CoreMatch,
  MatchStatus as CoreStatus,
  SeededEntrant,
  SlotSource,
  TournamentFormat,
  TournamentState,
} from '../../../core/tournament/index.js';
import type { City } from '../partnership/partnership.schema.js';
import type { EntrantRow, MatchRow, TournamentRow } from './esports.repository.js';
import type { Match } from './esports.schema.js';

/**
 * The rules that turn a tournament's rows into the core's `TournamentState` and back. Core knows
 * pending, ready, completed and skipped; the server adds `reported` and `disputed` on top of ready.
 */

export function coreMatch(row: MatchRow): CoreMatch {
  const status: CoreStatus =
    row.status === 'reported' || row.status === 'disputed' ? 'ready' : (row.status as CoreStatus);
  const scores = row.scores === null ? null : (JSON.parse(row.scores) as [number, number]);
  return {
    id: row.match_key,
    round: Number(row.round),
    bracket: row.bracket as Bracket | null,
    group: row.group_number === null ? null : Number(row.group_number),
    role: row.role as CoreMatch['role'],
    slots: [
      { entrantId: row.entrant1_id, from: parseSource(row.source1) },
      { entrantId: row.entrant2_id, from: parseSource(row.source2) },
    ],
    bestOf: Number(row.best_of),
    status,
    result:
      scores === null
        ? null
        : row.forfeited_by === null
          ? { scores }
          : { scores, forfeitedBy: Number(row.forfeited_by) === 0 ? 0 : 1 },
    winnerId: row.winner_id,
    loserId: row.loser_id,
  };
}

function parseSource(json: string | null): SlotSource | null {
  return json === null ? null : (JSON.parse(json) as SlotSource);
}

/**
 * A core match as a row. Server fields (report, dispute, schedule) come from the row it replaces; a
 * match the core still calls ready keeps its reported or disputed status.
 */
export function matchRow(
  match: CoreMatch,
  base: { tournamentId: string; position: number; now: string; id: string },
  existing?: MatchRow,
): MatchRow {
  const keepServerStatus =
    match.status === 'ready' && (existing?.status === 'reported' || existing?.status === 'disputed');
  const completedNow = match.status === 'completed' && existing?.status !== 'completed';
  return {
    id: base.id,
    tournament_id: base.tournamentId,
    match_key: match.id,
    position: base.position,
    round: match.round,
    bracket: match.bracket,
    group_number: match.group,
    role: match.role,
    best_of: match.bestOf,
    entrant1_id: match.slots[0].entrantId,
    entrant2_id: match.slots[1].entrantId,
    source1: match.slots[0].from === null ? null : JSON.stringify(match.slots[0].from),
    source2: match.slots[1].from === null ? null : JSON.stringify(match.slots[1].from),
    status: keepServerStatus ? (existing?.status ?? match.status) : match.status,
    winner_id: match.winnerId,
    loser_id: match.loserId,
    scores: match.result === null ? null : JSON.stringify(match.result.scores),
    forfeited_by: match.result?.forfeitedBy ?? null,
    reported_by: existing?.reported_by ?? null,
    reported_winner_id: existing?.reported_winner_id ?? null,
    reported_scores: existing?.reported_scores ?? null,
    reported_at: existing?.reported_at ?? null,
    disputed_by: existing?.disputed_by ?? null,
    dispute_reason: existing?.dispute_reason ?? null,
    decided_by: existing?.decided_by ?? null,
    scheduled_at: existing?.scheduled_at ?? null,
    proposed_at: existing?.proposed_at ?? null,
    proposed_by: existing?.proposed_by ?? null,
    completed_at: completedNow ? base.now : (existing?.completed_at ?? null),
    updated_at: existing === undefined || changed(match, existing) ? base.now : existing.updated_at,
  };
}

function changed(match: CoreMatch, row: MatchRow): boolean {
  const before = coreMatch(row);
  return JSON.stringify(before) !== JSON.stringify(match);
}

/** The core state of a tournament from its rows (entrants may be left out where only matches count). */
export function tournamentState(
  tournament: { format: string; allowDraws: boolean; swissRounds: number | null; status: string },
  matches: readonly MatchRow[],
  entrants: readonly SeededEntrant[] = [],
): TournamentState {
  return {
    format: tournament.format as TournamentFormat,
    entrants,
    matches: matches.map(coreMatch),
    allowDraws: tournament.allowDraws,
    swissRounds: tournament.swissRounds,
    status: tournament.status === 'completed' ? 'completed' : 'running',
  };
}

/** Entrants that play (no-shows left out), with the seeds the start gave them. */
export function seededEntrants(entrants: readonly EntrantRow[]): SeededEntrant[] {
  return entrants
    .filter((e) => e.status !== 'no_show' && e.seed !== null)
    .map((e) => ({ id: e.id, rating: Number(e.rating ?? 0), seed: Number(e.seed) }))
    .sort((a, b) => a.seed - b.seed);
}

export function stateOfTournament(
  tournament: TournamentRow,
  matches: readonly MatchRow[],
  entrants: readonly EntrantRow[],
): TournamentState {
  return tournamentState(
    {
      format: tournament.format,
      allowDraws: Number(tournament.allow_draws) === 1,
      swissRounds: tournament.swiss_rounds === null ? null : Number(tournament.swiss_rounds),
      status: tournament.status,
    },
    matches,
    seededEntrants(entrants),
  );
}

/** A match as the API shows it; skipped matches (an unneeded grand-final reset) are not shown. */
export function apiMatch(
  row: MatchRow,
  cityOfEntrant: ReadonlyMap<string, string>,
  cities: readonly City[],
): Match {
  const scores = row.scores === null ? null : (JSON.parse(row.scores) as [number, number]);
  const entrantCities = new Set(
    [row.entrant1_id, row.entrant2_id].flatMap((id) => {
      const city = id === null ? undefined : cityOfEntrant.get(id);
      return city === undefined ? [] : [city];
    }),
  );
  const scheduled = row.scheduled_at === null ? null : new Date(row.scheduled_at);
  return {
    id: row.id,
    tournamentId: row.tournament_id,
    key: row.match_key,
    round: Number(row.round),
    bracket: row.bracket as Match['bracket'],
    group: row.group_number === null ? null : Number(row.group_number),
    role: row.role as Match['role'],
    bestOf: Number(row.best_of),
    entrant1Id: row.entrant1_id,
    entrant2Id: row.entrant2_id,
    status: row.status as Match['status'],
    winnerId: row.winner_id,
    scores,
    forfeit: row.forfeited_by !== null,
    report:
      row.reported_by === null || row.reported_scores === null || row.reported_at === null
        ? null
        : {
            byEntrantId: row.reported_by,
            winnerId: row.reported_winner_id,
            scores: JSON.parse(row.reported_scores) as [number, number],
            at: row.reported_at,
          },
    dispute:
      row.disputed_by === null ? null : { byEntrantId: row.disputed_by, reason: row.dispute_reason ?? '' },
    scheduledAt: row.scheduled_at,
    proposal:
      row.proposed_at === null || row.proposed_by === null
        ? null
        : { startsAt: row.proposed_at, byEntrantId: row.proposed_by },
    localTimes:
      scheduled === null
        ? {}
        : Object.fromEntries(
            cities
              .filter((city) => entrantCities.has(city.id))
              .map((city) => [city.id, isoWithOffset(scheduled, city.timeZone)]),
          ),
  };
}
