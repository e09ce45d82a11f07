import { randomInt } from 'node:crypto';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/support/test-app.js';

// Redis is optional in production (REDIS_URL); the CI machine has one, and there its absence fails.
const redisUrl = process.env.TEST_REDIS_URL;
if (redisUrl === undefined && process.env.CI === 'true') {
  throw new Error('CI=true needs TEST_REDIS_URL (Redis runs on 127.0.0.1:6379 on this machine kind)');
}

describe.skipIf(redisUrl === undefined)('rate limits in Redis (REDIS_URL)', () => {
  it('two instances share one sign-in limit, and the database keeps no counters', async () => {
    const env = { AUTH_RATE_LIMIT: '', REDIS_URL: redisUrl as string };
    const first = await createTestApp({ env });
    const second = await createTestApp({ env });
    // A fresh address per run, so that a previous run's counters (kept a minute) do not count.
    const remoteAddress = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
    try {
      const statuses: number[] = [];
      for (let attempt = 1; attempt <= 12; attempt += 1) {
        const instance = attempt % 2 === 0 ? second : first;
        const response = await instance.app.inject({
          method: 'POST',
          url: '/api/auth/login?lang=fi',
          remoteAddress,
          payload: { email: 'someone@example.test', password: `guess number ${attempt}` },
        });
        statuses.push(response.statusCode);
        if (response.statusCode === 429) expect(response.json().code).toBe('RATE_LIMITED');
      }
      expect(statuses).toEqual([...Array(10).fill(401), 429, 429]);

      for (const instance of [first, second]) {
        const rows = await instance.database.db.selectFrom('rate_limits').select('key').execute();
        expect(rows).toEqual([]);
      }
      const redis = new Redis(redisUrl as string);
      try {
        const keys = await redis.keys(`silta:rate-limit:*${remoteAddress}*`);
        expect(keys.length).toBe(1);
      } finally {
        await redis.quit();
      }
    } finally {
      await first.close();
      await second.close();
    }
  });
});
