import { type Kysely, sql } from 'kysely';

/**
 * Facts that decide which law protects a person (issue 13): whether a city's jurisdiction wants a
 * guardian's consent verified by a recorded method (Korea, PIPA art. 22-2) is city data, not code; and
 * a person's city changes only through a request that the coordinators of both cities approve.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('cities')
    .addColumn('guardian_verification_required', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // Installations seeded before this column: Korean cities keep the rule the code used to hard-code.
  await sql`update cities set guardian_verification_required = 1 where country = 'KR'`.execute(db);

  // What was known of a reporter when they reported a practice: reports of new or unverified
  // accounts, or of one city alone, never hide a practice (reports-hide.ts in core).
  await db.schema.alterTable('practice_reports').addColumn('reporter_city_id', 'text').execute();
  await db.schema
    .alterTable('practice_reports')
    .addColumn('reporter_established', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('city_change_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('from_city_id', 'text', (c) => c.notNull().references('cities.id'))
    .addColumn('to_city_id', 'text', (c) => c.notNull().references('cities.id'))
    .addColumn('reason', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('from_approved_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('from_approved_at', 'text')
    .addColumn('to_approved_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('to_approved_at', 'text')
    .addColumn('decided_at', 'text')
    .execute();
  await db.schema
    .createIndex('city_change_requests_user')
    .on('city_change_requests')
    .columns(['user_id', 'status'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('city_change_requests').execute();
  await db.schema.alterTable('practice_reports').dropColumn('reporter_established').execute();
  await db.schema.alterTable('practice_reports').dropColumn('reporter_city_id').execute();
  await db.schema.alterTable('cities').dropColumn('guardian_verification_required').execute();
}
