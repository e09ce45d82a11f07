import type { Locale } from '../../../core/i18n/locales.js';
import { ageOn } from '../../../core/people/age.js';
import { maskContactDetails } from '../../../core/safety/mask-contact-details.js';
import { type LatencyClass, latencyAdvice } from '../../../core/tournament/index.js';
import { newId } from '../../platform/auth/tokens.js';
import type { Clock } from '../../platform/clock.js';
import {
  createTranslatable,
  parseTranslatable,
  readIn,
  writtenTexts,
} from '../../platform/content/translatable.js';
import { AppError } from '../../platform/errors/app-error.js';
import { t } from '../../platform/i18n/messages.js';
import type { AccountsService } from '../accounts/accounts.service.js';
import type { PartnershipService } from '../partnership/partnership.service.js';
import type { SessionsService } from '../sessions/sessions.service.js';
import { type Actor, defaultCityOf, managesCity, maySeeMinor } from './esports.policy.js';
import type { ClubRow, EsportsRepository, GameRow, TeamRow } from './esports.repository.js';
import type {
  Club,
  ClubBody,
  Game,
  GameBody,
  Latency,
  RosterMember,
  Team,
  TeamBody,
} from './esports.schema.js';

export interface DirectoryDeps {
  repo: EsportsRepository;
  /** Name, city and birth date of accounts: the youth rules need them. */
  accounts: Pick<AccountsService, 'facts'>;
  partnership: PartnershipService;
  sessions: SessionsService;
  clock: Clock;
}

export function toGame(row: GameRow): Game {
  return {
    id: row.id,
    name: row.name,
    latencyClass: row.latency_class as LatencyClass,
    teamSize: Number(row.team_size),
    allowDraws: Number(row.allow_draws) === 1,
    ratingSystem: Number(row.team_size) > 1 ? 'openskill' : 'glicko2',
  };
}

const round = (value: number) => Math.round(value);

/**
 * The e-sports directory: the games catalogue with latency advice, clubs and programmes per city
 * (multilingual descriptions), teams and their rosters under the youth rules.
 */
