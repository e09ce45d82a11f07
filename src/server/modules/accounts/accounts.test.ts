import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffMember } from '../../../../test/support/factories.js';
import {
  createTestApp,
  registration,
  sessionCookie,
  signUp,
  type TestApp,
} from '../../../../test/support/test-app.js';
import { fixedClock } from '../../platform/clock.js';

// 26 November 2026, 10:00 in Espoo, 17:00 in Osan.
const clock = fixedClock('2026-11-26T08:00:00Z');
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(async () => t.close());

describe('POST /api/auth/register', () => {
  it('creates an adult account, signs it in and answers like GET /api/me', async () => {
    const body = registration({ email: 'Aino.Virtanen@Example.test' });
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/register', payload: body });
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      email: 'aino.virtanen@example.test',
      displayName: body.displayName,
      cityId: 'espoo',
      locale: 'en',
      timeZone: 'Europe/Helsinki',
      status: 'active',
      emailVerified: false,
      roles: [{ role: 'member', cityId: 'espoo' }],
    });
    expect(created).not.toHaveProperty('passwordHash');
    expect(created).not.toHaveProperty('birthDate');

    const cookie = response.cookies.find((c) => c.name === 'silta_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });

    const me = await t.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: sessionCookie(response) },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual(created);
  });

  it('refuses a taken e-mail with 409 EMAIL_TAKEN, whatever its case', async () => {
    const first = await signUp(t.app);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: registration({ email: first.me.email.toUpperCase() }),
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('EMAIL_TAKEN');
  });

  it('refuses a password under 10 characters with 422 WEAK_PASSWORD', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: registration({ password: '123456789' }),
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toEqual({ code: 'WEAK_PASSWORD', message: expect.stringContaining('10') });
  });

  it('refuses anyone under 13 with 422 TOO_YOUNG, counting the birthday in the city’s own zone', async () => {
    // Born 27 November 2013: turns 13 on 27 November. On 26 November 08:00Z it is still the 26th in
    // Espoo (10:00) but already 17:00 on the 26th in Osan too, so both refuse.
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: registration({ birthDate: '2013-11-27' }),
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('TOO_YOUNG');

    const thirteenToday = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: registration({ birthDate: '2013-11-26' }),
    });
    expect(thirteenToday.statusCode).toBe(201);
  });

  it('looks at the birth date before anything else', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: registration({ birthDate: '2020-01-01', password: 'short', cityId: 'atlantis' }),
    });
    expect(response.statusCode).toBe(422);
    // The city is needed to know "today" there; an unknown city is the only thing reported before age.
    expect(['TOO_YOUNG', 'UNKNOWN_CITY']).toContain(response.json().code);
  });

  it('stores a person under the city’s consent age as awaiting guardian consent', async () => {
    // 13 years old: above Espoo's consent age (13), below Osan's (14).
    const inEspoo = await signUp(t.app, { birthDate: '2013-06-01', cityId: 'espoo' });
    const inOsan = await signUp(t.app, { birthDate: '2013-06-01', cityId: 'osan' });
    const espooMe = await t.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: inEspoo.cookie },
    });
    const osanMe = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: inOsan.cookie } });
    expect(espooMe.json().status).toBe('active');
    expect(osanMe.json().status).toBe('awaiting_guardian_consent');
    expect(osanMe.json().timeZone).toBe('Asia/Seoul');
  });

  it('refuses an unknown city, an impossible birth date and an unknown zone with 422', async () => {
    for (const [overrides, code] of [
      [{ cityId: 'atlantis' }, 'UNKNOWN_CITY'],
      [{ birthDate: '2001-02-29' }, 'INVALID_BIRTH_DATE'],
      [{ birthDate: '17.5.1990' }, 'INVALID_BIRTH_DATE'],
      [{ birthDate: '2030-01-01' }, 'INVALID_BIRTH_DATE'],
      [{ timeZone: 'Mars/Olympus' }, 'UNKNOWN_TIME_ZONE'],
      [{ email: 'not-an-address' }, 'VALIDATION_FAILED'],
    ] as const) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/register',
        payload: registration(overrides),
      });
      expect(response.json().code, JSON.stringify(overrides)).toBe(code);
      expect(response.statusCode).toBe(code === 'VALIDATION_FAILED' ? 400 : 422);
    }
  });

  it('answers in the caller’s language', async () => {
    const korean = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      headers: { 'accept-language': 'ko-KR,ko;q=0.9' },
      payload: registration({ password: 'short', locale: undefined }),
    });
    expect(korean.json().message).toBe('비밀번호는 10자 이상이어야 해요.');
    const swedish = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register?lang=sv',
      headers: { 'accept-language': 'ko' },
      payload: registration({ password: 'short' }),
    });
    expect(swedish.json().message).toBe('Lösenordet måste ha minst 10 tecken.');
  });

  it('puts a verification e-mail in the outbox, in the person’s language', async () => {
    const { me } = await signUp(t.app, { locale: 'fi' });
    const mail = await t.database.db
      .selectFrom('outbox')
      .selectAll()
      .where('recipient', '=', me.email)
      .execute();
    expect(mail).toHaveLength(1);
    expect(mail[0]?.subject).toBe('Vahvista sähköpostiosoitteesi Siltaan');
    expect(mail[0]?.body_text).toMatch(/http:\/\/silta\.test\/verify-email\?token=[\w-]{43}/);
  });
});

