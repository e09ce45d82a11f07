import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { pingDatabase, type SiltaDatabase } from '../../db/database.js';
import type { Clock } from '../../platform/clock.js';
import { outboxBacklog } from '../../platform/mail/outbox.js';
import type { RateLimitStoreStatus } from '../../platform/rate-limit/redis-store.js';

const Live = Type.Object({ status: Type.Literal('ok') }, { additionalProperties: false });

const Readiness = Type.Object(
  {
    status: Type.Union([Type.Literal('ready'), Type.Literal('unavailable')]),
    /** The parts that make this instance unable to serve: a load balancer takes it out while any. */
    failing: Type.Array(Type.String()),
    database: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]),
    redis: Type.Union([Type.Literal('ok'), Type.Literal('unavailable'), Type.Literal('not configured')]),
    rateLimitStore: Type.Union([Type.Literal('redis'), Type.Literal('database')]),
    mailQueue: Type.Union([
      Type.Object(
        {
          pending: Type.Integer(),
          failed: Type.Integer(),
          oldestPendingSeconds: Type.Union([Type.Integer(), Type.Null()]),
        },
        { additionalProperties: false },
      ),
      Type.Literal('unavailable'),
    ]),
  },
  { additionalProperties: false },
);

export interface HealthRoutesOptions {
  database: SiltaDatabase;
  rateLimit: RateLimitStoreStatus;
  clock: Clock;
}

export const healthRoutes: FastifyPluginAsyncTypebox<HealthRoutesOptions> = async (app, options) => {
  const { database, rateLimit, clock } = options;

  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['operations'],
        summary: 'Liveness: the process answers (restart it when this fails)',
        response: { 200: Live },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/api/health/ready',
    {
      config: { access: 'public' },
      schema: {
        tags: ['operations'],
        summary: 'Readiness: whether this instance can serve (a load balancer sends traffic only then)',
        response: { 200: Readiness, 503: Readiness },
      },
    },
    async (_request, reply) => {
      const databaseUp = await pingDatabase(database);
      const mailQueue = databaseUp
        ? await outboxBacklog(database.db, clock).catch(() => 'unavailable' as const)
        : ('unavailable' as const);
      const inUse = rateLimit.inUse();
      // Redis away is not failing: counters fall back to the database, and taking every instance out
      // because a shared Redis is down would turn a degraded service into no service.
      const failing = databaseUp ? [] : ['database'];
      reply.header('cache-control', 'no-store');
      return reply.status(databaseUp ? 200 : 503).send({
        status: databaseUp ? 'ready' : 'unavailable',
        failing,
        database: databaseUp ? 'ok' : 'unavailable',
        redis: !rateLimit.redisConfigured ? 'not configured' : inUse === 'redis' ? 'ok' : 'unavailable',
        rateLimitStore: inUse,
        mailQueue,
      });
    },
  );
};
