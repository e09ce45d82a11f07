import { addDays, calendarDateIn, isCalendarDate } from '../../../core/time/calendar-date.js';
import { isHolidayCountry } from '../../../core/time/holidays.js';
import { findSlots } from '../../../core/time/slot-finder.js';
import {
  applyResult,
  gamesOfMatch,
  initialGlicko,
  initialSkill,
  type MatchResult,
  skillOrdinal,
  updateGlicko,
  updateTeamSkill,
} from '../../../core/tournament/index.js';
import type { Clock } from '../../platform/clock.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { PartnershipService } from '../partnership/partnership.service.js';
import { type Actor, organizesTournament } from './esports.policy.js';
import type {
  Decision,
  EntrantRow,
  EsportsRepository,
  MatchContext,
  MatchRow,
  NewRating,
  SubjectRating,
  TournamentRow,
} from './esports.repository.js';
import type { Match, Rating, ResultBody } from './esports.schema.js';
import { apiMatch, matchRow, tournamentState } from './esports-state.service.js';
import type { TournamentsService } from './esports-tournaments.service.js';
import { parseInstant } from './esports-tournaments.service.js';

export interface MatchesDeps {
  repo: EsportsRepository;
  partnership: PartnershipService;
  tournaments: TournamentsService;
  clock: Clock;
}

/** Minutes a match window is sized for, per game of the best-of. */
const minutesPerGame = 40;

/** Who is asking about a match: an organizer, one of its sides (0 or 1), or neither. */
type Standing = { organizer: true; side: null } | { organizer: false; side: 0 | 1 };

/**
 * Match results and their flow: an organizer enters a result (or decides a dispute) directly; a side
 * reports, the other side confirms or disputes with a reason. Every write is one transaction that
 * checks the tournament's version, so two conflicting reports at once leave exactly one outcome.
 * Ratings (Glicko-2 one-on-one, OpenSkill teams) move in the transaction that completes a match.
 */
