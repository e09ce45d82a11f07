import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('polls')
    .addColumn('id', 'text', (c) => c.primaryKey())
    /** SHA-256 of the share token in the invitation link: whoever has the link may answer. */
    .addColumn('share_token_hash', 'text', (c) => c.notNull().unique())
    /** JSON: the session to create when a time is picked (title, description, mode, seats, …). */
    .addColumn('session_template', 'text', (c) => c.notNull())
    .addColumn('host_city_id', 'text', (c) => c.references('cities.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('chosen_option_id', 'text')
    .addColumn('session_id', 'text', (c) => c.references('sessions.id').onDelete('set null'))
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('poll_options')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('poll_id', 'text', (c) => c.notNull().references('polls.id').onDelete('cascade'))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('poll_responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('poll_id', 'text', (c) => c.notNull().references('polls.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    /** SHA-256 of the token that lets a guest change their answer. */
    .addColumn('edit_token_hash', 'text', (c) => c.notNull())
    /** JSON: { optionId: "yes" | "if_need_be" | "no" } */
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('poll_responses_poll').on('poll_responses').column('poll_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['poll_responses', 'poll_options', 'polls']) await db.schema.dropTable(table).execute();
}
