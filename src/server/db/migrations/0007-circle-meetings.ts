import type { Kysely } from 'kysely';

/**
 * Circle meetings (issue 6): a session may be restricted to the people of one owner (a youth circle),
 * and the youth exchange records which sessions are its circles' meetings and when a facilitator
 * opened the video room.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Null for an ordinary session; `youth_circle:<id>` for a meeting only that circle may see and join.
  await db.schema.alterTable('sessions').addColumn('restricted_to', 'text').execute();

  await db.schema
    .createTable('youth_circle_meetings')
    .addColumn('session_id', 'text', (c) => c.primaryKey().references('sessions.id').onDelete('cascade'))
    .addColumn('circle_id', 'text', (c) => c.notNull().references('youth_circles.id').onDelete('cascade'))
    .addColumn('proposed_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('room_opened_at', 'text')
    .addColumn('room_opened_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('youth_circle_meetings_circle')
    .on('youth_circle_meetings')
    .column('circle_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('youth_circle_meetings').execute();
  await db.schema.alterTable('sessions').dropColumn('restricted_to').execute();
}