describe('sign-in and sign-out', () => {
  it('signs in with the right password, refuses a wrong one and an unknown e-mail alike', async () => {
    const { body } = await signUp(t.app);
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: body.email, password: body.password },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().email).toBe(body.email);

    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: body.email, password: 'wrong password!' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nobody@example.test', password: 'wrong password!' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().code).toBe('INVALID_CREDENTIALS');
  });

  it('signs out: 204, and the old cookie no longer works', async () => {
    const { cookie } = await signUp(t.app);
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
    expect(me.json().code).toBe('UNAUTHENTICATED');
  });

  it('GET /api/session answers 200 with the account, or with null signed out, while GET /api/me answers 401', async () => {
    const { cookie, body } = await signUp(t.app);
    const signedIn = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } });
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().me).toEqual(
      (await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).json(),
    );
    expect(signedIn.json().me.email).toBe(body.email);

    const signedOut = await t.app.inject({ method: 'GET', url: '/api/session' });
    expect(signedOut.statusCode).toBe(200);
    expect(signedOut.json()).toEqual({ me: null });
    expect((await t.app.inject({ method: 'GET', url: '/api/me' })).statusCode).toBe(401);
  });

  it('ignores a forged or tampered cookie', async () => {
    const { cookie } = await signUp(t.app);
    const tampered = `${cookie.slice(0, -3)}abc`;
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: tampered } });
    expect(me.statusCode).toBe(401);
  });
});

