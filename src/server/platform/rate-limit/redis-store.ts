import { Redis } from 'ioredis';

type IncrCallback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** The store @fastify/rate-limit instantiates: `new Store(options)`, then `child(routeOptions)` per route. */
export interface RateLimitStore {
  incr(key: string, callback: IncrCallback, timeWindow?: number, max?: number): void;
  child(routeOptions: object): RateLimitStore;
}

/** Where counters are kept right now: in Redis, or in the database while Redis is away. */
export type RateLimitStoreName = 'redis' | 'database';

export interface RateLimitStoreStatus {
  /** The store counting right now. */
  inUse(): RateLimitStoreName;
  /** Whether REDIS_URL is set at all. */
  redisConfigured: boolean;
}

/**
 * The Redis connection rate-limit counters live in when REDIS_URL is set. Commands fail at once while
 * it is disconnected (no offline queue) and after 500 ms when it hangs, so that a request never waits
 * for Redis; the connection keeps retrying in the background (at most 2 s apart).
 */
export function connectRateLimitRedis(url: string): Redis {
  return new Redis(url, {
    connectTimeout: 1_000,
    commandTimeout: 500,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
}

// The same script @fastify/rate-limit's RedisStore runs: one atomic INCR, with the window's expiry set
// by the first request of the window.
const incrementScript = `
  local current = redis.call('INCR', KEYS[1])
  local ttl = tonumber(ARGV[1])
  if current == 1 then
    redis.call('PEXPIRE', KEYS[1], ttl)
  else
    ttl = redis.call('PTTL', KEYS[1])
  end
  return {current, ttl}
`;

interface RedisWithIncrement extends Redis {
  siltaRateLimit(
    key: string,
    timeWindow: number,
    callback: (error: Error | null, result?: number[]) => void,
  ): void;
}

/**
 * A rate-limit store that counts in Redis while Redis answers and in the database (`fallback`, shared
 * by every instance as well) while it does not, so that a Redis outage never turns a sign-in into a
 * 500. Each switch is logged once; the connection comes back by itself and counting returns to Redis.
 * Counts restart in the other store at a switch, so a limit may let up to twice its maximum through
 * during the minute of a switch.
 *
 * @example
 * const { Store, status } = createRedisRateLimitStore({ redis, fallback: createDatabaseRateLimitStore(db, clock), log: app.log });
 * await app.register(rateLimit, { store: Store });
 */
export function createRedisRateLimitStore(options: {
  redis: Redis;
  fallback: new () => RateLimitStore;
  nameSpace: string;
  log: { warn(obj: object, msg: string): void; info(msg: string): void };
}): { Store: new () => RateLimitStore; status: RateLimitStoreStatus; close(): Promise<void> } {
  const redis = options.redis as RedisWithIncrement;
  redis.defineCommand('siltaRateLimit', { numberOfKeys: 1, lua: incrementScript });
  let inUse: RateLimitStoreName = 'redis';
  let closing = false;

  const countInDatabase = (reason: unknown) => {
    if (inUse === 'database' || closing) return;
    inUse = 'database';
    options.log.warn(
      { err: String(reason) },
      'Redis is unavailable: rate-limit counters are kept in the database until it is back',
    );
  };
  redis.on('error', countInDatabase);
  redis.on('close', () => countInDatabase('connection closed'));
  redis.on('ready', () => {
    if (inUse === 'redis') return;
    inUse = 'redis';
    options.log.info('Redis is back: rate-limit counters are kept in Redis again');
  });

  class RedisRateLimitStore implements RateLimitStore {
    private readonly fallback: RateLimitStore;

    constructor(
      private readonly prefix = options.nameSpace,
      fallback?: RateLimitStore,
    ) {
      this.fallback = fallback ?? new options.fallback();
    }

    incr(key: string, callback: IncrCallback, timeWindow = 60_000, max?: number): void {
      if (redis.status !== 'ready') {
        countInDatabase(`Redis connection is ${redis.status}`);
        this.fallback.incr(key, callback, timeWindow, max);
        return;
      }
      redis.siltaRateLimit(this.prefix + key, timeWindow, (error, result) => {
        if (error !== null || result === undefined) {
          countInDatabase(error);
          this.fallback.incr(key, callback, timeWindow, max);
          return;
        }
        callback(null, { current: Number(result[0]), ttl: Number(result[1]) });
      });
    }

    child(routeOptions: object): RateLimitStore {
      const route = (routeOptions as { routeInfo?: { method?: string; url?: string } }).routeInfo;
      const scope =
        route?.method !== undefined && route.url !== undefined ? `${route.method}${route.url}-` : '';
      return new RedisRateLimitStore(`${options.nameSpace}${scope}`, this.fallback.child(routeOptions));
    }
  }

  return {
    Store: RedisRateLimitStore,
    status: { inUse: () => inUse, redisConfigured: true },
    async close() {
      closing = true;
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
