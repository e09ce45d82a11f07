import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffMember } from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { findField } from './input-hygiene.js';
import { jsonDepth, maximumJsonDepth } from './json-body.js';

let t: TestApp;
let coordinator: { id: string; cookie: string };

beforeAll(async () => {
  t = await createTestApp();
  // Routes that fail the way a plugin or library might: with a status and no code of ours.
  for (const status of [409, 418, 503]) {
    t.app.get(`/api/test-stray-${status}`, { config: { access: 'public' } }, async () => {
      throw Object.assign(new Error(`stray ${status}`), { statusCode: status });
    });
  }
  coordinator = await staffMember(t.app, 'coordinator', 'espoo', 'hostile-coordinator');
});
afterAll(async () => t.close());

const json = { 'content-type': 'application/json' };
const brackets = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;

function nested(depth: number): string {
  return `${'{"a":'.repeat(depth - 1)}{}${'}'.repeat(depth - 1)}`;
}

describe('bodies nested too deeply', () => {
  it.each([
    '/api/auth/login',
    '/api/auth/register',
    '/api/auth/password-reset',
    '/api/polls/any-poll/responses',
  ])('POST %s with 20,000 brackets answers 400 BODY_TOO_DEEP in the caller’s language', async (url) => {
    const response = await t.app.inject({
      method: 'POST',
      url,
      payload: brackets,
      headers: { ...json, 'accept-language': 'fi-FI' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      code: 'BODY_TOO_DEEP',
      message: 'Pyynnön sisältö on sisäkkäistetty liian syvälle.',
    });
  });

  it('refuses a signed-in mutation the same way', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/sessions',
      payload: nested(10_000),
      headers: { ...json, cookie: coordinator.cookie },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('BODY_TOO_DEEP');
  });

  it(`lets ${maximumJsonDepth} levels through to validation and refuses one more`, async () => {
    const atLimit = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: nested(maximumJsonDepth),
      headers: json,
    });
    expect(atLimit.statusCode).toBe(400);
    expect(atLimit.json().code).toBe('VALIDATION_FAILED');
    const past = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: nested(maximumJsonDepth + 1),
      headers: json,
    });
    expect(past.json().code).toBe('BODY_TOO_DEEP');
  });

  it('does not count brackets inside strings', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: JSON.stringify({ email: 'nobody@example.test', password: `${'[{'.repeat(50)}"]}\\` }),
      headers: json,
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('INVALID_CREDENTIALS');
  });

  it('counts depth over raw text without recursion', () => {
    expect(jsonDepth('{"a":[1,[2]]}')).toBe(3);
    expect(jsonDepth('"[[[" ')).toBe(0);
    expect(jsonDepth('["\\"[", []]')).toBe(2);
    expect(jsonDepth(brackets.repeat(25))).toBe(20_000);
    expect(jsonDepth(brackets, 32)).toBe(33);
  });

  it('finds a NUL 20,000 levels down without recursion', () => {
    let body: unknown = 'x\u0000';
    for (let level = 0; level < 20_000; level += 1) body = [body];
    expect(findField(body, (v) => typeof v === 'string' && v.includes('\u0000'))).toMatch(/^(\[0\]){20000}$/);
    expect(findField({ a: [1, 'x\u0000'], b: 'y\u0000' }, (v) => v === 'x\u0000')).toBe('a[1]');
  });

  it('still names the field of a NUL in the body', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'a@example.test', password: 'x\u0000y' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(response.json().message).toContain('password');
  });
});

describe('NUL characters outside the body', () => {
  // PostgreSQL refuses NUL even to compare with, which answered 500 on every lookup by id.
  it.each([
    ['/api/sessions/%00', 'id'],
    ['/api/sessions?topic=a%00b', 'topic'],
    ['/api/esports/tournaments/x%00/matches', 'id'],
  ])('GET %s answers 400 VALIDATION_FAILED naming “%s”', async (url, field) => {
    const response = await t.app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      code: 'VALIDATION_FAILED',
      message: `The request is not valid. Check the field “${field}”.`,
    });
  });
});