describe('profile', () => {
  it('changes language, time zone and name; then answers in the new language', async () => {
    const { cookie } = await signUp(t.app);
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie },
      payload: { locale: 'ko', timeZone: 'Asia/Seoul', displayName: '  Minji  ' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ locale: 'ko', timeZone: 'Asia/Seoul', displayName: 'Minji' });
    const bad = await t.app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie },
      payload: { timeZone: 'Nowhere/Land' },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().message).toBe('알 수 없는 시간대예요.');
  });

  it('nobody changes their own city: the law that protects them moves only when both cities approve', async () => {
    // 18 in Osan is a minor (majority at 19); in Espoo an adult. Moving alone would lift protections.
    const { body, cookie } = await signUp(t.app, { birthDate: '2008-06-01', cityId: 'osan' });
    const call = (method: 'GET' | 'POST' | 'PATCH', url: string, who: string, payload?: object) =>
      t.app.inject({ method, url, headers: { cookie: who }, ...(payload ? { payload } : {}) });

    const alone = await call('PATCH', '/api/me', cookie, { cityId: 'espoo', displayName: 'Moved' });
    expect(alone.statusCode).toBe(403);
    expect(alone.json().code).toBe('CITY_CHANGE_NEEDS_STAFF');
    const unchanged = (await call('GET', '/api/me', cookie)).json();
    expect(unchanged).toMatchObject({ cityId: 'osan', displayName: body.displayName });
    // Naming the city one already has is no change.
    expect((await call('PATCH', '/api/me', cookie, { cityId: 'osan' })).statusCode).toBe(200);

    const asked = await call('POST', '/api/me/city-change', cookie, { cityId: 'espoo', reason: 'We moved' });
    expect(asked.statusCode).toBe(201);
    const requestId = asked.json().id as string;
    expect((await call('GET', '/api/me/city-change', cookie)).json().request).toMatchObject({
      id: requestId,
      fromCityId: 'osan',
      toCityId: 'espoo',
      status: 'pending',
    });
    // The person cannot approve their own move.
    expect((await call('POST', `/api/city-changes/${requestId}/approve`, cookie)).statusCode).toBe(403);

    const espoo = await staffMember(t.app, 'coordinator', 'espoo', 'move-coord-espoo');
    const osan = await staffMember(t.app, 'coordinator', 'osan', 'move-coord-osan');
    const elsewhere = await staffMember(t.app, 'coordinator', 'espoo', 'move-coord-espoo-2');
    const listed = (await call('GET', '/api/city-changes', osan.cookie)).json().requests;
    expect(listed.map((r: { id: string }) => r.id)).toContain(requestId);

    const half = await call('POST', `/api/city-changes/${requestId}/approve`, espoo.cookie);
    expect(half.statusCode).toBe(200);
    expect(half.json()).toMatchObject({
      status: 'pending',
      toApprovedAt: expect.any(String),
      fromApprovedAt: null,
    });
    // One city's approval, even twice, moves nobody.
    await call('POST', `/api/city-changes/${requestId}/approve`, elsewhere.cookie);
    expect((await call('GET', '/api/me', cookie)).json().cityId).toBe('osan');

    const done = await call('POST', `/api/city-changes/${requestId}/approve`, osan.cookie);
    expect(done.json()).toMatchObject({ status: 'approved' });
    expect((await call('GET', '/api/me', cookie)).json()).toMatchObject({
      cityId: 'espoo',
      roles: [{ role: 'member', cityId: 'espoo' }],
    });
    expect((await call('POST', `/api/city-changes/${requestId}/approve`, osan.cookie)).statusCode).toBe(409);
    const audit = (await call('GET', '/api/audit?limit=50', osan.cookie)).json();
    expect(JSON.stringify(audit)).toContain('account.city_change.approve');
  });

  it('a move approved into a city with a higher consent age puts a 13-year-old back to awaiting consent', async () => {
    const { cookie } = await signUp(t.app, { birthDate: '2013-06-01', cityId: 'espoo' });
    const asked = await t.app.inject({
      method: 'POST',
      url: '/api/me/city-change',
      headers: { cookie },
      payload: { cityId: 'osan' },
    });
    const admin = await staffMember(t.app, 'admin', undefined, 'move-admin');
    const approved = await t.app.inject({
      method: 'POST',
      url: `/api/city-changes/${asked.json().id}/approve`,
      headers: { cookie: admin.cookie },
    });
    expect(approved.json().status).toBe('approved');
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.json()).toMatchObject({ cityId: 'osan', status: 'awaiting_guardian_consent' });
  });

  it('a refused move changes nothing; an unknown city or the same city is refused', async () => {
    const { cookie } = await signUp(t.app, { cityId: 'espoo' });
    const post = (payload: object) =>
      t.app.inject({ method: 'POST', url: '/api/me/city-change', headers: { cookie }, payload });
    expect((await post({ cityId: 'atlantis' })).json().code).toBe('UNKNOWN_CITY');
    expect((await post({ cityId: 'espoo' })).statusCode).toBe(400);
    const asked = await post({ cityId: 'osan' });
    const osan = await staffMember(t.app, 'coordinator', 'osan', 'refuse-coord-osan');
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/city-changes/${asked.json().id}/refuse`,
      headers: { cookie: osan.cookie },
    });
    expect(refused.json().status).toBe('refused');
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.json().cityId).toBe('espoo');
  });
});

describe('e-mail verification and password reset', () => {
  async function lastToken(email: string, path: string): Promise<string> {
    const rows = await t.database.db
      .selectFrom('outbox')
      .select(['body_text', 'created_at'])
      .where('recipient', '=', email)
      .orderBy('created_at', 'desc')
      .execute();
    for (const row of rows) {
      const match = new RegExp(`${path}\\?token=([\\w-]+)`).exec(row.body_text);
      if (match?.[1] !== undefined) return match[1];
    }
    throw new Error(`no ${path} mail for ${email}`);
  }

  it('verifies with the mailed token once; the token cannot be used again', async () => {
    const { me, cookie } = await signUp(t.app);
    const token = await lastToken(me.email, '/verify-email');
    const first = await t.app.inject({ method: 'POST', url: '/api/auth/verify-email', payload: { token } });
    expect(first.statusCode).toBe(204);
    const again = await t.app.inject({ method: 'POST', url: '/api/auth/verify-email', payload: { token } });
    expect(again.statusCode).toBe(422);
    expect(again.json().code).toBe('INVALID_TOKEN');
    const after = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(after.json().emailVerified).toBe(true);
  });

  it('resets a password with the mailed token, ends old sessions, and the token expires after 2 hours', async () => {
    const { me, cookie, body } = await signUp(t.app);
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { email: 'nobody@example.test' },
    });
    const known = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { email: me.email },
    });
    expect(unknown.statusCode).toBe(202);
    expect(known.statusCode).toBe(202);
    expect(unknown.body).toBe(known.body);

    const token = await lastToken(me.email, '/reset-password');
    const weak = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password: 'short' },
    });
    expect(weak.json().code).toBe('WEAK_PASSWORD');
    const done = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password: 'a brand new passphrase' },
    });
    expect(done.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
    const oldLogin = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: me.email, password: body.password },
    });
    expect(oldLogin.statusCode).toBe(401);
    const newLogin = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: me.email, password: 'a brand new passphrase' },
    });
    expect(newLogin.statusCode).toBe(200);

    clock.advance(1000); // so that the newest e-mail is known by its time
    await t.app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email: me.email } });
    const late = await lastToken(me.email, '/reset-password');
    expect(late).not.toBe(token);
    clock.advance(2 * 3600_000 + 1000);
    try {
      const expired = await t.app.inject({
        method: 'POST',
        url: '/api/auth/password-reset/confirm',
        payload: { token: late, password: 'another new passphrase' },
      });
      expect(expired.json().code).toBe('INVALID_TOKEN');
    } finally {
      clock.set('2026-11-26T08:00:00Z');
    }
  });
});
