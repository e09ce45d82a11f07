import { type Kysely, sql, type Transaction } from 'kysely';
import type { DialectName } from '../../db/database.js';
import { isUniqueViolation } from '../../db/errors.js';
import type {
  Database,
  EsportsClubTable,
  EsportsEntrantTable,
  EsportsGameTable,
  EsportsMatchTable,
  EsportsRatingTable,
  EsportsTeamInvitationTable,
  EsportsTeamTable,
  EsportsTournamentTable,
} from '../../db/schema.js';
import { newId } from '../../platform/auth/tokens.js';
import type { Clock } from '../../platform/clock.js';
import { AppError, type ErrorCode } from '../../platform/errors/app-error.js';

export type GameRow = EsportsGameTable;
export type ClubRow = EsportsClubTable;
export type TeamRow = EsportsTeamTable;
export type TeamInvitationRow = EsportsTeamInvitationTable;
export type TournamentRow = EsportsTournamentTable;
export type EntrantRow = EsportsEntrantTable;
export type MatchRow = EsportsMatchTable;
export type RatingRow = EsportsRatingTable;

/** What a match write reads in its transaction: the tournament's mutable fields and all its matches. */
export interface MatchContext {
  tournamentId: string;
  version: number;
  status: string;
  format: string;
  allowDraws: boolean;
  swissRounds: number | null;
  matches: MatchRow[];
}

/** A subject's current rating in a game (undefined fields: never rated). */
export interface SubjectRating {
  entrantId: string;
  subjectId: string;
  seq: number | null;
  rating: number | null;
  rd: number | null;
  volatility: number | null;
  mu: number | null;
  sigma: number | null;
}

export type NewRating = Omit<RatingRow, 'id' | 'created_at'>;

/** What a match write does, decided by the service from the context it read. */
export interface MatchWrite<T> {
  /** Rows to insert or replace (the match decided and every match it fed). */
  matches: MatchRow[];
  status: string;
  completedAt: string | null;
  /** When the write completes a played match: rate it from the entrants' current ratings. */
  rate?: {
    gameId: string;
    entrantIds: [string, string];
    compute(current: SubjectRating[]): NewRating[];
  };
  outcome: T;
}

export type Decision<T> = MatchWrite<T> | { refuse: ErrorCode };

/** The compare-and-set on the tournament's version failed: someone else wrote first. Retry. */
class LostRace extends Error {}

const maxAttempts = 8;
const insertChunk = 400;

const matchColumns = [
  'entrant1_id',
  'entrant2_id',
  'source1',
  'source2',
  'status',
  'winner_id',
  'loser_id',
  'scores',
  'forfeited_by',
  'reported_by',
  'reported_winner_id',
  'reported_scores',
  'reported_at',
  'disputed_by',
  'dispute_reason',
  'decided_by',
  'scheduled_at',
  'proposed_at',
  'proposed_by',
  'completed_at',
  'updated_at',
] as const;

/** Every column of a match row. */
const allMatchColumns = [
  'id',
  'tournament_id',
  'match_key',
  'position',
  'round',
  'bracket',
  'group_number',
  'role',
  'best_of',
  ...matchColumns,
] as const satisfies ReadonlyArray<keyof MatchRow>;

