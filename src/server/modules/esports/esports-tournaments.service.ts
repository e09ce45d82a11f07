import {
  type Entrant as CoreEntrant,
  computeStandings,
  createDoubleElimination,
  createGroupStage,
  createRoundRobin,
  createSingleElimination,
  createSwiss,
  finalRanking,
  initialGlicko,
  nextSwissRound,
  playoffEntrants,
  skillOrdinal,
  TournamentInputError,
  type TournamentState,
} from '../../../core/tournament/index.js';
import { newId } from '../../platform/auth/tokens.js';
import type { Clock } from '../../platform/clock.js';
import { AppError, type ErrorCode } from '../../platform/errors/app-error.js';
import type { PartnershipService } from '../partnership/partnership.service.js';
import { type Actor, defaultCityOf, managesCity, organizesTournament } from './esports.policy.js';
import type { EntrantRow, EsportsRepository, MatchRow, TournamentRow } from './esports.repository.js';
import type {
  Entrant,
  EntrantBody,
  Match,
  PlayoffBody,
  Standing,
  Tournament,
  TournamentBody,
  TournamentListQuery,
} from './esports.schema.js';
import type { DirectoryService } from './esports-directory.service.js';
import {
  apiMatch,
  matchRow,
  seededEntrants,
  stateOfTournament,
  tournamentState,
} from './esports-state.service.js';

export interface TournamentsDeps {
  repo: EsportsRepository;
  partnership: PartnershipService;
  directory: DirectoryService;
  clock: Clock;
}

const maxBestOf = 15;
const maxEntrants = 4096;

export function toTournament(row: TournamentRow, currentRound: number): Tournament {
  return {
    id: row.id,
    name: row.name,
    game: row.game_id,
    format: row.format as Tournament['format'],
    status: row.status as Tournament['status'],
    hostCityId: row.host_city_id,
    entrantKind: row.entrant_kind as Tournament['entrantKind'],
    seeding: row.seeding as Tournament['seeding'],
    bestOf: Number(row.best_of),
    swissRounds: row.swiss_rounds === null ? null : Number(row.swiss_rounds),
    currentRound,
    groups: row.groups === null ? null : Number(row.groups),
    thirdPlaceMatch: Number(row.third_place) === 1,
    grandFinalReset: Number(row.grand_final_reset) === 1,
    doubleRoundRobin: Number(row.double_round_robin) === 1,
    allowDraws: Number(row.allow_draws) === 1,
    entryCap: row.entry_cap === null ? null : Number(row.entry_cap),
    entrantCount: Number(row.entrant_count),
    registrationOpensAt: row.registration_opens_at,
    registrationClosesAt: row.registration_closes_at,
    checkInOpensAt: row.check_in_opens_at,
    checkInClosesAt: row.check_in_closes_at,
    parentId: row.parent_id,
    createdAt: row.created_at,
    startedAt: row.started_at,
    completedAt: row.completed_at,
  };
}

export function toEntrant(row: EntrantRow): Entrant {
  return {
    id: row.id,
    name: row.name,
    cityId: row.city_id,
    rating: row.rating === null ? null : Number(row.rating),
    seed: row.seed === null ? null : Number(row.seed),
    teamId: row.team_id,
    status: row.status as Entrant['status'],
  };
}

/** An instant with its offset, as the API takes it; a floating local time is refused. */
export function parseInstant(value: string, field: string, code: ErrorCode = 'INVALID_WINDOW'): Date {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    throw new AppError(code, { field });
  }
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) throw new AppError(code, { field });
  return instant;
}

function window(opens: string | undefined, closes: string | undefined, field: string) {
  const from = opens === undefined ? null : parseInstant(opens, `${field}OpensAt`);
  const to = closes === undefined ? null : parseInstant(closes, `${field}ClosesAt`);
  if (from !== null && to !== null && from.getTime() >= to.getTime())
    throw new AppError('INVALID_WINDOW', { field: `${field}ClosesAt` });
  return [from?.toISOString() ?? null, to?.toISOString() ?? null] as const;
}

function isOpen(now: Date, opens: string | null, closes: string | null): boolean {
  return (
    (opens === null || now.getTime() >= new Date(opens).getTime()) &&
    (closes === null || now.getTime() < new Date(closes).getTime())
  );
}

