import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('series_id', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('original_language', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('anchor_time_zone', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('host_city_id', 'text', (c) => c.references('cities.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('waitlist', 'integer', (c) => c.notNull())
    .addColumn('video_room', 'text', (c) => c.notNull())
    .addColumn('video_url', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_starts').on('sessions').columns(['status', 'starts_at']).execute();
  await db.schema.createIndex('sessions_updated').on('sessions').column('updated_at').execute();

  await db.schema
    .createTable('session_topics')
    .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
    .addColumn('topic_id', 'text', (c) => c.notNull().references('topics.id'))
    .addPrimaryKeyConstraint('session_topics_pk', ['session_id', 'topic_id'])
    .execute();

  // One row per city taking part: its seat quota, the seats taken and the next waiting-list number.
  // Registrations update this row first, which serialises them per session and city on both databases.
  await db.schema
    .createTable('session_cities')
    .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
    .addColumn('city_id', 'text', (c) => c.notNull().references('cities.id'))
    .addColumn('seats', 'integer', (c) => c.notNull())
    .addColumn('confirmed', 'integer', (c) => c.notNull())
    .addColumn('next_position', 'integer', (c) => c.notNull())
    .addColumn('venue', 'text')
    .addPrimaryKeyConstraint('session_cities_pk', ['session_id', 'city_id'])
    .execute();

  await db.schema
    .createTable('registrations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('city_id', 'text', (c) => c.notNull().references('cities.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('attended', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('registrations_once', ['session_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('registrations_line')
    .on('registrations')
    .columns(['session_id', 'city_id', 'status', 'position'])
    .execute();
  await db.schema.createIndex('registrations_user').on('registrations').column('user_id').execute();

  // A reminder is sent at most once per person, session, kind and start time: the unique key makes a
  // second attempt (another instance, a restart) a no-op, and the row is written with its e-mail.
  await db.schema
    .createTable('session_reminders')
    .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('session_reminders_pk', ['session_id', 'user_id', 'kind', 'starts_at'])
    .execute();

  await db.schema
    .createTable('calendar_feeds')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'calendar_feeds',
    'session_reminders',
    'registrations',
    'session_cities',
    'session_topics',
    'sessions',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