export function createEsportsRepository(db: Kysely<Database>, clock: Clock, dialect: DialectName) {
  /**
   * Inserts new match rows in ONE statement with ONE parameter, however many there are: the rows
   * go as JSON and the database expands them (SQLite `json_each`, PostgreSQL
   * `json_populate_recordset`). A 1,024-entrant double elimination is 2,047 rows; as bound values
   * they would be 65,000 parameters in several statements, each compiled and prepared anew.
   */
  async function insertMatchRows(executor: Kysely<Database>, rows: readonly MatchRow[]): Promise<void> {
    if (rows.length === 0) return;
    if (dialect === 'postgres') {
      await sql`insert into esports_matches select * from json_populate_recordset(null::esports_matches, ${JSON.stringify(rows)}::json)`.execute(
        executor,
      );
      return;
    }
    // SQLite: rows as arrays of only the columns some row fills (a new bracket leaves twenty of them
    // null), read through JSONB, whose elements are found without parsing text again per column.
    const columns = allMatchColumns.filter((column) => rows.some((row) => row[column] !== null));
    const json = JSON.stringify(rows.map((row) => columns.map((column) => row[column])));
    await sql`insert into esports_matches (${sql.join(columns.map((column) => sql.id(column)))}) select ${sql.join(
      columns.map((_, i) => sql.raw(`value ->> ${i}`)),
    )} from jsonb_each(${json})`.execute(executor);
  }

  /** Writes every entrant's seed in one statement (an update joined to the seeds as JSON). */
  async function writeSeeds(executor: Kysely<Database>, seeds: ReadonlyMap<string, number>): Promise<void> {
    if (seeds.size === 0) return;
    const json = JSON.stringify([...seeds].map(([id, seed]) => ({ id, seed })));
    if (dialect === 'postgres') {
      await sql`update esports_entrants as e set seed = s.seed from json_to_recordset(${json}::json) as s(id text, seed integer) where e.id = s.id`.execute(
        executor,
      );
      return;
    }
    await sql`update esports_entrants set seed = s.value ->> 'seed' from jsonb_each(${json}) as s where esports_entrants.id = s.value ->> 'id'`.execute(
      executor,
    );
  }

  /**
   * Runs a write on a tournament's matches as one transaction: read the tournament's version and
   * matches (one statement), let the service decide, compare-and-set the version (the first write,
   * which also serialises concurrent writers on PostgreSQL), upsert the changed matches in one
   * statement, and rate a completed match (one read, one insert). At most five statements. A writer
   * that lost the race starts again and sees the winner's outcome.
   */
  async function writeMatches<T>(
    read: { matchId: string } | { tournamentId: string },
    decide: (context: MatchContext) => Decision<T>,
  ): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await db.transaction().execute(async (trx) => {
          const rows = await trx
            .selectFrom('esports_matches as m')
            .innerJoin('esports_tournaments as t', 't.id', 'm.tournament_id')
            .selectAll('m')
            .select([
              't.version as t_version',
              't.status as t_status',
              't.format as t_format',
              't.allow_draws as t_allow_draws',
              't.swiss_rounds as t_swiss_rounds',
            ])
            .where(
              'm.tournament_id',
              '=',
              'matchId' in read
                ? trx.selectFrom('esports_matches').select('tournament_id').where('id', '=', read.matchId)
                : trx.selectFrom('esports_tournaments').select('id').where('id', '=', read.tournamentId),
            )
            .orderBy('m.position')
            .execute();
          const first = rows[0];
          if (first === undefined)
            throw new AppError('matchId' in read ? 'MATCH_NOT_FOUND' : 'TOURNAMENT_NOT_STARTED');
          const context: MatchContext = {
            tournamentId: first.tournament_id,
            version: Number(first.t_version),
            status: first.t_status,
            format: first.t_format,
            allowDraws: Number(first.t_allow_draws) === 1,
            swissRounds: first.t_swiss_rounds === null ? null : Number(first.t_swiss_rounds),
            matches: rows.map(
              ({ t_version, t_status, t_format, t_allow_draws, t_swiss_rounds, ...match }) => match,
            ),
          };
          const decision = decide(context);
          if ('refuse' in decision) throw new AppError(decision.refuse);
          const now = clock.now().toISOString();
          const claimed = await trx
            .updateTable('esports_tournaments')
            .set({
              version: context.version + 1,
              status: decision.status,
              completed_at: decision.completedAt,
              updated_at: now,
            })
            .where('id', '=', context.tournamentId)
            .where('version', '=', context.version)
            .executeTakeFirst();
          if (claimed.numUpdatedRows === 0n) throw new LostRace();
          if (decision.matches.length > 0) await upsertMatches(trx, decision.matches);
          if (decision.rate !== undefined) {
            const current = await currentRatings(trx, decision.rate.gameId, decision.rate.entrantIds);
            const next = decision.rate.compute(current);
            if (next.length > 0) {
              await trx
                .insertInto('esports_ratings')
                .values(next.map((row) => ({ ...row, id: newId(), created_at: now })))
                .execute();
            }
          }
          return decision.outcome;
        });
      } catch (error) {
        // A lost compare-and-set, or a rating row another tournament wrote for the same subject.
        const raced = error instanceof LostRace || isUniqueViolation(error);
        if (!raced || attempt >= maxAttempts) throw error;
      }
    }
  }

  async function upsertMatches(trx: Transaction<Database>, rows: MatchRow[]): Promise<void> {
    for (let i = 0; i < rows.length; i += insertChunk) {
      await trx
        .insertInto('esports_matches')
        .values(rows.slice(i, i + insertChunk))
        .onConflict((oc) =>
          oc
            .column('id')
            .doUpdateSet((eb) =>
              Object.fromEntries(matchColumns.map((column) => [column, eb.ref(`excluded.${column}`)])),
            ),
        )
        .execute();
    }
  }

  async function currentRatings(
    executor: Kysely<Database>,
    gameId: string,
    entrantIds: readonly string[],
  ): Promise<SubjectRating[]> {
    const rows = await executor
      .selectFrom('esports_entrant_subjects as s')
      .leftJoin('esports_ratings as r', (join) =>
        join
          .onRef('r.subject_id', '=', 's.subject_id')
          .on('r.game_id', '=', gameId)
          .on(
            sql<boolean>`r.seq = (select max(r2.seq) from esports_ratings r2 where r2.subject_id = s.subject_id and r2.game_id = ${gameId})`,
          ),
      )
      .select([
        's.entrant_id',
        's.subject_id',
        'r.seq',
        'r.rating',
        'r.rd',
        'r.volatility',
        'r.mu',
        'r.sigma',
      ])
      .where('s.entrant_id', 'in', entrantIds)
      .orderBy('s.entrant_id')
      .orderBy('s.subject_id')
      .execute();
    const num = (value: number | null) => (value === null ? null : Number(value));
    return rows.map((row) => ({
      entrantId: row.entrant_id,
      subjectId: row.subject_id,
      seq: num(row.seq),
      rating: num(row.rating),
      rd: num(row.rd),
      volatility: num(row.volatility),
      mu: num(row.mu),
      sigma: num(row.sigma),
    }));
  }

  return {
    writeMatches,

    // Games

    listGames: () => db.selectFrom('esports_games').selectAll().orderBy('name').execute(),

    findGame: (id: string) =>
      db.selectFrom('esports_games').selectAll().where('id', '=', id).executeTakeFirst(),

    async insertGames(rows: GameRow[]): Promise<boolean> {
      try {
        await db.insertInto('esports_games').values(rows).execute();
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },

    async countGames(): Promise<number> {
      const row = await db
        .selectFrom('esports_games')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    // Clubs and teams

    async listClubs(cityId: string | undefined): Promise<ClubRow[]> {
      let query = db.selectFrom('esports_clubs').selectAll();
      if (cityId !== undefined) query = query.where('city_id', '=', cityId);
      return query.orderBy('city_id').orderBy('name').execute();
    },

    findClub: (id: string) =>
      db.selectFrom('esports_clubs').selectAll().where('id', '=', id).executeTakeFirst(),

    async insertClub(row: ClubRow, staff: string[]): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('esports_clubs').values(row).execute();
        if (staff.length > 0) {
          await trx
            .insertInto('esports_club_staff')
            .values(staff.map((user_id) => ({ club_id: row.id, user_id, added_at: row.created_at })))
            .execute();
        }
      });
    },

    /** False when the person already is staff of the club. */
    async addClubStaff(clubId: string, userId: string): Promise<boolean> {
      try {
        await db
          .insertInto('esports_club_staff')
          .values({ club_id: clubId, user_id: userId, added_at: clock.now().toISOString() })
          .execute();
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },

    async clubStaff(clubId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('esports_club_staff')
        .select('user_id')
        .where('club_id', '=', clubId)
        .execute();
      return rows.map((r) => r.user_id);
    },

    teamsOfClub: (clubId: string) =>
      db.selectFrom('esports_teams').selectAll().where('club_id', '=', clubId).orderBy('name').execute(),

    findTeam: (id: string) =>
      db.selectFrom('esports_teams').selectAll().where('id', '=', id).executeTakeFirst(),

    insertTeam: async (row: TeamRow) => {
      await db.insertInto('esports_teams').values(row).execute();
    },

    teamMembers: (teamId: string) =>
      db
        .selectFrom('esports_team_members')
        .selectAll()
        .where('team_id', '=', teamId)
        .orderBy('joined_at')
        .orderBy('user_id')
        .execute(),

    /** False when the person already is on the team. */
    async addTeamMember(teamId: string, userId: string, role: string): Promise<boolean> {
      try {
        await db
          .insertInto('esports_team_members')
          .values({ team_id: teamId, user_id: userId, role, joined_at: clock.now().toISOString() })
          .execute();
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },

    // Team invitations

    /**
     * Invites a person to a team, or renews an answered invitation (back to pending). A pending one
     * is left as it is. Answers the invitation as saved.
     */
    async invite(
      invitation: Pick<TeamInvitationRow, 'team_id' | 'user_id' | 'role' | 'invited_by'>,
    ): Promise<TeamInvitationRow> {
      const now = clock.now().toISOString();
      const renewed = { role: invitation.role, invited_by: invitation.invited_by, created_at: now };
      await db
        .insertInto('esports_team_invitations')
        .values({ id: newId(), ...invitation, status: 'pending', created_at: now, answered_at: null })
        .onConflict((conflict) =>
          conflict
            .columns(['team_id', 'user_id'])
            .doUpdateSet({ ...renewed, status: 'pending', answered_at: null })
            .where('esports_team_invitations.status', '!=', 'pending'),
        )
        .execute();
      return db
        .selectFrom('esports_team_invitations')
        .selectAll()
        .where('team_id', '=', invitation.team_id)
        .where('user_id', '=', invitation.user_id)
        .executeTakeFirstOrThrow();
    },

    findInvitation: (id: string) =>
      db.selectFrom('esports_team_invitations').selectAll().where('id', '=', id).executeTakeFirst(),

    /** A person's pending invitations with their teams, newest first. */
    pendingInvitationsOf: (userId: string) =>
      db
        .selectFrom('esports_team_invitations')
        .innerJoin('esports_teams', 'esports_teams.id', 'esports_team_invitations.team_id')
        .selectAll('esports_team_invitations')
        .select([
          'esports_teams.name as team_name',
          'esports_teams.game_id as team_game_id',
          'esports_teams.city_id as team_city_id',
          'esports_teams.club_id as team_club_id',
        ])
        .where('esports_team_invitations.user_id', '=', userId)
        .where('esports_team_invitations.status', '=', 'pending')
        .orderBy('esports_team_invitations.created_at', 'desc')
        .orderBy('esports_team_invitations.id')
        .execute(),

    /**
     * Answers a pending invitation of the person; accepting puts them on the roster in the same
     * transaction. False when there is no such pending invitation (answered already, or not theirs).
     */
    async answerInvitation(id: string, userId: string, accept: boolean): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const now = clock.now().toISOString();
        const answered = await trx
          .updateTable('esports_team_invitations')
          .set({ status: accept ? 'accepted' : 'declined', answered_at: now })
          .where('id', '=', id)
          .where('user_id', '=', userId)
          .where('status', '=', 'pending')
          .returning(['team_id', 'role'])
          .executeTakeFirst();
        if (answered === undefined) return false;
        if (accept) {
          await trx
            .insertInto('esports_team_members')
            .values({ team_id: answered.team_id, user_id: userId, role: answered.role, joined_at: now })
            .onConflict((conflict) => conflict.columns(['team_id', 'user_id']).doNothing())
            .execute();
        }
        return true;
      });
    },

    // Tournaments and entrants

    insertTournament: async (row: TournamentRow) => {
      await db.insertInto('esports_tournaments').values(row).execute();
    },

    findTournament: (id: string) =>
      db.selectFrom('esports_tournaments').selectAll().where('id', '=', id).executeTakeFirst(),

    async listTournaments(filter: { status?: string; gameId?: string; limit: number; offset: number }) {
      let query = db.selectFrom('esports_tournaments').selectAll();
      if (filter.status !== undefined) query = query.where('status', '=', filter.status);
      if (filter.gameId !== undefined) query = query.where('game_id', '=', filter.gameId);
      return query
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .limit(filter.limit)
        .offset(filter.offset)
        .execute();
    },

    /**
     * Adds an entrant while the tournament takes registrations and has room: the count is raised
     * by a conditional update first, so the cap holds under any concurrency.
     */
    async addEntrant(entrant: EntrantRow, subjects: string[]): Promise<void> {
      try {
        await db.transaction().execute(async (trx) => {
          const room = await trx
            .updateTable('esports_tournaments')
            .set({ entrant_count: sql`entrant_count + 1`, version: sql`version + 1` })
            .where('id', '=', entrant.tournament_id)
            .where('status', '=', 'registration')
            .where((eb) =>
              eb.or([eb('entry_cap', 'is', null), eb('entrant_count', '<', eb.ref('entry_cap'))]),
            )
            .executeTakeFirst();
          if (room.numUpdatedRows === 0n) {
            const tournament = await trx
              .selectFrom('esports_tournaments')
              .select('status')
              .where('id', '=', entrant.tournament_id)
              .executeTakeFirst();
            if (tournament === undefined) throw new AppError('TOURNAMENT_NOT_FOUND');
            throw new AppError(
              tournament.status === 'registration' ? 'TOURNAMENT_FULL' : 'TOURNAMENT_STARTED',
            );
          }
          await trx.insertInto('esports_entrants').values(entrant).execute();
          if (subjects.length > 0) {
            await trx
              .insertInto('esports_entrant_subjects')
              .values([...new Set(subjects)].map((subject_id) => ({ entrant_id: entrant.id, subject_id })))
              .execute();
          }
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError('ALREADY_ENTERED');
        throw error;
      }
    },

    setParent: async (id: string, parentId: string) => {
      await db.updateTable('esports_tournaments').set({ parent_id: parentId }).where('id', '=', id).execute();
    },

    async entrantSubjects(entrantId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('esports_entrant_subjects')
        .select('subject_id')
        .where('entrant_id', '=', entrantId)
        .orderBy('subject_id')
        .execute();
      return rows.map((r) => r.subject_id);
    },

    findEntrants: (ids: readonly string[]) =>
      ids.length === 0
        ? Promise.resolve([] as EntrantRow[])
        : db.selectFrom('esports_entrants').selectAll().where('id', 'in', ids).execute(),

    entrants: (tournamentId: string) =>
      db
        .selectFrom('esports_entrants')
        .selectAll()
        .where('tournament_id', '=', tournamentId)
        .orderBy('created_at')
        .orderBy('id')
        .execute(),

    /** The entrants of a tournament a person plays for: their own, or their team's. */
    async entrantsOf(tournamentId: string, userId: string): Promise<EntrantRow[]> {
      return db
        .selectFrom('esports_entrants as e')
        .selectAll('e')
        .where('e.tournament_id', '=', tournamentId)
        .where((eb) =>
          eb.or([
            eb('e.user_id', '=', userId),
            eb(
              'e.team_id',
              'in',
              eb.selectFrom('esports_team_members').select('team_id').where('user_id', '=', userId),
            ),
          ]),
        )
        .execute();
    },

    async checkIn(entrantId: string): Promise<void> {
      await db
        .updateTable('esports_entrants')
        .set({ status: 'checked_in', checked_in_at: clock.now().toISOString() })
        .where('id', '=', entrantId)
        .where('status', '=', 'registered')
        .execute();
    },

    /**
     * Starts a tournament: registration closes (compare-and-set on the version), no-shows are
     * marked, seeds are written and the first matches inserted, all in one transaction.
     */
    async start(
      tournament: { id: string; version: number; swissRounds: number | null },
      noShows: string[],
      seeds: Map<string, number>,
      matches: MatchRow[],
      status: string,
    ): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const now = clock.now().toISOString();
        const claimed = await trx
          .updateTable('esports_tournaments')
          .set({
            status,
            version: tournament.version + 1,
            started_at: now,
            updated_at: now,
            swiss_rounds: tournament.swissRounds,
            ...(status === 'completed' ? { completed_at: now } : {}),
          })
          .where('id', '=', tournament.id)
          .where('version', '=', tournament.version)
          .where('status', '=', 'registration')
          .executeTakeFirst();
        if (claimed.numUpdatedRows === 0n) throw new AppError('TOURNAMENT_STARTED');
        if (noShows.length > 0) {
          await trx
            .updateTable('esports_entrants')
            .set({ status: 'no_show' })
            .where('id', 'in', noShows)
            .execute();
        }
        await writeSeeds(trx, seeds);
        await insertMatchRows(trx, matches);
      });
    },

    /** The highest round with a match, per tournament (0 when not started): one grouped read. */
    async currentRounds(tournamentIds: readonly string[]): Promise<Map<string, number>> {
      if (tournamentIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('esports_matches')
        .select((eb) => ['tournament_id', eb.fn.max('round').as('round')])
        .where('tournament_id', 'in', tournamentIds)
        .groupBy('tournament_id')
        .execute();
      return new Map(rows.map((row) => [row.tournament_id, Number(row.round)]));
    },

    matches: (tournamentId: string) =>
      db
        .selectFrom('esports_matches')
        .selectAll()
        .where('tournament_id', '=', tournamentId)
        .orderBy('position')
        .execute(),

    findMatch: (id: string) =>
      db.selectFrom('esports_matches').selectAll().where('id', '=', id).executeTakeFirst(),

    // Ratings

    currentRatings: (gameId: string, entrantIds: readonly string[]) => currentRatings(db, gameId, entrantIds),

    /** Every subject's current rating in a game, best first. */
    async leaderboard(gameId: string, limit: number) {
      return db
        .selectFrom('esports_ratings as r')
        .selectAll('r')
        .where('r.game_id', '=', gameId)
        .where(
          sql<boolean>`r.seq = (select max(r2.seq) from esports_ratings r2 where r2.subject_id = r.subject_id and r2.game_id = r.game_id)`,
        )
        .orderBy('r.rating', 'desc')
        .orderBy('r.subject_id')
        .limit(limit)
        .execute();
    },

    ratingHistory: (gameId: string, subjectId: string) =>
      db
        .selectFrom('esports_ratings')
        .selectAll()
        .where('game_id', '=', gameId)
        .where('subject_id', '=', subjectId)
        .orderBy('seq')
        .execute(),

    /** The latest rating of each given subject in a game, for seeding. */
    async latestRatings(gameId: string, subjectIds: readonly string[]) {
      if (subjectIds.length === 0) return [];
      return db
        .selectFrom('esports_ratings as r')
        .selectAll('r')
        .where('r.game_id', '=', gameId)
        .where('r.subject_id', 'in', subjectIds)
        .where(
          sql<boolean>`r.seq = (select max(r2.seq) from esports_ratings r2 where r2.subject_id = r.subject_id and r2.game_id = r.game_id)`,
        )
        .execute();
    },

    /** Demo content: a whole tournament as it stands, with its rating history, in one transaction. */
    async insertPlayedTournament(
      tournament: TournamentRow,
      entrants: EntrantRow[],
      subjects: Array<{ entrant_id: string; subject_id: string }>,
      matches: MatchRow[],
      ratings: NewRating[],
    ): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('esports_tournaments').values(tournament).execute();
        await trx.insertInto('esports_entrants').values(entrants).execute();
        if (subjects.length > 0) await trx.insertInto('esports_entrant_subjects').values(subjects).execute();
        await insertMatchRows(trx, matches);
        for (let i = 0; i < ratings.length; i += insertChunk) {
          await trx
            .insertInto('esports_ratings')
            .values(
              ratings
                .slice(i, i + insertChunk)
                .map((row) => ({ ...row, id: newId(), created_at: tournament.created_at })),
            )
            .execute();
        }
      });
    },

    async countTournaments(): Promise<number> {
      const row = await db
        .selectFrom('esports_tournaments')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

export type EsportsRepository = ReturnType<typeof createEsportsRepository>;
