import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/**
 * A person's rows in the sessions tables, for their data export (GET /api/me/export). Deletion needs
 * nothing here: registrations, reminders and feeds go with the account (foreign keys cascade), after
 * the sessions service gave up the person's seats to the next in line (`releaseAll`).
 */
export function createSessionsPersonalDataRepository(db: Kysely<Database>) {
  return {
    async registrationsOf(userId: string) {
      return db
        .selectFrom('registrations')
        .innerJoin('sessions', 'sessions.id', 'registrations.session_id')
        .select([
          'registrations.session_id as sessionId',
          'sessions.title as title',
          'sessions.original_language as originalLanguage',
          'sessions.starts_at as startsAt',
          'sessions.ends_at as endsAt',
          'sessions.status as sessionStatus',
          'registrations.city_id as cityId',
          'registrations.status as status',
          'registrations.position as position',
          'registrations.attended as attended',
          'registrations.created_at as createdAt',
          'registrations.updated_at as updatedAt',
        ])
        .where('registrations.user_id', '=', userId)
        .orderBy('sessions.starts_at')
        .execute();
    },

    /** The person's calendar feeds: when each was made and revoked, never the token's hash. */
    async feedsOf(userId: string) {
      return db
        .selectFrom('calendar_feeds')
        .select(['created_at as createdAt', 'revoked_at as revokedAt'])
        .where('user_id', '=', userId)
        .orderBy('created_at')
        .execute();
    },

    async sessionsCreatedBy(userId: string) {
      return db
        .selectFrom('sessions')
        .select(['id', 'title', 'original_language as originalLanguage', 'starts_at as startsAt', 'status'])
        .where('created_by', '=', userId)
        .orderBy('starts_at')
        .execute();
    },
  };
}

export type SessionsPersonalDataRepository = ReturnType<typeof createSessionsPersonalDataRepository>;
