import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, registration, type TestApp } from '../../../../test/support/test-app.js';

// Nothing listens on this port: REDIS_URL is set, but Redis is down (or never came up).
const deadRedis = 'redis://127.0.0.1:6390';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { AUTH_RATE_LIMIT: '5', REDIS_URL: deadRedis } });
});
afterAll(async () => t.close());

describe('rate limits while Redis is unreachable', () => {
  it('signs up and signs in without a 500, counting in the database instead', async () => {
    const body = registration();
    const registered = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      remoteAddress: '10.9.0.1',
      payload: body,
    });
    expect(registered.statusCode).toBe(201);

    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '10.9.0.2',
        payload: { email: body.email, password: attempt === 0 ? body.password : 'a wrong guess' },
      });
      statuses.push(login.statusCode);
    }
    // The limit still holds (5 a minute per address), now counted in the database.
    expect(statuses).toEqual([200, 401, 401, 401, 401, 429]);
    const counters = await t.database.db.selectFrom('rate_limits').select('key').execute();
    expect(counters.map((row) => row.key)).toContain('/api/auth/login|10.9.0.2');
  });

  it('says so in readiness without taking the instance out', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'ready',
      failing: [],
      database: 'ok',
      redis: 'unavailable',
      rateLimitStore: 'database',
    });
  });
});
