import type { Kysely } from 'kysely';
import { ageOn } from '../../../core/people/age.js';
import { calendarDateIn } from '../../../core/time/calendar-date.js';
import type { Database, UserStatus } from '../../db/schema.js';
import type { Clock } from '../clock.js';
import type { RoleGrant } from './permissions.js';
import { isRole } from './permissions.js';
import { hashToken, newToken } from './tokens.js';

export const sessionLifetimeMs = 30 * 24 * 3600_000;
// Sliding expiry is written at most this often, so that reads stay reads.
const touchEveryMs = 3600_000;

/** The signed-in person as the rest of the server sees them. */
export interface Viewer {
  userId: string;
  status: UserStatus;
  cityId: string;
  locale: string;
  timeZone: string;
  roles: RoleGrant[];
}

/** Server-side sessions in the database: any app instance can serve any request. */
export function createSessionStore(db: Kysely<Database>, clock: Clock) {
  return {
    async create(userId: string): Promise<{ token: string; expiresAt: Date }> {
      const token = newToken();
      const now = clock.now();
      const expiresAt = new Date(now.getTime() + sessionLifetimeMs);
      await db
        .insertInto('auth_sessions')
        .values({
          id: hashToken(token),
          user_id: userId,
          created_at: now.toISOString(),
          expires_at: expiresAt.toISOString(),
          last_seen_at: now.toISOString(),
        })
        .execute();
      return { token, expiresAt };
    },

    async resolve(token: string): Promise<Viewer | undefined> {
      const id = hashToken(token);
      const now = clock.now();
      const row = await db
        .selectFrom('auth_sessions')
        .innerJoin('users', 'users.id', 'auth_sessions.user_id')
        .leftJoin('cities', 'cities.id', 'users.city_id')
        .select([
          'users.birth_date',
          'cities.majority_age',
          'cities.time_zone as city_time_zone',
          'auth_sessions.last_seen_at',
          'auth_sessions.expires_at',
          'users.id as userId',
          'users.status',
          'users.city_id',
          'users.locale',
          'users.time_zone',
        ])
        .where('auth_sessions.id', '=', id)
        .executeTakeFirst();
      if (row === undefined || row.expires_at <= now.toISOString()) return undefined;
      if (now.getTime() - Date.parse(row.last_seen_at) > touchEveryMs) {
        await db
          .updateTable('auth_sessions')
          .set({
            last_seen_at: now.toISOString(),
            expires_at: new Date(now.getTime() + sessionLifetimeMs).toISOString(),
          })
          .where('id', '=', id)
          .execute();
      }
      const grants = await db
        .selectFrom('user_roles')
        .leftJoin('cities', 'cities.id', 'user_roles.city_id')
        .select(['user_roles.role', 'user_roles.city_id', 'cities.majority_age'])
        .where('user_roles.user_id', '=', row.userId)
        .execute();
      // A staff role sees minors or video links: held by someone under age (granted before the rule,
      // or by a path that forgot it) it gives nothing. The stricter of the person's city's and the
      // role's city's majority age decides.
      const age =
        row.birth_date === null
          ? undefined
          : ageOn(row.birth_date, calendarDateIn(now, row.city_time_zone ?? 'UTC'));
      const roles = grants.filter(
        (grant) =>
          grant.role === 'member' ||
          age === undefined ||
          age >= Math.max(18, Number(row.majority_age ?? 0), Number(grant.majority_age ?? 0)),
      );
      return {
        userId: row.userId,
        status: row.status,
        cityId: row.city_id,
        locale: row.locale,
        timeZone: row.time_zone,
        roles: roles.flatMap((r) => (isRole(r.role) ? [{ role: r.role, cityId: r.city_id }] : [])),
      };
    },

    async destroy(token: string): Promise<void> {
      await db.deleteFrom('auth_sessions').where('id', '=', hashToken(token)).execute();
    },

    async destroyAllFor(userId: string): Promise<void> {
      await db.deleteFrom('auth_sessions').where('user_id', '=', userId).execute();
    },

    async purgeExpired(): Promise<void> {
      await db.deleteFrom('auth_sessions').where('expires_at', '<=', clock.now().toISOString()).execute();
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
