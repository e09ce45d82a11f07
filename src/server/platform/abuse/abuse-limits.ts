import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.js';

/**
 * Routes that write or fan out, grouped by what abusing them costs others: each group shares one
 * counter per account and one per address, whichever route of the group is called (leaving and
 * registering again in a loop counts as two registrations, wherever it happens).
 */
export const abuseLimits = {
  /** Circle messages: a conversation, not a flood. */
  message: { perAccount: 30, perAddress: 120, windowMs: 60_000 },
  /** Reports on messages, people and practices: each one asks a moderator for time. */
  report: { perAccount: 10, perAddress: 30, windowMs: 3_600_000 },
  /** Registering for and leaving sessions, entering and leaving tournaments and teams. */
  registration: { perAccount: 30, perAddress: 120, windowMs: 3_600_000 },
  /** Creating calendar feeds and invite links. */
  feed: { perAccount: 10, perAddress: 30, windowMs: 3_600_000 },
  /** Full-text search: the most expensive read. */
  search: { perAccount: 60, perAddress: 240, windowMs: 60_000 },
  /** Consent requests, each of which mails someone outside Silta. */
  consent: { perAccount: 5, perAddress: 20, windowMs: 86_400_000 },
  /** Anything else a person writes (profiles, posts, answers). */
  write: { perAccount: 60, perAddress: 240, windowMs: 60_000 },
} as const;

export type AbuseKind = keyof typeof abuseLimits;

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * A preHandler that counts the request against its group's per-account and per-address limits
     * and answers 429 `RATE_LIMITED` with `Retry-After` when either is exceeded.
     */
    abuseLimit(kind: AbuseKind): (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
}

/**
 * Decorates the app with `abuseLimit(kind)`. Counters live in the rate-limit store the app already
 * uses (the database, or Redis), so every instance shares them. `scale` multiplies every limit; 0
 * turns them off (a test that is not about limits).
 *
 * @example
 * app.post('/api/circles/:id/messages', { config: { access: 'signed-in' }, preHandler: app.abuseLimit('message') }, ...)
 */
export function registerAbuseLimits(app: FastifyInstance, options: { scale: number }): void {
  app.decorate('abuseLimit', (kind: AbuseKind) => {
    const limit = abuseLimits[kind];
    if (options.scale <= 0) return async () => {};
    const perAccount = app.createRateLimit({
      max: Math.max(1, Math.round(limit.perAccount * options.scale)),
      timeWindow: limit.windowMs,
      keyGenerator: (request) =>
        request.viewer === null
          ? `abuse:${kind}:ip:${request.ip}`
          : `abuse:${kind}:user:${request.viewer.userId}`,
    });
    const perAddress = app.createRateLimit({
      max: Math.max(1, Math.round(limit.perAddress * options.scale)),
      timeWindow: limit.windowMs,
      keyGenerator: (request) => `abuse:${kind}:address:${request.ip}`,
    });
    return async (request: FastifyRequest, reply: FastifyReply) => {
      for (const check of request.viewer === null ? [perAddress] : [perAccount, perAddress]) {
        const result = await check(request);
        if (!result.isAllowed && result.isExceeded) {
          reply.header('retry-after', String(Math.max(1, result.ttlInSeconds)));
          throw new AppError('RATE_LIMITED');
        }
      }
    };
  });
}
