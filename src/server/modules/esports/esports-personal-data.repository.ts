import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/** A person's rows in the e-sports tables, for their data export and for anonymising on deletion. */
export function createEsportsPersonalDataRepository(db: Kysely<Database>) {
  return {
    async entrantsOf(userId: string) {
      return db
        .selectFrom('esports_entrants')
        .select([
          'id',
          'tournament_id',
          'name',
          'city_id',
          'rating',
          'seed',
          'team_id',
          'status',
          'checked_in_at',
          'created_at',
        ])
        .where('user_id', '=', userId)
        .orderBy('created_at')
        .execute();
    },

    async teamsOf(userId: string) {
      return db
        .selectFrom('esports_team_members')
        .innerJoin('esports_teams', 'esports_teams.id', 'esports_team_members.team_id')
        .select([
          'esports_teams.id as teamId',
          'esports_teams.name as name',
          'esports_teams.game_id as gameId',
          'esports_team_members.role as role',
          'esports_team_members.joined_at as joinedAt',
        ])
        .where('esports_team_members.user_id', '=', userId)
        .orderBy('esports_team_members.joined_at')
        .execute();
    },

    async clubsStaffedBy(userId: string) {
      return db
        .selectFrom('esports_club_staff')
        .select(['club_id', 'added_at'])
        .where('user_id', '=', userId)
        .execute();
    },

    /** The person's own rating history (a player's subject id is their account id). */
    async ratingsOf(userId: string) {
      return db
        .selectFrom('esports_ratings')
        .select([
          'game_id',
          'seq',
          'system',
          'rating',
          'rd',
          'mu',
          'sigma',
          'tournament_id',
          'match_id',
          'created_at',
        ])
        .where('subject_id', '=', userId)
        .orderBy('game_id')
        .orderBy('seq')
        .execute();
    },

    /**
     * Takes the person's name off the entrants they played as: brackets and standings keep their
     * shape, but no longer name them. (The account link itself goes with the account: set null.)
     */
    async anonymise(userId: string, placeholder: string): Promise<void> {
      await db
        .updateTable('esports_entrants')
        .set({ name: placeholder })
        .where('user_id', '=', userId)
        .execute();
    },
  };
}

export type EsportsPersonalDataRepository = ReturnType<typeof createEsportsPersonalDataRepository>;
