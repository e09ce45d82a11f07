import type { Kysely } from 'kysely';

/**
 * E-sports team invitations (issue 13): a minor joins a roster only by accepting one, so nobody puts
 * a child on a team without the child's own yes. One row per team and person; a declined invitation
 * may be sent again (the row goes back to pending).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('esports_team_invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull().references('esports_teams.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('invited_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'text')
    .addUniqueConstraint('esports_team_invitations_team_user', ['team_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('esports_team_invitations_user')
    .on('esports_team_invitations')
    .columns(['user_id', 'status'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('esports_team_invitations').execute();
}