describe('numeric query parameters out of range', () => {
  const routes: { url: string; params: string[]; staff?: boolean }[] = [
    { url: '/api/sessions', params: ['limit', 'offset'] },
    { url: '/api/events', params: ['limit'] },
    { url: '/api/practices', params: ['limit', 'offset'] },
    { url: '/api/esports/tournaments', params: ['limit', 'offset'] },
    { url: '/api/audit', params: ['limit'], staff: true },
    { url: '/api/translations/queue', params: ['limit', 'offset'], staff: true },
  ];
  const values = [
    '1e999',
    '-1e999',
    'Infinity',
    '-Infinity',
    'NaN',
    '99999999999999999999',
    '-99999999999999999999',
    '1e300',
    '18446744073709551616',
    '1.5',
    '-1',
  ];

  for (const route of routes) {
    for (const param of route.params) {
      it(`GET ${route.url}?${param}=… answers 400 VALIDATION_FAILED naming “${param}”`, async () => {
        for (const value of values) {
          const response = await t.app.inject({
            method: 'GET',
            url: `${route.url}?${param}=${encodeURIComponent(value)}`,
            headers: route.staff ? { cookie: coordinator.cookie } : {},
          });
          expect([value, response.statusCode]).toEqual([value, 400]);
          expect(response.json()).toMatchObject({
            code: 'VALIDATION_FAILED',
            message: expect.stringContaining(`${param}”`),
          });
        }
      });
    }
  }

  it('still accepts ordinary paging', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/sessions?limit=20&offset=0' });
    expect(response.statusCode).toBe(200);
  });

  it('refuses a number too large to be exact in a body', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/sessions',
      payload: '{"seats":{"espoo":1e300}}',
      headers: { ...json, cookie: coordinator.cookie },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('VALIDATION_FAILED');
  });
});

describe('framework errors', () => {
  it.each(['/api/sessions/%', '/api/%E0%A4%A'])(
    'GET %s answers 400 BAD_URL in the caller’s language',
    async (url) => {
      const response = await t.app.inject({ method: 'GET', url, headers: { 'accept-language': 'sv' } });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        code: 'BAD_URL',
        message: 'Adressen är inte giltig: kontrollera att den inte har lösa %-tecken eller trasiga tecken.',
      });
    },
  );

  it('takes the language of a bad URL from ?lang=', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/sessions/%?lang=ko' });
    expect(response.json()).toMatchObject({ code: 'BAD_URL', message: expect.stringContaining('주소') });
  });

  it('answers a path parameter past its length limit with URI_TOO_LONG', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/api/sessions/${'a'.repeat(500)}` });
    expect(response.statusCode).toBe(414);
    expect(response.json()).toMatchObject({ code: 'URI_TOO_LONG', message: 'The address is too long.' });
  });

  it('answers wrong and missing content types with {code, message}', async () => {
    const xml = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: '<login/>',
      headers: { 'content-type': 'application/xml' },
    });
    expect(xml.statusCode).toBe(415);
    expect(xml.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const empty = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: '', headers: json });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().code).toBe('MALFORMED_JSON');
  });

  it('answers a cross-site mutation in the language the request asks for', async () => {
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/api/me',
      payload: { displayName: 'Mallory' },
      headers: { cookie: coordinator.cookie, origin: 'https://evil.example', 'accept-language': 'ko-KR' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({
      code: 'FOREIGN_ORIGIN',
      message: expect.stringMatching(/[가-힣]/),
    });
  });

  it('maps a stray status to the generic code of that status, never to a specific one', async () => {
    const answers = await Promise.all(
      [409, 418, 503].map((status) => t.app.inject({ method: 'GET', url: `/api/test-stray-${status}` })),
    );
    expect(answers.map((r) => [r.statusCode, r.json().code])).toEqual([
      [409, 'CONFLICT'],
      [400, 'BAD_REQUEST'],
      [503, 'UNAVAILABLE'],
    ]);
  });
});

describe('requests Node refuses before they are requests', () => {
  /** Sends raw bytes to the listening app and reads the whole answer. */
  async function rawExchange(port: number, request: string): Promise<{ status: number; body: string }> {
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write(request));
      let received = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => {
        received += chunk;
      });
      socket.on('close', () => resolve(received));
      socket.on('error', reject);
    });
    const [head = '', body = ''] = answer.split('\r\n\r\n');
    return { status: Number(head.split(' ')[1]), body };
  }

  it('answers a malformed request and oversized headers with { code, message }', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;

    const malformed = await rawExchange(port, 'GET /api/health HTTP/1.1\r\nHost: x\r\nnot a header\r\n\r\n');
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body)).toEqual({ code: 'BAD_REQUEST', message: 'The request is not valid.' });

    const oversized = await rawExchange(
      port,
      `GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    expect(oversized.status).toBe(431);
    expect(JSON.parse(oversized.body)).toMatchObject({ code: 'HEADERS_TOO_LARGE' });
  });
});
