import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, registration, signUp, type TestApp } from '../../test/support/test-app.js';
import { testDialect } from '../../test/support/test-database.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('the HTTP contract', () => {
  it('runs on the database this test run asked for', () => {
    expect(t.database.dialect).toBe(testDialect);
  });

  it('GET /api/health answers {"status":"ok"}', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('GET /api/cities lists the seeded cities with their rules', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/cities' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual([
      {
        id: 'espoo',
        name: { fi: 'Espoo', sv: 'Esbo', en: 'Espoo', ko: '에스포' },
        country: 'FI',
        timeZone: 'Europe/Helsinki',
        languages: ['fi', 'sv'],
        consentAge: 13,
        majorityAge: 18,
        guardianVerificationRequired: false,
        latitude: 60.2055,
        longitude: 24.6559,
      },
      {
        id: 'osan',
        name: { fi: 'Osan', sv: 'Osan', en: 'Osan', ko: '오산' },
        country: 'KR',
        timeZone: 'Asia/Seoul',
        languages: ['ko'],
        consentAge: 14,
        majorityAge: 19,
        guardianVerificationRequired: true,
        latitude: 37.1498,
        longitude: 127.0772,
      },
    ]);
  });

  it('GET /api/partnership tells the five-year term from 29 September 2021 and the topics', async () => {
    const partnership = (await t.app.inject({ method: 'GET', url: '/api/partnership' })).json();
    expect(partnership).toMatchObject({ startDate: '2021-09-29', termYears: 5, endDate: '2026-09-29' });
    expect(partnership.cities.map((c: { id: string }) => c.id)).toEqual(['espoo', 'osan']);
    const topicIds = partnership.topics.map((topic: { id: string }) => topic.id);
    expect(topicIds).toEqual(
      expect.arrayContaining([
        'sustainable-development',
        'digital-learning',
        'wellbeing',
        'esports',
        'language-culture',
      ]),
    );
    for (const topic of partnership.topics) {
      expect(Object.keys(topic.label).sort()).toEqual(['en', 'fi', 'ko', 'sv']);
    }
  });

  it('answers malformed JSON with 400, in the caller’s language', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json', 'accept-language': 'fi' },
      payload: '{"email": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      code: 'MALFORMED_JSON',
      message: 'Pyynnön sisältö ei ole kelvollista JSONia.',
    });
  });

  it('answers an unknown API route with a JSON 404', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/application\/json/);
    expect(response.json().code).toBe('NOT_FOUND');
  });

  it('answers a body over 1 MB with 413', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'a@b.test', password: 'x'.repeat(1024 * 1024) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a mutation carrying the session cookie from a foreign Origin with 403', async () => {
    const { cookie } = await signUp(t.app);
    const foreign = await t.app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie, origin: 'https://evil.example' },
      payload: { displayName: 'Hijacked' },
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().code).toBe('FOREIGN_ORIGIN');
    const crossSite = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie, 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.statusCode).toBe(403);
    const own = await t.app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie, origin: 'http://silta.test' },
      payload: { displayName: 'Still me' },
    });
    expect(own.statusCode).toBe(200);
    expect(own.json().displayName).toBe('Still me');
  });

  it('sends security headers and a strict CSP', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });

  it('publishes an OpenAPI document that describes every API route with a response schema', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    for (const route of [
      '/api/health',
      '/api/cities',
      '/api/auth/register',
      '/api/me',
      '/api/users/{userId}/roles',
    ]) {
      expect(document.paths).toHaveProperty([route]);
    }
    for (const [path, operations] of Object.entries(
      document.paths as Record<string, Record<string, object>>,
    )) {
      for (const [method, operation] of Object.entries(operations)) {
        expect(operation, `${method} ${path}`).toHaveProperty('responses');
      }
    }
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });

  it('never answers 500 to hostile input', async () => {
    const payloads: unknown[] = [
      null,
      [],
      'text',
      42,
      { email: { $ne: null }, password: ['x'] },
      { ...registration(), birthDate: '9999-99-99' },
      { ...registration(), birthDate: '0000-00-00' },
      { ...registration(), displayName: '\u0000\ud800' },
      { ...registration(), cityId: "espoo'; drop table users; --" },
      { ...registration(), locale: 'xx' },
      { ...registration(), extra: true },
    ];
    for (const url of [
      '/api/auth/register',
      '/api/auth/login',
      '/api/auth/verify-email',
      '/api/auth/password-reset',
    ]) {
      for (const payload of payloads) {
        const response = await t.app.inject({
          method: 'POST',
          url,
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify(payload),
        });
        expect(response.statusCode, `${url} ${JSON.stringify(payload)}`).toBeLessThan(500);
        expect(response.statusCode).toBeGreaterThanOrEqual(200);
        if (response.statusCode >= 400)
          expect(Object.keys(response.json()).sort()).toEqual(['code', 'message']);
      }
    }
    const weird = await t.app.inject({ method: 'GET', url: '/api/users/%E0%A4%A/roles' });
    expect(weird.statusCode).toBeLessThan(500);
  });
});

