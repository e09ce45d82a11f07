import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUp, type TestApp } from '../../../../test/support/test-app.js';
import { abuseLimits } from './abuse-limits.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ env: { ABUSE_RATE_LIMIT_SCALE: '1' } });
});
afterAll(async () => t.close());

const ask = (cookie: string, n: number, remoteAddress: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/youth/consent-requests',
    headers: { cookie },
    remoteAddress,
    payload: { guardianEmail: `guardian${n}@example.test`, guardianName: `Guardian ${n}` },
  });

const child = () => signUp(t.app, { cityId: 'osan', birthDate: '2013-05-05', locale: 'ko' });

describe('abuse limits', () => {
  it('counts per address across accounts: new accounts from one address cannot mail guardians without end', async () => {
    const { perAccount, perAddress } = abuseLimits.consent;
    let sent = 0;
    while (sent < perAddress) {
      const { cookie } = await child();
      for (let n = 0; n < perAccount && sent < perAddress; n += 1, sent += 1) {
        const response = await ask(cookie, sent, '203.0.113.7');
        expect(response.statusCode, response.body).toBe(201);
      }
    }
    const fresh = await child();
    const over = await ask(fresh.cookie, sent, '203.0.113.7');
    expect(over.statusCode).toBe(429);
    expect(over.json()).toEqual({ code: 'RATE_LIMITED', message: expect.stringContaining('시도') });
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    const mailed = await t.database.db
      .selectFrom('outbox')
      .select('recipient')
      .where('recipient', '=', `guardian${sent}@example.test`)
      .execute();
    expect(mailed).toHaveLength(0);

    // Someone elsewhere is not held back by that address's count.
    expect((await ask(fresh.cookie, sent + 1, '198.51.100.9')).statusCode).toBe(201);
  });
});