export function createDirectoryService({ repo, accounts, partnership, sessions, clock }: DirectoryDeps) {
  async function profilesOf(userIds: readonly string[]) {
    if (userIds.length === 0) return [];
    return (await accounts.facts(userIds)).map((a) => ({
      id: a.id,
      display_name: a.displayName,
      city_id: a.cityId,
      birth_date: a.birthDate,
    }));
  }

  async function gameOrFail(id: string): Promise<GameRow> {
    const game = await repo.findGame(id);
    if (game === undefined) throw new AppError('UNKNOWN_GAME');
    return game;
  }

  async function cityOrFail(id: string) {
    const city = await partnership.findCity(id);
    if (city === undefined) throw new AppError('UNKNOWN_CITY');
    return city;
  }

  /**
   * Whether each account is a minor under its own city's age of majority or, when `alsoUnderCityId`
   * is given (the city whose club the person plays for), under that city's where it is higher: the
   * stricter law protects.
   */
  async function minorsAmong(userIds: readonly string[], alsoUnderCityId?: string) {
    const profiles = await profilesOf(userIds);
    const today = clock.now().toISOString().slice(0, 10);
    const cities = await partnership.listCities();
    const majorityIn = (cityId: string) => cities.find((c) => c.id === cityId)?.majorityAge ?? 18;
    const alsoUnder = alsoUnderCityId === undefined ? 0 : majorityIn(alsoUnderCityId);
    return new Map(
      profiles.map((p) => {
        const majority = Math.max(majorityIn(p.city_id), alsoUnder);
        const minor = p.birth_date !== null && ageOn(p.birth_date, today) < majority;
        return [p.id, { ...p, minor }];
      }),
    );
  }

  /** The city whose law a team's players come under besides their own: its club's city, else its own. */
  async function lawCityOf(team: TeamRow): Promise<string> {
    if (team.club_id === null) return team.city_id;
    return (await repo.findClub(team.club_id))?.city_id ?? team.city_id;
  }

  async function toClub(row: ClubRow, locale: Locale): Promise<Club> {
    const description = parseTranslatable(row.description);
    const coaching = parseTranslatable(row.coaching);
    const shownDescription = readIn(description, locale);
    const shownCoaching = readIn(coaching, locale);
    const teams = await repo.teamsOfClub(row.id);
    const upcoming = await sessions.list(
      { topic: 'esports', city: row.city_id, from: clock.now().toISOString(), limit: 20 },
      null,
      locale,
    );
    return {
      id: row.id,
      name: row.name,
      kind: row.kind as Club['kind'],
      cityId: row.city_id,
      originalLanguage: description.original,
      description: writtenTexts(description),
      coaching: writtenTexts(coaching),
      shown: {
        description: {
          language: shownDescription.language,
          text: shownDescription.text,
          source: shownDescription.source,
        },
        coaching: {
          language: shownCoaching.language,
          text: shownCoaching.text,
          source: shownCoaching.source,
        },
      },
      contact: row.contact,
      website: row.website,
      games: JSON.parse(row.games) as string[],
      teams: teams.map((team) => ({
        id: team.id,
        name: team.name,
        gameId: team.game_id,
        cityId: team.city_id,
        clubId: team.club_id,
      })),
      sessions: upcoming.items.map((session) => ({
        id: session.id,
        title: session.display.title,
        startsAt: session.startsAt,
        localTimes: session.localTimes,
      })),
    };
  }

  async function teamOrFail(id: string) {
    const team = await repo.findTeam(id);
    if (team === undefined) throw new AppError('TEAM_NOT_FOUND');
    return team;
  }

  /** Whether the actor runs the team: its club's staff, its city's organizers, or its captain. */
  async function runsTeam(actor: Actor, team: { id: string; club_id: string | null; city_id: string }) {
    if (managesCity(actor.roles, team.city_id)) return true;
    if (team.club_id !== null && (await repo.clubStaff(team.club_id)).includes(actor.userId)) return true;
    const members = await repo.teamMembers(team.id);
    return members.some((m) => m.user_id === actor.userId && m.role === 'captain');
  }

  return {
    gameOrFail,
    minorsAmong,
    lawCityOf,
    runsTeam,

    listGames: async (): Promise<Game[]> => (await repo.listGames()).map(toGame),

    async createGame(body: GameBody): Promise<Game> {
      const row: GameRow = {
        id: body.id,
        name: body.name.trim(),
        latency_class: body.latencyClass,
        team_size: body.teamSize,
        allow_draws: body.allowDraws === true ? 1 : 0,
        created_at: clock.now().toISOString(),
      };
      if (!(await repo.insertGames([row]))) throw new AppError('GAME_EXISTS');
      return toGame(row);
    },

    /** Latency figures between two cities and the advice for each class (and for one game when asked). */
    async latency(query: { from: string; to: string; game?: string }, locale: Locale): Promise<Latency> {
      const from = await cityOrFail(query.from);
      const to = await cityOrFail(query.to);
      const game = query.game === undefined ? undefined : await gameOrFail(query.game);
      const report = latencyAdvice(from, to);
      const [low, high] = report.typicalRttMs.map(round) as [number, number];
      const advice = Object.fromEntries(
        Object.entries(report.advice).map(([latencyClass, a]) => {
          const neutral = a.neutralRttMs.map(round) as [number, number];
          const tolerated = a.toleratedRttMs === null ? null : round(a.toleratedRttMs);
          return [
            latencyClass,
            {
              code: a.code,
              toleratedRttMs: tolerated,
              hostedRttMs: [low, high] as [number, number],
              neutralRttMs: neutral,
              explanation: t(locale, `esports.latency.${a.code}`, {
                low,
                high,
                neutralLow: neutral[0],
                neutralHigh: neutral[1],
                toleratedRttMs: tolerated ?? 0,
              }),
            },
          ];
        }),
      ) as Latency['advice'];
      return {
        from: from.id,
        to: to.id,
        distanceKm: round(report.distanceKm),
        minRttMs: round(report.minRttMs),
        typicalRttMs: [low, high],
        summary: t(locale, 'esports.latency.figures', {
          from: from.name[locale],
          to: to.name[locale],
          distanceKm: round(report.distanceKm),
          minRttMs: round(report.minRttMs),
          low,
          high,
        }),
        advice,
        ...(game === undefined
          ? {}
          : {
              game: {
                id: game.id,
                latencyClass: game.latency_class as LatencyClass,
                advice: advice[game.latency_class as LatencyClass],
              },
            }),
      };
    },

    async listClubs(cityId: string | undefined, locale: Locale): Promise<Club[]> {
      if (cityId !== undefined) await cityOrFail(cityId);
      const rows = await repo.listClubs(cityId);
      return Promise.all(rows.map((row) => toClub(row, locale)));
    },

    async getClub(id: string, locale: Locale): Promise<Club> {
      const row = await repo.findClub(id);
      if (row === undefined) throw new AppError('CLUB_NOT_FOUND');
      return toClub(row, locale);
    },

    async createClub(actor: Actor, body: ClubBody, locale: Locale): Promise<Club> {
      const cityId = body.cityId ?? defaultCityOf(actor.roles, actor.cityId);
      await cityOrFail(cityId);
      if (!managesCity(actor.roles, cityId)) throw new AppError('FORBIDDEN');
      const games = [...new Set(body.games ?? [])];
      for (const game of games) await gameOrFail(game);
      const description = createTranslatable(body.description, body.originalLanguage, 'description');
      const coaching = createTranslatable(body.coaching ?? {}, body.originalLanguage, 'coaching', {
        required: false,
      });
      const now = clock.now().toISOString();
      const row: ClubRow = {
        id: newId(),
        city_id: cityId,
        kind: body.kind,
        name: body.name.trim(),
        description: JSON.stringify(description),
        coaching: JSON.stringify(coaching),
        contact: body.contact?.trim() || null,
        website: body.website?.trim() || null,
        games: JSON.stringify(games),
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
      };
      await repo.insertClub(row, [actor.userId]);
      return toClub(row, locale);
    },

    async addClubStaff(actor: Actor, clubId: string, userId: string): Promise<void> {
      const club = await repo.findClub(clubId);
      if (club === undefined) throw new AppError('CLUB_NOT_FOUND');
      const staff = await repo.clubStaff(clubId);
      if (!managesCity(actor.roles, club.city_id) && !staff.includes(actor.userId))
        throw new AppError('FORBIDDEN');
      if ((await profilesOf([userId])).length === 0) throw new AppError('USER_NOT_FOUND');
      if (!(await repo.addClubStaff(clubId, userId))) throw new AppError('ALREADY_MEMBER');
    },

    async createTeam(actor: Actor, body: TeamBody): Promise<Team> {
      await gameOrFail(body.gameId);
      let cityId = body.cityId ?? actor.cityId;
      if (body.clubId !== undefined) {
        const club = await repo.findClub(body.clubId);
        if (club === undefined) throw new AppError('CLUB_NOT_FOUND');
        const staff = await repo.clubStaff(club.id);
        if (!managesCity(actor.roles, club.city_id) && !staff.includes(actor.userId))
          throw new AppError('FORBIDDEN');
        cityId = club.city_id;
      } else {
        await cityOrFail(cityId);
        // Without a club, people form their own team in their own city and captain it.
        if (cityId !== actor.cityId && !managesCity(actor.roles, cityId)) throw new AppError('FORBIDDEN');
      }
      const id = newId();
      await repo.insertTeam({
        id,
        club_id: body.clubId ?? null,
        city_id: cityId,
        game_id: body.gameId,
        name: body.name.trim(),
        created_by: actor.userId,
        created_at: clock.now().toISOString(),
      });
      if (body.clubId === undefined && !managesCity(actor.roles, cityId)) {
        await repo.addTeamMember(id, actor.userId, 'captain');
      }
      return this.getTeam(id, actor);
    },

    /**
     * A team and its roster; minors' profiles are hidden from everyone the youth rules keep out, and
     * while a minor is on the team, or a minor reads it, the names it shows have their contact
     * details masked.
     */
    async getTeam(id: string, viewer: Actor | null): Promise<Team> {
      const team = await teamOrFail(id);
      const members = await repo.teamMembers(id);
      const ids = members.map((m) => m.user_id);
      const people = await minorsAmong(
        viewer === null ? ids : [...ids, viewer.userId],
        await lawCityOf(team),
      );
      const staff = team.club_id === null ? [] : await repo.clubStaff(team.club_id);
      const viewerIsMinor = viewer !== null && people.get(viewer.userId)?.minor === true;
      const minorOnTeam = ids.some((userId) => people.get(userId)?.minor === true);
      const shown = (name: string) => (minorOnTeam || viewerIsMinor ? maskContactDetails(name).text : name);
      const roster: RosterMember[] = members.map((member) => {
        const person = people.get(member.user_id);
        const minor = person?.minor === true;
        const visible =
          !minor ||
          (viewer !== null &&
            maySeeMinor({
              userId: viewer.userId,
              isMinor: viewerIsMinor,
              grants: viewer.roles,
              staffOfClub: staff.includes(viewer.userId),
              onTeam: ids.includes(viewer.userId),
              minorId: member.user_id,
              teamCityId: team.city_id,
            }));
        return {
          userId: visible ? member.user_id : null,
          displayName: visible && person !== undefined ? shown(person.display_name) : null,
          cityId: person?.city_id ?? team.city_id,
          role: member.role as RosterMember['role'],
          minor,
          hidden: !visible,
        };
      });
      return {
        id: team.id,
        name: shown(team.name),
        gameId: team.game_id,
        cityId: team.city_id,
        clubId: team.club_id,
        members: roster,
      };
    },

    teamOrFail,
    teamMemberIds: async (teamId: string) => (await repo.teamMembers(teamId)).map((m) => m.user_id),
  };
}

export type DirectoryService = ReturnType<typeof createDirectoryService>;
