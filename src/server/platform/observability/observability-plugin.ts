import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { SiltaDatabase } from '../../db/database.js';
import type { Clock } from '../clock.js';
import { AppError } from '../errors/app-error.js';
import type { RateLimitStoreStatus } from '../rate-limit/redis-store.js';
import { createSiltaMetrics, type SiltaMetrics } from './metrics.js';
import { requestIdHeader } from './request-id.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Prometheus metrics; background jobs count their runs here. */
    metrics: SiltaMetrics;
  }
}

/**
 * Answers every request's id in `x-request-id`, counts requests per route pattern with their latency,
 * and serves the metrics at `GET /metrics` to a scraper that sends `Authorization: Bearer <token>`.
 * Without a token `/metrics` is not served (404): metrics tell an outsider too much.
 */
export function registerObservability(
  app: FastifyInstance,
  options: {
    database: SiltaDatabase;
    rateLimit: RateLimitStoreStatus;
    clock: Clock;
    metricsToken: string | undefined;
  },
): void {
  const metrics = createSiltaMetrics({
    database: options.database,
    rateLimit: options.rateLimit,
    clock: options.clock,
    processMetrics: options.metricsToken !== undefined,
  });
  app.decorate('metrics', metrics);

  const stopListening = options.database.onFault?.((fault) => {
    if (fault.kind === 'reachable-again') {
      app.log.info({ failedAttempts: fault.failedAttempts }, 'database reachable again');
    } else {
      app.log.warn({ err: String(fault.error) }, `database ${fault.kind}`);
    }
  });
  app.addHook('onClose', async () => stopListening?.());

  app.addHook('onRequest', async (request, reply) => {
    reply.header(requestIdHeader, request.id);
  });
  app.addHook('onResponse', async (request, reply) => {
    // Requests no route matched share one series, whatever their URL.
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.observeRequest(
      { method: request.method, route, status: reply.statusCode },
      reply.elapsedTime / 1000,
    );
  });

  const expected = options.metricsToken === undefined ? undefined : Buffer.from(options.metricsToken);
  app.get('/metrics', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
    if (expected === undefined) throw new AppError('NOT_FOUND');
    const given = Buffer.from(request.headers.authorization?.replace(/^Bearer\s+/i, '') ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new AppError('UNAUTHENTICATED');
    }
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}