export function createMatchesService({ repo, partnership, tournaments, clock }: MatchesDeps) {
  async function matchOrFail(
    id: string,
  ): Promise<{ match: MatchRow; tournament: TournamentRow; sides: EntrantRow[] }> {
    const match = await repo.findMatch(id);
    if (match === undefined) throw new AppError('MATCH_NOT_FOUND');
    const tournament = await tournaments.tournamentOrFail(match.tournament_id);
    const ids = [match.entrant1_id, match.entrant2_id].filter((e): e is string => e !== null);
    return { match, tournament, sides: await repo.findEntrants(ids) };
  }

  /** Whether the actor organizes the match's tournament, or else which side they play for. */
  async function standingOf(actor: Actor, match: MatchRow, tournament: TournamentRow, sides: EntrantRow[]) {
    const cityIds = [tournament.host_city_id, ...sides.map((s) => s.city_id)];
    if (organizesTournament(actor.roles, actor.userId, { createdBy: tournament.created_by, cityIds })) {
      return { organizer: true, side: null } as Standing;
    }
    const mine = new Set((await repo.entrantsOf(tournament.id, actor.userId)).map((e) => e.id));
    if (match.entrant1_id !== null && mine.has(match.entrant1_id))
      return { organizer: false, side: 0 } as Standing;
    if (match.entrant2_id !== null && mine.has(match.entrant2_id))
      return { organizer: false, side: 1 } as Standing;
    throw new AppError('NOT_IN_MATCH');
  }

  function rowIn(context: MatchContext, id: string): MatchRow {
    const row = context.matches.find((m) => m.id === id);
    if (row === undefined) throw new AppError('MATCH_NOT_FOUND');
    return row;
  }

  /** New rating rows for a completed, played match, from the sides' current ratings. */
  function rateMatch(
    tournament: TournamentRow,
    matchId: string,
    sides: [string, string],
    scores: readonly [number, number],
    winnerId: string | null,
  ) {
    return (current: SubjectRating[]): NewRating[] => {
      const bySide = sides.map((entrantId) => current.filter((r) => r.entrantId === entrantId));
      const base = { game_id: tournament.game_id, tournament_id: tournament.id, match_id: matchId };
      if (tournament.entrant_kind === 'team') {
        const teams = bySide.map((members, i) => ({
          id: sides[i] ?? '',
          members: members.map((m) =>
            m.mu === null || m.sigma === null
              ? { id: m.subjectId, ...initialSkill() }
              : { id: m.subjectId, mu: m.mu, sigma: m.sigma },
          ),
        }));
        const ranks = winnerId === null ? [1, 1] : winnerId === sides[0] ? [1, 2] : [2, 1];
        const rated = updateTeamSkill(teams, ranks);
        return rated.flatMap((team, i) =>
          team.members.map((member) => ({
            ...base,
            subject_id: member.id,
            seq: (bySide[i]?.find((m) => m.subjectId === member.id)?.seq ?? 0) + 1,
            system: 'openskill',
            rating: skillOrdinal({ mu: member.mu, sigma: member.sigma }),
            rd: null,
            volatility: null,
            mu: member.mu,
            sigma: member.sigma,
          })),
        );
      }
      const [a, b] = bySide.map((members) => members[0]);
      if (a === undefined || b === undefined) return [];
      const players = [a, b].map((p) => ({
        id: p.subjectId,
        rating: p.rating ?? initialGlicko.rating,
        rd: p.rd ?? initialGlicko.rd,
        volatility: p.volatility ?? initialGlicko.volatility,
      }));
      const rated = updateGlicko(players, gamesOfMatch(a.subjectId, b.subjectId, scores));
      return rated.map((player) => ({
        ...base,
        subject_id: player.id,
        seq: ([a, b].find((p) => p.subjectId === player.id)?.seq ?? 0) + 1,
        system: 'glicko2',
        rating: player.rating,
        rd: player.rd,
        volatility: player.volatility,
        mu: null,
        sigma: null,
      }));
    };
  }

  /**
   * Completes a match with a result and carries it through the bracket: the decided match, every
   * match it feeds, the tournament's status, and the ratings, written together.
   */
  function complete(
    context: MatchContext,
    row: MatchRow,
    result: MatchResult,
    tournament: TournamentRow,
    decidedBy: string | null,
  ): Decision<MatchRow> {
    const state = tournamentState(context, context.matches);
    const outcome = applyResult(state, row.match_key, result);
    if (!outcome.ok) return { refuse: outcome.code };
    const now = clock.now().toISOString();
    const byKey = new Map(context.matches.map((m) => [m.match_key, m]));
    const changed = new Set(outcome.changed);
    const rows = outcome.state.matches
      .filter((m) => changed.has(m.id))
      .map((m) => {
        const existing = byKey.get(m.id) as MatchRow;
        const next = matchRow(
          m,
          { tournamentId: context.tournamentId, position: Number(existing.position), now, id: existing.id },
          existing,
        );
        return m.id === row.match_key ? { ...next, decided_by: decidedBy } : next;
      });
    const decided = rows.find((r) => r.id === row.id) as MatchRow;
    const played = result.forfeitedBy === undefined && row.entrant1_id !== null && row.entrant2_id !== null;
    const completed = outcome.state.status === 'completed';
    return {
      matches: rows,
      status: completed ? 'completed' : 'running',
      completedAt: completed ? now : null,
      ...(played
        ? {
            rate: {
              gameId: tournament.game_id,
              entrantIds: [row.entrant1_id, row.entrant2_id] as [string, string],
              compute: rateMatch(
                tournament,
                row.id,
                [row.entrant1_id as string, row.entrant2_id as string],
                JSON.parse(decided.scores ?? '[0,0]') as [number, number],
                decided.winner_id,
              ),
            },
          }
        : {}),
      outcome: decided,
    };
  }

  /** Only the server's own fields of one match change (a report, a dispute, a schedule). */
  function touch(context: MatchContext, row: MatchRow): Decision<MatchRow> {
    return { matches: [row], status: context.status, completedAt: null, outcome: row };
  }

  function refuseUnlessOpen(row: MatchRow): Decision<MatchRow> | undefined {
    if (row.status === 'completed') return { refuse: 'MATCH_ALREADY_DECIDED' };
    if (row.status === 'pending' || row.status === 'skipped') return { refuse: 'MATCH_NOT_READY' };
    return undefined;
  }

  async function shown(row: MatchRow): Promise<Match> {
    const cities = await partnership.listCities();
    const sides = await repo.findEntrants(
      [row.entrant1_id, row.entrant2_id].filter((e): e is string => e !== null),
    );
    return apiMatch(row, new Map(sides.map((e) => [e.id, e.city_id])), cities);
  }

  function sameResult(row: MatchRow, winnerId: string | null, scores: readonly [number, number]): boolean {
    return row.reported_winner_id === winnerId && row.reported_scores === JSON.stringify(scores);
  }

  return {
    async get(id: string): Promise<Match> {
      return shown((await matchOrFail(id)).match);
    },

    /**
     * A result. By an organizer it completes the match (and decides a dispute). By a side it is a
     * report the other side confirms or disputes; the other side reporting the same result confirms.
     */
    async result(actor: Actor, matchId: string, body: ResultBody): Promise<Match> {
      const { match, tournament, sides } = await matchOrFail(matchId);
      const standing = await standingOf(actor, match, tournament, sides);
      if (body.forfeit === true && (!standing.organizer || body.winnerId === null))
        throw new AppError(standing.organizer ? 'VALIDATION_FAILED' : 'FORBIDDEN', { field: 'winnerId' });
      const scores: [number, number] = [body.scores[0], body.scores[1]];
      const written = await repo.writeMatches({ matchId }, (context) => {
        const row = rowIn(context, matchId);
        const closed = refuseUnlessOpen(row);
        if (closed !== undefined) return closed;
        if (standing.organizer) {
          const result: MatchResult =
            body.forfeit === true
              ? { scores, forfeitedBy: body.winnerId === row.entrant1_id ? 1 : 0, winnerId: body.winnerId }
              : { scores, winnerId: body.winnerId };
          if (body.forfeit === true && body.winnerId !== row.entrant1_id && body.winnerId !== row.entrant2_id)
            return { refuse: 'WINNER_MISMATCH' };
          return complete(context, row, result, tournament, actor.userId);
        }
        if (row.status === 'disputed') return { refuse: 'MATCH_DISPUTED' };
        const side = standing.side === 0 ? row.entrant1_id : row.entrant2_id;
        if (row.status === 'reported') {
          if (row.reported_by === side) return { refuse: 'ALREADY_REPORTED' };
          if (!sameResult(row, body.winnerId, scores)) return { refuse: 'RESULT_CONFLICT' };
          return complete(context, row, { scores, winnerId: body.winnerId }, tournament, null);
        }
        // A report is checked like a result (scores, winner) without deciding anything yet.
        const check = applyResult(tournamentState(context, context.matches), row.match_key, {
          scores,
          winnerId: body.winnerId,
        });
        if (!check.ok) return { refuse: check.code };
        return touch(context, {
          ...row,
          status: 'reported',
          reported_by: side,
          reported_winner_id: body.winnerId,
          reported_scores: JSON.stringify(scores),
          reported_at: clock.now().toISOString(),
          updated_at: clock.now().toISOString(),
        });
      });
      return shown(written);
    },

    /** The other side accepts the reported result: the match completes. */
    async confirm(actor: Actor, matchId: string): Promise<Match> {
      const { match, tournament, sides } = await matchOrFail(matchId);
      const standing = await standingOf(actor, match, tournament, sides);
      const written = await repo.writeMatches({ matchId }, (context) => {
        const row = rowIn(context, matchId);
        const closed = refuseUnlessOpen(row);
        if (closed !== undefined) return closed;
        if (row.status === 'disputed') return { refuse: 'MATCH_DISPUTED' };
        const side = standing.side === null ? null : standing.side === 0 ? row.entrant1_id : row.entrant2_id;
        if (row.status !== 'reported' || row.reported_scores === null || row.reported_by === side)
          return { refuse: 'NOTHING_TO_CONFIRM' };
        const scores = JSON.parse(row.reported_scores) as [number, number];
        return complete(context, row, { scores, winnerId: row.reported_winner_id }, tournament, null);
      });
      return shown(written);
    },

    /** The other side disputes the reported result: the match freezes until an organizer decides. */
    async dispute(actor: Actor, matchId: string, reason: string): Promise<Match> {
      const trimmed = reason.trim();
      if (trimmed === '') throw new AppError('REASON_REQUIRED');
      const { match, tournament, sides } = await matchOrFail(matchId);
      const standing = await standingOf(actor, match, tournament, sides);
      const written = await repo.writeMatches({ matchId }, (context) => {
        const row = rowIn(context, matchId);
        const closed = refuseUnlessOpen(row);
        if (closed !== undefined) return closed;
        if (row.status === 'disputed') return { refuse: 'MATCH_DISPUTED' };
        const side = standing.side === null ? null : standing.side === 0 ? row.entrant1_id : row.entrant2_id;
        if (row.status !== 'reported' || side === null || row.reported_by === side)
          return { refuse: 'NOTHING_TO_CONFIRM' };
        const now = clock.now().toISOString();
        return touch(context, {
          ...row,
          status: 'disputed',
          disputed_by: side,
          dispute_reason: trimmed,
          updated_at: now,
        });
      });
      return shown(written);
    },

    /**
     * Match windows that fit both sides' youth hours (after school on school days, daytime on other
     * days), with both countries' holidays left out, from the slot finder. Both local times shown.
     */
    async windows(matchId: string, query: { from?: string; days?: number }) {
      const { match, sides } = await matchOrFail(matchId);
      if (sides.length < 2) throw new AppError('MATCH_NOT_READY');
      const cities = await partnership.listCities();
      const involved = cities.filter((c) => sides.some((s) => s.city_id === c.id));
      const scheduling = involved.map((city) => {
        if (!isHolidayCountry(city.country)) throw new AppError('UNSUPPORTED_COUNTRY');
        return { id: city.id, timeZone: city.timeZone, country: city.country };
      });
      const first = scheduling[0];
      if (first === undefined) throw new AppError('MATCH_NOT_READY');
      if (query.from !== undefined && !isCalendarDate(query.from)) throw new AppError('INVALID_DATE_RANGE');
      const from = query.from ?? calendarDateIn(clock.now(), first.timeZone);
      const to = addDays(from, (query.days ?? 14) - 1);
      const slots = findSlots({
        durationMinutes: Number(match.best_of) * minutesPerGame,
        from,
        to,
        audience: 'youth',
        cities: scheduling,
        notBefore: clock.now(),
        gridMinutes: 30,
        count: 6,
      });
      return slots.map((slot) => ({
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        localTimes: slot.localTimes,
        score: slot.score,
      }));
    },

    /**
     * Sets the match time. An organizer sets it; a side proposes, and the time is agreed when the
     * other side proposes the same instant (rescheduling by agreement of both sides).
     */
    async schedule(actor: Actor, matchId: string, startsAt: string): Promise<Match> {
      const instant = parseInstant(startsAt, 'startsAt', 'INVALID_START');
      if (instant.getTime() <= clock.now().getTime()) throw new AppError('START_IN_PAST');
      const { match, tournament, sides } = await matchOrFail(matchId);
      const standing = await standingOf(actor, match, tournament, sides);
      const at = instant.toISOString();
      const written = await repo.writeMatches({ matchId }, (context) => {
        const row = rowIn(context, matchId);
        if (row.status === 'completed' || row.status === 'skipped')
          return { refuse: 'MATCH_ALREADY_DECIDED' };
        const now = clock.now().toISOString();
        if (standing.organizer) {
          return touch(context, {
            ...row,
            scheduled_at: at,
            proposed_at: null,
            proposed_by: null,
            updated_at: now,
          });
        }
        const side = standing.side === 0 ? row.entrant1_id : row.entrant2_id;
        const agreed = row.proposed_by !== null && row.proposed_by !== side && row.proposed_at === at;
        return touch(
          context,
          agreed
            ? { ...row, scheduled_at: at, proposed_at: null, proposed_by: null, updated_at: now }
            : { ...row, proposed_at: at, proposed_by: side, updated_at: now },
        );
      });
      return shown(written);
    },

    async leaderboard(gameId: string): Promise<Rating[]> {
      return (await repo.leaderboard(gameId, 100)).map(toRating);
    },

    async ratingHistory(gameId: string, subjectId: string): Promise<Rating[]> {
      return (await repo.ratingHistory(gameId, subjectId)).map(toRating);
    },
  };
}

function toRating(row: {
  subject_id: string;
  game_id: string;
  system: string;
  rating: number;
  rd: number | null;
  mu: number | null;
  sigma: number | null;
  match_id: string | null;
  created_at: string;
}): Rating {
  const num = (value: number | null) => (value === null ? null : Number(value));
  return {
    subjectId: row.subject_id,
    gameId: row.game_id,
    system: row.system === 'openskill' ? 'openskill' : 'glicko2',
    rating: Number(row.rating),
    rd: num(row.rd),
    mu: num(row.mu),
    sigma: num(row.sigma),
    matchId: row.match_id,
    at: row.created_at,
  };
}

export type MatchesService = ReturnType<typeof createMatchesService>;