/** The core's refusals for bad creation input, as API codes. */
function inputError(error: unknown): never {
  if (error instanceof TournamentInputError) {
    if (error.code === 'INVALID_ROUNDS') throw new AppError('INVALID_ROUNDS');
    if (error.code === 'TOO_FEW_ENTRANTS') throw new AppError('TOO_FEW_ENTRANTS');
    if (error.code === 'INVALID_GROUPS' || error.code === 'TOO_MANY_GROUPS')
      throw new AppError('INVALID_GROUPS');
    throw new AppError('VALIDATION_FAILED', { field: 'seed' });
  }
  throw error;
}

/**
 * Tournaments: creation with its rules (format, best-of, caps, windows), entrants, check-in, the
 * start (no-shows left out, bracket or first Swiss round created), Swiss rounds, standings, playoffs.
 */
export function createTournamentsService({ repo, partnership, directory, clock }: TournamentsDeps) {
  async function tournamentOrFail(id: string): Promise<TournamentRow> {
    const row = await repo.findTournament(id);
    if (row === undefined) throw new AppError('TOURNAMENT_NOT_FOUND');
    return row;
  }

  async function organizerOrFail(actor: Actor, tournament: TournamentRow, entrantCities: string[] = []) {
    const cityIds = [tournament.host_city_id, ...entrantCities];
    if (!organizesTournament(actor.roles, actor.userId, { createdBy: tournament.created_by, cityIds })) {
      throw new AppError('FORBIDDEN');
    }
  }

  async function currentRound(tournamentId: string): Promise<number> {
    return (await repo.currentRounds([tournamentId])).get(tournamentId) ?? 0;
  }

  /** Rating subjects of a new entrant and the rating it is seeded with when none is given. */
  async function subjectsAndRating(
    tournament: TournamentRow,
    entrantId: string,
    body: {
      userId?: string | undefined;
      teamId?: string | undefined;
      rating?: number | undefined;
      subjects?: string[] | undefined;
    },
  ): Promise<{ subjects: string[]; rating: number }> {
    let subjects = [entrantId];
    if (body.subjects !== undefined && body.subjects.length > 0) {
      subjects = body.subjects;
    } else if (body.teamId !== undefined) {
      const team = await directory.teamOrFail(body.teamId);
      if (team.game_id !== tournament.game_id) throw new AppError('WRONG_GAME');
      const members = await directory.teamMemberIds(team.id);
      if (members.length > 0) subjects = members;
    } else if (body.userId !== undefined) {
      if ((await directory.minorsAmong([body.userId])).size === 0) throw new AppError('USER_NOT_FOUND');
      subjects = [body.userId];
    }
    if (body.rating !== undefined) return { subjects, rating: body.rating };
    const latest = await repo.latestRatings(tournament.game_id, subjects);
    if (tournament.entrant_kind === 'team') {
      const members = latest
        .filter((r) => r.mu !== null && r.sigma !== null)
        .map((r) => ({ id: r.subject_id, mu: Number(r.mu), sigma: Number(r.sigma) }));
      return { subjects, rating: skillOrdinal({ id: entrantId, members }) };
    }
    return { subjects, rating: latest[0] === undefined ? initialGlicko.rating : Number(latest[0].rating) };
  }

  async function insertEntrant(
    tournament: TournamentRow,
    body: {
      name: string;
      cityId: string;
      rating?: number;
      seed?: number;
      userId?: string;
      teamId?: string;
      subjects?: string[];
    },
  ): Promise<Entrant> {
    if ((await partnership.findCity(body.cityId)) === undefined) throw new AppError('UNKNOWN_CITY');
    const id = newId();
    const { subjects, rating } = await subjectsAndRating(tournament, id, body);
    const row: EntrantRow = {
      id,
      tournament_id: tournament.id,
      name: body.name.trim(),
      city_id: body.cityId,
      rating,
      seed: body.seed ?? null,
      user_id: body.userId ?? null,
      team_id: body.teamId ?? null,
      status: 'registered',
      checked_in_at: null,
      created_at: clock.now().toISOString(),
    };
    await repo.addEntrant(row, subjects);
    return toEntrant(row);
  }

  function createState(tournament: TournamentRow, playing: EntrantRow[]): TournamentState {
    const entrants: CoreEntrant[] = playing.map((e) => ({
      id: e.id,
      rating: Number(e.rating ?? 0),
      ...(e.seed === null ? {} : { seed: Number(e.seed) }),
    }));
    const seeding = tournament.seeding === 'hand' ? 'hand' : 'rating';
    const bestOf = Number(tournament.best_of);
    const allowDraws = Number(tournament.allow_draws) === 1;
    try {
      switch (tournament.format) {
        case 'single_elimination':
          return createSingleElimination(entrants, {
            seeding,
            bestOf,
            thirdPlace: Number(tournament.third_place) === 1,
          });
        case 'double_elimination':
          return createDoubleElimination(entrants, {
            seeding,
            bestOf,
            grandFinalReset: Number(tournament.grand_final_reset) === 1,
          });
        case 'round_robin': {
          const double = Number(tournament.double_round_robin) === 1;
          if (tournament.groups !== null) {
            const groups = Number(tournament.groups);
            if (groups < 1 || playing.length < groups * 2) throw new AppError('INVALID_GROUPS');
            return createGroupStage(entrants, { groups, seeding, bestOf, double, allowDraws });
          }
          return createRoundRobin(entrants, { seeding, bestOf, double, allowDraws });
        }
        default: {
          const most = playing.length % 2 === 0 ? playing.length - 1 : playing.length;
          const rounds =
            tournament.swiss_rounds === null
              ? Math.min(most, Math.max(1, Math.ceil(Math.log2(playing.length))))
              : Number(tournament.swiss_rounds);
          return createSwiss(entrants, { rounds, seeding, bestOf, allowDraws });
        }
      }
    } catch (error) {
      return inputError(error);
    }
  }

  async function view(id: string) {
    const tournament = await tournamentOrFail(id);
    const [matches, entrants, cities] = await Promise.all([
      repo.matches(id),
      repo.entrants(id),
      partnership.listCities(),
    ]);
    return { tournament, matches, entrants, cities };
  }

  return {
    tournamentOrFail,
    organizerOrFail,

    async create(actor: Actor, body: TournamentBody): Promise<Tournament> {
      const game = await directory.gameOrFail(body.game);
      const hostCityId = body.hostCityId ?? defaultCityOf(actor.roles, actor.cityId);
      if ((await partnership.findCity(hostCityId)) === undefined) throw new AppError('UNKNOWN_CITY');
      if (!managesCity(actor.roles, hostCityId)) throw new AppError('FORBIDDEN');
      const table = body.format === 'round_robin' || body.format === 'swiss';
      const allowDraws = table && (body.allowDraws ?? Number(game.allow_draws) === 1);
      const bestOf = body.bestOf ?? 1;
      if (
        !Number.isInteger(bestOf) ||
        bestOf < 1 ||
        bestOf > maxBestOf ||
        (bestOf % 2 === 0 && !allowDraws)
      ) {
        throw new AppError('INVALID_BEST_OF');
      }
      let swissRounds: number | null = null;
      if (body.format === 'swiss' && body.swissRounds !== undefined) {
        if (!Number.isInteger(body.swissRounds) || body.swissRounds < 1 || body.swissRounds > maxEntrants)
          throw new AppError('INVALID_ROUNDS');
        swissRounds = body.swissRounds;
      }
      let groups: number | null = null;
      if (body.format === 'round_robin' && body.groups !== undefined) {
        if (!Number.isInteger(body.groups) || body.groups < 1 || body.groups > maxEntrants / 2)
          throw new AppError('INVALID_GROUPS');
        groups = body.groups;
      }
      if (
        body.entryCap !== undefined &&
        (!Number.isInteger(body.entryCap) || body.entryCap < 2 || body.entryCap > maxEntrants)
      )
        throw new AppError('INVALID_ENTRY_CAP');
      const [registrationOpensAt, registrationClosesAt] = window(
        body.registrationOpensAt,
        body.registrationClosesAt,
        'registration',
      );
      const [checkInOpensAt, checkInClosesAt] = window(body.checkInOpensAt, body.checkInClosesAt, 'checkIn');
      const now = clock.now().toISOString();
      const row: TournamentRow = {
        id: newId(),
        name: body.name.trim(),
        game_id: game.id,
        format: body.format,
        entrant_kind: body.entrantKind ?? (Number(game.team_size) > 1 ? 'team' : 'player'),
        host_city_id: hostCityId,
        status: 'registration',
        seeding: body.seeding ?? 'rating',
        best_of: bestOf,
        swiss_rounds: swissRounds,
        groups,
        third_place: body.thirdPlaceMatch === true ? 1 : 0,
        grand_final_reset: body.grandFinalReset === false ? 0 : 1,
        double_round_robin: body.doubleRoundRobin === true ? 1 : 0,
        allow_draws: allowDraws ? 1 : 0,
        entry_cap: body.entryCap ?? null,
        entrant_count: 0,
        registration_opens_at: registrationOpensAt,
        registration_closes_at: registrationClosesAt,
        check_in_opens_at: checkInOpensAt,
        check_in_closes_at: checkInClosesAt,
        parent_id: null,
        version: 0,
        created_by: actor.userId,
        created_at: now,
        started_at: null,
        completed_at: null,
        updated_at: now,
      };
      await repo.insertTournament(row);
      return toTournament(row, 0);
    },

    async list(query: TournamentListQuery): Promise<Tournament[]> {
      const rows = await repo.listTournaments({
        ...(query.status === undefined ? {} : { status: query.status }),
        ...(query.game === undefined ? {} : { gameId: query.game }),
        limit: query.limit ?? 50,
        offset: query.offset ?? 0,
      });
      const rounds = await repo.currentRounds(rows.map((row) => row.id));
      return rows.map((row) => toTournament(row, rounds.get(row.id) ?? 0));
    },

    async get(id: string): Promise<Tournament> {
      return toTournament(await tournamentOrFail(id), await currentRound(id));
    },

    /** An organizer enters a player or team (registration must still be open for entries: not started, not full). */
    async addEntrant(actor: Actor, tournamentId: string, body: EntrantBody): Promise<Entrant> {
      const tournament = await tournamentOrFail(tournamentId);
      await organizerOrFail(actor, tournament, [body.cityId]);
      if (tournament.status !== 'registration') throw new AppError('TOURNAMENT_STARTED');
      return insertEntrant(tournament, body);
    },

    /** A person enters themselves (or a team they run) within the registration window. */
    async register(actor: Actor, tournamentId: string, teamId: string | undefined): Promise<Entrant> {
      const tournament = await tournamentOrFail(tournamentId);
      if (tournament.status !== 'registration') throw new AppError('TOURNAMENT_STARTED');
      if (!isOpen(clock.now(), tournament.registration_opens_at, tournament.registration_closes_at))
        throw new AppError('REGISTRATION_CLOSED');
      if (tournament.entrant_kind === 'team') {
        if (teamId === undefined) throw new AppError('VALIDATION_FAILED', { field: 'teamId' });
        const team = await directory.teamOrFail(teamId);
        const roster = await directory.getTeam(teamId, actor);
        const runs =
          managesCity(actor.roles, team.city_id) ||
          roster.members.some((m) => m.userId === actor.userId && m.role === 'captain');
        if (!runs) throw new AppError('FORBIDDEN');
        return insertEntrant(tournament, { name: team.name, cityId: team.city_id, teamId });
      }
      const me = (await directory.minorsAmong([actor.userId])).get(actor.userId);
      if (me === undefined) throw new AppError('UNAUTHENTICATED');
      // A minor's name is part of their profile: in a public bracket they appear under an alias.
      const name = me.minor ? `Player ${actor.userId.slice(0, 4).toUpperCase()}` : me.display_name;
      return insertEntrant(tournament, { name, cityId: me.city_id, userId: actor.userId });
    },

    async entrants(tournamentId: string): Promise<Entrant[]> {
      await tournamentOrFail(tournamentId);
      return (await repo.entrants(tournamentId)).map(toEntrant);
    },

    /** Check-in within the window: the entrant's own people, or an organizer for any entrant. */
    async checkIn(actor: Actor, tournamentId: string, entrantId: string | undefined): Promise<Entrant> {
      const tournament = await tournamentOrFail(tournamentId);
      if (tournament.status !== 'registration') throw new AppError('TOURNAMENT_STARTED');
      const configured = tournament.check_in_opens_at !== null || tournament.check_in_closes_at !== null;
      if (!configured || !isOpen(clock.now(), tournament.check_in_opens_at, tournament.check_in_closes_at))
        throw new AppError('CHECK_IN_CLOSED');
      const all = await repo.entrants(tournamentId);
      let entrant: EntrantRow | undefined;
      if (entrantId !== undefined) {
        entrant = all.find((e) => e.id === entrantId);
        if (entrant === undefined) throw new AppError('ENTRANT_NOT_FOUND');
        const own = (await repo.entrantsOf(tournamentId, actor.userId)).some((e) => e.id === entrantId);
        if (!own) await organizerOrFail(actor, tournament, [entrant.city_id]);
      } else {
        entrant = (await repo.entrantsOf(tournamentId, actor.userId))[0];
        if (entrant === undefined) throw new AppError('ENTRANT_NOT_FOUND');
      }
      await repo.checkIn(entrant.id);
      return { ...toEntrant(entrant), status: 'checked_in' };
    },

    /**
     * Starts the tournament: with a check-in window, entrants who did not check in are no-shows and
     * left out (a forfeit of the whole event); the bracket, table or first Swiss round is created.
     */
    async start(actor: Actor, tournamentId: string): Promise<Tournament> {
      const tournament = await tournamentOrFail(tournamentId);
      await organizerOrFail(actor, tournament);
      if (tournament.status !== 'registration') throw new AppError('TOURNAMENT_STARTED');
      const entrants = await repo.entrants(tournamentId);
      const checkIn = tournament.check_in_opens_at !== null || tournament.check_in_closes_at !== null;
      const playing = checkIn ? entrants.filter((e) => e.status === 'checked_in') : entrants;
      const noShows = checkIn ? entrants.filter((e) => e.status !== 'checked_in').map((e) => e.id) : [];
      if (playing.length < 2) throw new AppError('TOO_FEW_ENTRANTS');
      const state = createState(tournament, playing);
      const now = clock.now().toISOString();
      const rows = state.matches.map((match, position) =>
        matchRow(match, { tournamentId, position, now, id: newId() }),
      );
      await repo.start(
        { id: tournamentId, version: Number(tournament.version), swissRounds: state.swissRounds },
        noShows,
        new Map(state.entrants.map((e) => [e.id, e.seed])),
        rows,
        state.status === 'completed' ? 'completed' : 'running',
      );
      // The rows just written say what the tournament is now: no need to read 2,000 matches back.
      const started = await tournamentOrFail(tournamentId);
      return toTournament(
        started,
        state.matches.reduce((most, match) => Math.max(most, match.round), 0),
      );
    },

    async matches(tournamentId: string): Promise<Match[]> {
      const { matches, entrants, cities } = await view(tournamentId);
      const cityOf = new Map(entrants.map((e) => [e.id, e.city_id]));
      return matches.filter((m) => m.status !== 'skipped').map((m) => apiMatch(m, cityOf, cities));
    },

    /** The table: Swiss and round robin by points and tiebreaks; elimination by how far each went. */
    async standings(tournamentId: string): Promise<Standing[]> {
      const { tournament, matches, entrants } = await view(tournamentId);
      if (tournament.status === 'registration') return [];
      const state = stateOfTournament(tournament, matches, entrants);
      const rows = computeStandings(state);
      const toStanding = (row: (typeof rows)[number], rank: number): Standing => ({
        entrantId: row.entrantId,
        rank,
        points: row.points,
        wins: row.wins,
        draws: row.draws,
        losses: row.losses,
        buchholz: row.buchholz,
        sonnebornBerger: row.sonnebornBerger,
        byes: row.byes,
      });
      if (tournament.format === 'swiss' || tournament.format === 'round_robin') {
        return rows.map((row) => toStanding(row, row.rank));
      }
      const byId = new Map(rows.map((row) => [row.entrantId, row]));
      return finalRanking(state).flatMap((rank) => {
        const row = byId.get(rank.entrantId);
        return row === undefined ? [] : [toStanding(row, rank.rank)];
      });
    },

    /** Pairs the next Swiss round once the current one is complete; one transaction. */
    async nextRound(actor: Actor, tournamentId: string): Promise<{ round: number; matches: Match[] }> {
      const tournament = await tournamentOrFail(tournamentId);
      await organizerOrFail(actor, tournament);
      if (tournament.status === 'registration') throw new AppError('TOURNAMENT_NOT_STARTED');
      if (tournament.format !== 'swiss') throw new AppError('NOT_SWISS');
      if (tournament.status === 'completed') throw new AppError('NO_MORE_ROUNDS');
      const entrants = await repo.entrants(tournamentId);
      const seeded = seededEntrants(entrants);
      const now = clock.now().toISOString();
      const created = await repo.writeMatches<MatchRow[]>({ tournamentId }, (context) => {
        const state = tournamentState(context, context.matches, seeded);
        const next = nextSwissRound(state);
        if (!next.ok) return { refuse: next.code };
        const rows: MatchRow[] = next.matches.map((match, i) =>
          matchRow(match, { tournamentId, position: context.matches.length + i, now, id: newId() }),
        );
        return {
          matches: rows,
          status: next.state.status === 'completed' ? 'completed' : 'running',
          completedAt: next.state.status === 'completed' ? now : null,
          outcome: rows,
        };
      });
      const cities = await partnership.listCities();
      const cityOf = new Map(entrants.map((e) => [e.id, e.city_id]));
      return {
        round: Number(created[0]?.round ?? 0),
        matches: created.map((m) => apiMatch(m, cityOf, cities)),
      };
    },

    /**
     * The second stage of a two-stage event: a new elimination tournament of the top entrants of a
     * finished Swiss or round robin (the top of each group for a group stage), seeded by their rank,
     * started at once.
     */
    async playoffs(actor: Actor, tournamentId: string, body: PlayoffBody): Promise<Tournament> {
      const { tournament, matches, entrants } = await view(tournamentId);
      await organizerOrFail(actor, tournament);
      if (tournament.status !== 'completed') throw new AppError('TOURNAMENT_NOT_FINISHED');
      const state = stateOfTournament(tournament, matches, entrants);
      let top: Array<{ id: string; seed: number }>;
      if (tournament.groups !== null) {
        const perGroup = Math.floor(body.top / Number(tournament.groups));
        if (perGroup < 1) throw new AppError('TOO_FEW_ENTRANTS');
        top = playoffEntrants(state, perGroup).map((e) => ({ id: e.id, seed: e.seed ?? 0 }));
      } else {
        top = computeStandings(state)
          .slice(0, body.top)
          .map((row, i) => ({ id: row.entrantId, seed: i + 1 }));
      }
      if (top.length < body.top) throw new AppError('TOO_FEW_ENTRANTS');
      const bestOf = body.bestOf ?? Number(tournament.best_of);
      if (!Number.isInteger(bestOf) || bestOf < 1 || bestOf > maxBestOf || bestOf % 2 === 0)
        throw new AppError('INVALID_BEST_OF');
      const created = await this.create(actor, {
        name: body.name ?? `${tournament.name} — playoffs`,
        game: tournament.game_id,
        format: body.format,
        bestOf,
        hostCityId: tournament.host_city_id,
        entrantKind: tournament.entrant_kind as 'player' | 'team',
        seeding: 'hand',
      });
      await repo.setParent(created.id, tournament.id);
      const byId = new Map(entrants.map((e) => [e.id, e]));
      const child = await tournamentOrFail(created.id);
      for (const { id, seed } of top) {
        const from = byId.get(id);
        if (from === undefined) continue;
        await insertEntrant(child, {
          name: from.name,
          cityId: from.city_id,
          rating: Number(from.rating ?? 0),
          seed,
          // Ratings follow the same people (or the same named entrant) into the playoffs.
          subjects: await repo.entrantSubjects(from.id),
          ...(from.user_id === null ? {} : { userId: from.user_id }),
          ...(from.team_id === null ? {} : { teamId: from.team_id }),
        });
      }
      return this.start(actor, created.id);
    },
  };
}

export type TournamentsService = ReturnType<typeof createTournamentsService>;
