import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { createTestApp, signUp, type TestApp } from '../../../../test/support/test-app.js';
import { fixedClock } from '../../platform/clock.js';
import { createYouthRepository } from './youth.repository.js';
import { createYouthService, type YouthDeps } from './youth.service.js';
import { withinYouthHours } from './youth-meetings.service.js';

// Thursday 26 November 2026, 10:00 in Espoo, 17:00 in Osan.
const clock = fixedClock('2026-11-26T08:00:00Z');
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(async () => t.close());

/** The youth service on the test database, with the real services but `accounts` as given. */
function youthWith(accounts: YouthDeps['accounts']) {
  const { services } = t.app.silta;
  return createYouthService({
    repo: createYouthRepository(t.database.db, clock),
    accounts,
    partnership: services.partnership,
    roles: services.roles,
    sessions: services.sessions,
    personalData: services.personalData,
    clock,
    publicUrl: 'http://silta.test',
  });
}

async function askGuardian(cookie: string, guardianEmail: string): Promise<string> {
  const sent = await t.app.inject({
    method: 'POST',
    url: '/api/youth/consent-requests',
    headers: { cookie },
    payload: { guardianEmail, guardianName: 'Park Minji' },
  });
  expect(sent.statusCode).toBe(201);
  const mail = await t.database.db
    .selectFrom('outbox')
    .select('body_text')
    .where('recipient', '=', guardianEmail)
    .executeTakeFirstOrThrow();
  const token = /\/guardian\/consent\?token=([\w-]+)/.exec(mail.body_text)?.[1];
  if (token === undefined) throw new Error('no consent link mailed');
  return token;
}

async function setVerificationRequired(cityId: string, required: boolean) {
  await t.database.db
    .updateTable('cities')
    .set({ guardian_verification_required: required ? 1 : 0 })
    .where('id', '=', cityId)
    .execute();
}

describe('granting consent and activating the account are one transaction', () => {
  it('a failed activation leaves the link unused, no consent recorded and the account waiting', async () => {
    // A jurisdiction where the mailed link is enough (Osan's rule switched off for this test only):
    // granting activates the account in the same transaction.
    await setVerificationRequired('osan', false);
    onTestFinished(() => setVerificationRequired('osan', true));
    const { me, cookie } = await signUp(t.app, { cityId: 'osan', birthDate: '2013-06-01', locale: 'ko' });
    const token = await askGuardian(cookie, 'atomic.parent@example.test');
    const real = t.app.silta.services.accounts;
    const failing = youthWith({
      ...real,
      consentStatusStep: () => async () => {
        throw new Error('activation failed');
      },
    });
    const decision = {
      decision: 'grant' as const,
      guardianName: 'Park Minji',
      relationship: 'mother' as const,
      verification: 'email' as const,
    };
    await expect(failing.consent.decide(token, decision)).rejects.toThrow('activation failed');

    const requests = await t.database.db
      .selectFrom('youth_consent_requests')
      .select('used_at')
      .where('user_id', '=', me.id)
      .execute();
    expect(requests).toEqual([{ used_at: null }]);
    const consents = await t.database.db
      .selectFrom('youth_consents')
      .select('id')
      .where('user_id', '=', me.id)
      .execute();
    expect(consents).toEqual([]);
    expect((await real.me(me.id)).status).toBe('awaiting_guardian_consent');
    const grantedMail = await t.database.db
      .selectFrom('outbox')
      .select('id')
      .where('recipient', '=', 'atomic.parent@example.test')
      .execute();
    expect(grantedMail).toHaveLength(1);

    // The same link still works once activation can succeed.
    const working = youthWith(real);
    expect(await working.consent.decide(token, decision)).toMatchObject({
      decision: 'granted',
      childStatus: 'active',
    });
    expect((await real.me(me.id)).status).toBe('active');
  });
});

describe('retention of circle messages', () => {
  it('housekeeping deletes the messages of circles that ended more than 12 months ago, only those', async () => {
    const db = t.database.db;
    const { me } = await signUp(t.app, { cityId: 'espoo', birthDate: '2010-01-01' });
    const circle = (id: string, status: string, endedAt: string | null) => ({
      id,
      run_id: 'retention-run',
      age_band: '16-17',
      city_ids: JSON.stringify(['espoo', 'osan']),
      scores: '{}',
      shared_windows: '[]',
      status,
      created_by: null,
      created_at: '2024-01-01T00:00:00.000Z',
      ended_at: endedAt,
    });
    await db
      .insertInto('youth_circles')
      .values([
        // Ended 12 months and a day before the clock: its messages go.
        circle('ended-long-ago', 'ended', '2025-11-25T08:00:00.000Z'),
        // Ended 11 months ago: kept.
        circle('ended-recently', 'ended', '2025-12-26T08:00:00.000Z'),
        circle('still-active', 'active', null),
      ])
      .execute();
    const message = (id: string, circleId: string) => ({
      id,
      circle_id: circleId,
      author_id: me.id,
      author_city_id: 'espoo',
      text: 'Moi!',
      masked: '[]',
      status: 'visible',
      report_count: 0,
      decided_by: null,
      decided_at: null,
      created_at: '2024-06-01T00:00:00.000Z',
    });
    await db
      .insertInto('youth_messages')
      .values([
        message('old-1', 'ended-long-ago'),
        message('old-2', 'ended-long-ago'),
        message('recent', 'ended-recently'),
        message('active', 'still-active'),
      ])
      .execute();

    await t.app.silta.housekeeping();

    const left = await db
      .selectFrom('youth_messages')
      .select('id')
      .where('id', 'in', ['old-1', 'old-2', 'recent', 'active'])
      .orderBy('id')
      .execute();
    expect(left.map((row) => row.id)).toEqual(['active', 'recent']);
    expect(await t.app.silta.services.youth.privacy.purgeExpiredMessages()).toBe(0);
  });
});

describe('circle meetings lie in youth hours of both cities', () => {
  const espoo = { id: 'espoo', country: 'FI', timeZone: 'Europe/Helsinki' };
  const osan = { id: 'osan', country: 'KR', timeZone: 'Asia/Seoul' };
  const cities = [espoo, osan].map((city) => ({
    ...city,
    name: { fi: city.id, sv: city.id, en: city.id, ko: city.id },
    languages: ['fi'],
    consentAge: 13,
    majorityAge: 18,
    guardianVerificationRequired: false,
    latitude: 0,
    longitude: 0,
  }));
  const at = (iso: string, minutes = 60) => withinYouthHours(new Date(iso), minutes, cities);

  it('accepts a Saturday morning in Espoo that is the afternoon in Osan', () => {
    expect(at('2026-12-05T08:00:00Z')).toBe(true); // Sat 10:00 Espoo · 17:00 Osan
  });

  it('refuses school time, late evening, holidays, and a meeting running past the window', () => {
    expect(at('2026-11-30T07:00:00Z')).toBe(false); // Mon 09:00 Espoo (school) · 16:00 Osan
    expect(at('2026-12-01T14:00:00Z')).toBe(false); // Tue 16:00 Espoo · 23:00 Osan
    expect(at('2026-12-24T08:00:00Z')).toBe(false); // Christmas Eve in Espoo
    expect(at('2026-09-26T07:00:00Z')).toBe(false); // Sat 10:00 Espoo, but the Chuseok holidays in Osan
    expect(at('2026-12-05T10:00:00Z', 60)).toBe(true); // Sat 12:00 Espoo · 19:00 Osan, ends 20:00
    expect(at('2026-12-05T10:00:00Z', 90)).toBe(false); // would end at 20:30 in Osan
  });
});
