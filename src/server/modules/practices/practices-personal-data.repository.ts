import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/**
 * A person's rows in the practice library, for their data export. On deletion the practices they
 * wrote stay in the library without an author, their edits without an editor (foreign keys set
 * null), and their reports go with the account.
 */
export function createPracticesPersonalDataRepository(db: Kysely<Database>) {
  return {
    async writtenBy(userId: string) {
      return db
        .selectFrom('practices')
        .select(['id', 'title', 'city_id', 'status', 'version', 'created_at', 'updated_at', 'published_at'])
        .where('author_id', '=', userId)
        .orderBy('created_at')
        .execute();
    },

    async editsBy(userId: string) {
      return db
        .selectFrom('practice_revisions')
        .select(['practice_id', 'version', 'change', 'created_at'])
        .where('editor_id', '=', userId)
        .orderBy('created_at')
        .execute();
    },

    async reportsBy(userId: string) {
      return db
        .selectFrom('practice_reports')
        .select(['id', 'practice_id', 'reason', 'created_at', 'resolved_at'])
        .where('user_id', '=', userId)
        .orderBy('created_at')
        .execute();
    },
  };
}

export type PracticesPersonalDataRepository = ReturnType<typeof createPracticesPersonalDataRepository>;
