import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { SiltaDatabase } from '../../db/database.js';
import { pingDatabase } from '../../db/database.js';
import type { Clock } from '../clock.js';
import { outboxBacklog } from '../mail/outbox.js';
import type { RateLimitStoreStatus } from '../rate-limit/redis-store.js';

/** How a background job's run ended: done, failed, or skipped because the database is away. */
export type JobOutcome = 'ok' | 'failed' | 'paused';

export interface SiltaMetrics {
  registry: Registry;
  /** Counts one answered request under its route pattern (never the raw URL: ids would explode the series). */
  observeRequest(labels: { method: string; route: string; status: number }, seconds: number): void;
  observeJobRun(job: string, outcome: JobOutcome): void;
}

/**
 * Prometheus metrics in a registry of their own (tests build many apps in one process). Pool use,
 * outbox depth, database reachability and the rate-limit store are read when scraped.
 */
export function createSiltaMetrics(options: {
  database: SiltaDatabase;
  rateLimit: RateLimitStoreStatus;
  clock: Clock;
  /** Node's process metrics (memory, event loop lag, GC); off in tests. */
  processMetrics: boolean;
}): SiltaMetrics {
  const { database, rateLimit, clock } = options;
  const registry = new Registry();
  if (options.processMetrics) collectDefaultMetrics({ register: registry });

  const requests = new Counter({
    name: 'silta_http_requests_total',
    help: 'HTTP requests answered, by route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'silta_http_request_duration_seconds',
    help: 'Time from receiving a request to sending its answer, by route pattern',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const jobRuns = new Counter({
    name: 'silta_job_runs_total',
    help: 'Background job runs (mail, reminders, translations, housekeeping) by outcome: ok, failed, paused',
    labelNames: ['job', 'outcome'] as const,
    registers: [registry],
  });

  new Gauge({
    name: 'silta_database_up',
    help: '1 when the database answers a trivial query, else 0',
    registers: [registry],
    async collect() {
      this.set((await pingDatabase(database)) ? 1 : 0);
    },
  });
  new Gauge({
    name: 'silta_db_pool_connections',
    help: 'PostgreSQL pool: connections held (total), idle, and requests waiting for one (waiting)',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const use = database.poolUse?.();
      if (use === undefined) return;
      this.set({ state: 'total' }, use.total);
      this.set({ state: 'idle' }, use.idle);
      this.set({ state: 'waiting' }, use.waiting);
    },
  });
  const outboxOldest = new Gauge({
    name: 'silta_outbox_oldest_pending_age_seconds',
    help: 'Age of the oldest message not yet delivered (0 when none)',
    registers: [registry],
  });
  new Gauge({
    name: 'silta_outbox_messages',
    help: 'Mail in the outbox not delivered: pending (will be retried) and failed (gave up)',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      const backlog = await outboxBacklog(database.db, clock).catch(() => undefined);
      if (backlog === undefined) return;
      this.set({ status: 'pending' }, backlog.pending);
      this.set({ status: 'failed' }, backlog.failed);
      outboxOldest.set(backlog.oldestPendingSeconds ?? 0);
    },
  });
  new Gauge({
    name: 'silta_rate_limit_store',
    help: 'Where rate-limit counters are kept right now: 1 for the store in use (redis or database)',
    labelNames: ['store'] as const,
    registers: [registry],
    collect() {
      const inUse = rateLimit.inUse();
      this.set({ store: 'redis' }, inUse === 'redis' ? 1 : 0);
      this.set({ store: 'database' }, inUse === 'database' ? 1 : 0);
    },
  });

  return {
    registry,
    observeRequest(labels, seconds) {
      const series = { method: labels.method, route: labels.route, status: String(labels.status) };
      requests.inc(series);
      latency.observe(series, seconds);
    },
    observeJobRun(job, outcome) {
      jobRuns.inc({ job, outcome });
    },
  };
}
