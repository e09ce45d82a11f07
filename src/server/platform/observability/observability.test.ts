import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { systemClock } from '../clock.js';
import { enqueueMail } from '../mail/outbox.js';
import { startBackgroundJob } from './background-job.js';

const token = 'scrape-token-0123456789';
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { METRICS_TOKEN: token } });
});
afterAll(async () => t.close());

describe('request ids', () => {
  it('answers each request’s id in x-request-id, keeping a sane incoming one', async () => {
    const fresh = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await t.app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'lb-7f3a.42' },
    });
    expect(kept.headers['x-request-id']).toBe('lb-7f3a.42');
    const forged = await t.app.inject({
      method: 'GET',
      url: '/api/nowhere',
      headers: { 'x-request-id': 'x\r\nlevel: fatal' },
    });
    expect(forged.statusCode).toBe(404);
    expect(forged.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('GET /metrics', () => {
  it('is refused without the token', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    const wrong = await t.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: 'Bearer scrape-token-9876543210' },
    });
    expect(wrong.statusCode).toBe(401);
  });

  it('counts requests by route pattern, and shows the database, pool, outbox and rate-limit store', async () => {
    await t.app.inject({ method: 'GET', url: '/api/sessions/not-a-session-1' });
    await t.app.inject({ method: 'GET', url: '/api/sessions/not-a-session-2' });
    const response = await t.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.statusCode).toBe(200);
    const text = response.body;
    expect(text).toMatch(
      /silta_http_requests_total\{method="GET",route="\/api\/sessions\/:id",status="\d+"\} 2/,
    );
    expect(text).not.toContain('not-a-session');
    expect(text).toMatch(
      /silta_http_request_duration_seconds_bucket\{le="0.005",method="GET",route="\/api\/sessions\/:id"/,
    );
    expect(text).toContain('silta_database_up 1');
    expect(text).toMatch(/silta_outbox_messages\{status="pending"\} \d+/);
    expect(text).toContain('silta_rate_limit_store{store="database"} 1');
    expect(text).toContain('process_cpu_seconds_total');
  });

  it('is not served at all without METRICS_TOKEN', async () => {
    const plain = await createTestApp();
    try {
      expect((await plain.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(404);
    } finally {
      await plain.close();
    }
  });
});

describe('GET /api/health/ready', () => {
  it('answers 200 with the database, Redis and the mail queue', async () => {
    await t.app.silta.database.db.deleteFrom('outbox').execute();
    await enqueueMail(t.database.db, systemClock, {
      to: 'queued@example.test',
      subject: 'Queued',
      text: 'x',
    });
    const response = await t.app.inject({ method: 'GET', url: '/api/health/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ready',
      failing: [],
      database: 'ok',
      redis: 'not configured',
      rateLimitStore: 'database',
      mailQueue: { pending: 1, failed: 0, oldestPendingSeconds: expect.any(Number) },
    });
  });
});

describe('background jobs', () => {
  it('pause with one log line while the database is away, and say when they resume', async () => {
    const logged: string[] = [];
    const outcomes: string[] = [];
    const results = [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      Object.assign(new Error('terminating connection'), { code: '57P01' }),
      undefined,
      new Error('a bug'),
    ];
    const job = startBackgroundJob({
      name: 'test',
      everyMs: 3600_000,
      run: async () => {
        const next = results.shift();
        if (next !== undefined) throw next;
      },
      log: { info: (_obj, msg) => logged.push(msg), warn: (_obj, msg) => logged.push(msg) },
      metrics: { observeJobRun: (_job, outcome) => outcomes.push(outcome) },
    });
    for (let run = 0; run < 5; run += 1) await job.runNow();
    await job.stop();
    expect(outcomes).toEqual(['paused', 'paused', 'ok', 'failed', 'ok']);
    expect(logged).toEqual([
      'background job paused: database unavailable',
      'background job resumed',
      'background job failed',
    ]);
  });
});
