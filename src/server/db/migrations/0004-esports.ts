import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('esports_games')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('latency_class', 'text', (c) => c.notNull())
    .addColumn('team_size', 'integer', (c) => c.notNull())
    .addColumn('allow_draws', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('esports_clubs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('city_id', 'text', (c) => c.notNull().references('cities.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('coaching', 'text', (c) => c.notNull())
    .addColumn('contact', 'text')
    .addColumn('website', 'text')
    .addColumn('games', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('esports_clubs_city').on('esports_clubs').column('city_id').execute();

  await db.schema
    .createTable('esports_club_staff')
    .addColumn('club_id', 'text', (c) => c.notNull().references('esports_clubs.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('esports_club_staff_pk', ['club_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('esports_teams')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('club_id', 'text', (c) => c.references('esports_clubs.id').onDelete('set null'))
    .addColumn('city_id', 'text', (c) => c.notNull().references('cities.id'))
    .addColumn('game_id', 'text', (c) => c.notNull().references('esports_games.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('esports_team_members')
    .addColumn('team_id', 'text', (c) => c.notNull().references('esports_teams.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('joined_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('esports_team_members_pk', ['team_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('esports_team_members_user')
    .on('esports_team_members')
    .column('user_id')
    .execute();

  // `version` grows with every change of the tournament or its matches: each write checks the version
  // it read (compare-and-set), so two conflicting writes at once leave exactly one outcome.
  await db.schema
    .createTable('esports_tournaments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('game_id', 'text', (c) => c.notNull().references('esports_games.id'))
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('entrant_kind', 'text', (c) => c.notNull())
    .addColumn('host_city_id', 'text', (c) => c.notNull().references('cities.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('seeding', 'text', (c) => c.notNull())
    .addColumn('best_of', 'integer', (c) => c.notNull())
    .addColumn('swiss_rounds', 'integer')
    .addColumn('groups', 'integer')
    .addColumn('third_place', 'integer', (c) => c.notNull())
    .addColumn('grand_final_reset', 'integer', (c) => c.notNull())
    .addColumn('double_round_robin', 'integer', (c) => c.notNull())
    .addColumn('allow_draws', 'integer', (c) => c.notNull())
    .addColumn('entry_cap', 'integer')
    .addColumn('entrant_count', 'integer', (c) => c.notNull())
    .addColumn('registration_opens_at', 'text')
    .addColumn('registration_closes_at', 'text')
    .addColumn('check_in_opens_at', 'text')
    .addColumn('check_in_closes_at', 'text')
    .addColumn('parent_id', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('completed_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('esports_tournaments_status')
    .on('esports_tournaments')
    .columns(['status', 'created_at'])
    .execute();

  await db.schema
    .createTable('esports_entrants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tournament_id', 'text', (c) =>
      c.notNull().references('esports_tournaments.id').onDelete('cascade'),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('city_id', 'text', (c) => c.notNull().references('cities.id'))
    .addColumn('rating', 'double precision')
    .addColumn('seed', 'integer')
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('team_id', 'text', (c) => c.references('esports_teams.id').onDelete('set null'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('checked_in_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('esports_entrants_user_once', ['tournament_id', 'user_id'])
    .addUniqueConstraint('esports_entrants_team_once', ['tournament_id', 'team_id'])
    .execute();
  await db.schema
    .createIndex('esports_entrants_tournament')
    .on('esports_entrants')
    .column('tournament_id')
    .execute();

  // Who a rating belongs to for each entrant: the player's account, a team's members, or the entrant
  // itself when it has no account. Fixed at entry so that a result needs one read for ratings.
  await db.schema
    .createTable('esports_entrant_subjects')
    .addColumn('entrant_id', 'text', (c) => c.notNull().references('esports_entrants.id').onDelete('cascade'))
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('esports_entrant_subjects_pk', ['entrant_id', 'subject_id'])
    .execute();

  await db.schema
    .createTable('esports_matches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tournament_id', 'text', (c) =>
      c.notNull().references('esports_tournaments.id').onDelete('cascade'),
    )
    .addColumn('match_key', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('bracket', 'text')
    .addColumn('group_number', 'integer')
    .addColumn('role', 'text')
    .addColumn('best_of', 'integer', (c) => c.notNull())
    .addColumn('entrant1_id', 'text')
    .addColumn('entrant2_id', 'text')
    .addColumn('source1', 'text')
    .addColumn('source2', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('winner_id', 'text')
    .addColumn('loser_id', 'text')
    .addColumn('scores', 'text')
    .addColumn('forfeited_by', 'integer')
    .addColumn('reported_by', 'text')
    .addColumn('reported_winner_id', 'text')
    .addColumn('reported_scores', 'text')
    .addColumn('reported_at', 'text')
    .addColumn('disputed_by', 'text')
    .addColumn('dispute_reason', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('scheduled_at', 'text')
    .addColumn('proposed_at', 'text')
    .addColumn('proposed_by', 'text')
    .addColumn('completed_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('esports_matches_key', ['tournament_id', 'match_key'])
    .execute();
  await db.schema
    .createIndex('esports_matches_order')
    .on('esports_matches')
    .columns(['tournament_id', 'position'])
    .execute();

  // Rating history, one row per subject and rated match; the current rating is the highest `seq`.
  // The unique key makes two concurrent updates of one subject conflict instead of losing one.
  await db.schema
    .createTable('esports_ratings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('game_id', 'text', (c) => c.notNull().references('esports_games.id'))
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('system', 'text', (c) => c.notNull())
    .addColumn('rating', 'double precision', (c) => c.notNull())
    .addColumn('rd', 'double precision')
    .addColumn('volatility', 'double precision')
    .addColumn('mu', 'double precision')
    .addColumn('sigma', 'double precision')
    .addColumn('tournament_id', 'text')
    .addColumn('match_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('esports_ratings_seq', ['game_id', 'subject_id', 'seq'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'esports_ratings',
    'esports_matches',
    'esports_entrant_subjects',
    'esports_entrants',
    'esports_tournaments',
    'esports_team_members',
    'esports_teams',
    'esports_club_staff',
    'esports_clubs',
    'esports_games',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
