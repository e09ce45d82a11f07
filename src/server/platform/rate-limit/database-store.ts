import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Clock } from '../clock.js';

type IncrCallback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/**
 * A store for @fastify/rate-limit that keeps counters in the database, so that several app instances
 * behind a load balancer share one limit. One atomic upsert per request; works on SQLite and PostgreSQL.
 */
export function createDatabaseRateLimitStore(db: Kysely<Database>, clock: Clock) {
  return class DatabaseRateLimitStore {
    incr(key: string, callback: IncrCallback, timeWindow = 60_000): void {
      const now = clock.now().getTime();
      const expired = sql<boolean>`rate_limits.window_start + ${timeWindow} <= ${now}`;
      db.insertInto('rate_limits')
        .values({ key, window_start: now, count: 1 })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            count: sql`case when ${expired} then 1 else rate_limits.count + 1 end`,
            window_start: sql`case when ${expired} then ${now} else rate_limits.window_start end`,
          }),
        )
        .returning(['count', 'window_start'])
        .executeTakeFirstOrThrow()
        .then((row) => {
          callback(null, { current: Number(row.count), ttl: Number(row.window_start) + timeWindow - now });
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    }

    child(): DatabaseRateLimitStore {
      return new DatabaseRateLimitStore();
    }
  };
}

/** Deletes counters whose window ended long ago; run now and then so the table stays small. */
export async function purgeRateLimits(
  db: Kysely<Database>,
  clock: Clock,
  olderThanMs = 3600_000,
): Promise<void> {
  await db
    .deleteFrom('rate_limits')
    .where('window_start', '<', clock.now().getTime() - olderThanMs)
    .execute();
}
