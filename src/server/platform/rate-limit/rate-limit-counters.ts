import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Clock } from '../clock.js';
import { createDatabaseRateLimitStore } from './database-store.js';
import {
  connectRateLimitRedis,
  createRedisRateLimitStore,
  type RateLimitStore,
  type RateLimitStoreStatus,
} from './redis-store.js';

export interface RateLimitCounters {
  /** The store class for @fastify/rate-limit's `store` option. */
  Store: new () => RateLimitStore;
  /** Where counters are kept right now, for health and metrics. */
  status: RateLimitStoreStatus;
  close(): Promise<void>;
}

/**
 * Chooses where rate-limit counters live: in Redis when `redisUrl` is set (falling back to the database
 * while Redis is away), else in the database. Every instance shares them either way.
 */
export function createRateLimitCounters(options: {
  redisUrl: string | undefined;
  db: Kysely<Database>;
  clock: Clock;
  log: { warn(obj: object, msg: string): void; info(msg: string): void };
}): RateLimitCounters {
  const inDatabase = createDatabaseRateLimitStore(options.db, options.clock);
  if (options.redisUrl === undefined) {
    return {
      Store: inDatabase,
      status: { inUse: () => 'database', redisConfigured: false },
      close: async () => {},
    };
  }
  return createRedisRateLimitStore({
    redis: connectRateLimitRedis(options.redisUrl),
    fallback: inDatabase,
    nameSpace: 'silta:rate-limit:',
    log: options.log,
  });
}
