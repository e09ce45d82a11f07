import { Redis } from 'ioredis';

/**
 * The Redis connection @fastify/rate-limit keeps its counters in when REDIS_URL is set. Short
 * timeouts and one retry: a slow or absent Redis answers errors quickly instead of holding requests.
 */
export function connectRateLimitRedis(url: string): Redis {
  return new Redis(url, {
    connectTimeout: 1_000,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: true,
  });
}