describe('rate-limited sign-in', () => {
  it('with the default limit (10 a minute), 30 failed sign-ins in a row get 429 before the 30th', async () => {
    const limited = await createTestApp({ env: { AUTH_RATE_LIMIT: '' } });
    try {
      const statuses: number[] = [];
      for (let attempt = 1; attempt <= 30; attempt += 1) {
        const response = await limited.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: 'someone@example.test', password: `guess number ${attempt}` },
        });
        statuses.push(response.statusCode);
      }
      expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
      expect(statuses.indexOf(429)).toBe(10);
      expect(statuses.slice(10).every((s) => s === 429)).toBe(true);
      const last = await limited.app.inject({
        method: 'POST',
        url: '/api/auth/login?lang=ko',
        payload: { email: 'someone@example.test', password: 'x' },
      });
      expect(last.json()).toEqual({
        code: 'RATE_LIMITED',
        message: '시도 횟수가 너무 많아요. 1분 뒤에 다시 시도해 주세요.',
      });
      // Another address is not held back by this one.
      const other = await limited.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '10.9.8.7',
        payload: { email: 'someone@example.test', password: 'x' },
      });
      expect(other.statusCode).toBe(401);
    } finally {
      await limited.close();
    }
  });
});

describe('housekeeping', () => {
  it('removes expired sessions and stale rate-limit counters, keeping live ones', async () => {
    const { cookie } = await signUp(t.app);
    const now = Date.now();
    await t.database.db
      .insertInto('rate_limits')
      .values([
        { key: 'stale', window_start: now - 2 * 3600_000, count: 3 },
        { key: 'live', window_start: now, count: 1 },
      ])
      .execute();
    await t.database.db
      .insertInto('auth_sessions')
      .values({
        id: 'expired-session',
        user_id: (await t.database.db.selectFrom('users').select('id').executeTakeFirstOrThrow()).id,
        created_at: '2020-01-01T00:00:00.000Z',
        expires_at: '2020-01-31T00:00:00.000Z',
        last_seen_at: '2020-01-01T00:00:00.000Z',
      })
      .execute();
    await t.app.silta.housekeeping();
    const keys = (await t.database.db.selectFrom('rate_limits').select('key').execute()).map((r) => r.key);
    expect(keys).toContain('live');
    expect(keys).not.toContain('stale');
    const expired = await t.database.db
      .selectFrom('auth_sessions')
      .select('id')
      .where('id', '=', 'expired-session')
      .execute();
    expect(expired).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(200);
  });
});

describe('?lang= on every route', () => {
  it('is accepted by routes with their own query parameters too', async () => {
    const audit = await t.app.inject({ method: 'GET', url: '/api/esports/tournaments?lang=ko' });
    expect(audit.statusCode).toBe(200);
    const events = await t.app.inject({ method: 'GET', url: '/api/events?lang=sv&limit=5' });
    expect(events.statusCode).toBe(200);
  });
});
