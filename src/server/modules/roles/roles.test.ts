import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sessionCookie, signUp, type TestApp } from '../../../../test/support/test-app.js';

let t: TestApp;
const staff: Record<string, { id: string; cookie: string }> = {};

async function operatorAccount(name: string, role: string, cityId?: string) {
  const email = `${name}@staff.test`;
  const me = await t.app.silta.services.accounts.createByOperator({
    email,
    password: 'staff password 1',
    role,
    ...(cityId === undefined ? {} : { cityId }),
  });
  const login = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password: 'staff password 1' },
  });
  staff[name] = { id: me.id, cookie: sessionCookie(login) };
}

beforeAll(async () => {
  t = await createTestApp();
  await operatorAccount('admin', 'admin');
  await operatorAccount('espooCoordinator', 'coordinator', 'espoo');
  await operatorAccount('osanCoordinator', 'coordinator', 'osan');
});
afterAll(async () => t.close());

const as = (name: string) => ({ cookie: staff[name]?.cookie ?? '' });

/** A vetting on record, as the youth exchange keeps it (its own route also grants the role). */
async function recordVetting(userId: string, cityId: string) {
  await t.database.db
    .insertInto('youth_facilitator_vetting')
    .values({
      user_id: userId,
      city_id: cityId,
      method: 'criminal_record_extract',
      checked_on: '2026-11-01',
      note: null,
      vetted_by: staff.admin?.id ?? null,
      vetted_at: new Date().toISOString(),
      revoked_at: null,
    })
    .execute();
}

describe('roles and the audit log', () => {
  it('a coordinator makes a vetted person of their city a facilitator; it is audited and the person sees it', async () => {
    const person = await signUp(t.app, { cityId: 'espoo' });
    const unvetted = await t.app.inject({
      method: 'POST',
      url: `/api/users/${person.me.id}/roles`,
      headers: as('espooCoordinator'),
      payload: { role: 'facilitator', cityId: 'espoo' },
    });
    expect(unvetted.statusCode).toBe(422);
    expect(unvetted.json().code).toBe('VETTING_REQUIRED');
    await recordVetting(person.me.id, 'espoo');
    const granted = await t.app.inject({
      method: 'POST',
      url: `/api/users/${person.me.id}/roles`,
      headers: as('espooCoordinator'),
      payload: { role: 'facilitator', cityId: 'espoo' },
    });
    expect(granted.statusCode).toBe(201);
    expect(granted.json()).toEqual([
      { role: 'member', cityId: 'espoo' },
      { role: 'facilitator', cityId: 'espoo' },
    ]);
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: person.cookie } });
    expect(me.json().roles).toContainEqual({ role: 'facilitator', cityId: 'espoo' });

    const twice = await t.app.inject({
      method: 'POST',
      url: `/api/users/${person.me.id}/roles`,
      headers: as('espooCoordinator'),
      payload: { role: 'facilitator', cityId: 'espoo' },
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('ROLE_ALREADY_HELD');

    const audit = await t.app.inject({ method: 'GET', url: '/api/audit', headers: as('espooCoordinator') });
    expect(audit.json()[0]).toMatchObject({
      actorId: staff.espooCoordinator?.id,
      action: 'role.grant',
      subjectType: 'user',
      subjectId: person.me.id,
      cityId: 'espoo',
      detail: { role: 'facilitator' },
    });
    // Osan's coordinator does not see Espoo's record; the admin sees everything.
    const osanAudit = await t.app.inject({
      method: 'GET',
      url: '/api/audit',
      headers: as('osanCoordinator'),
    });
    expect(osanAudit.json().map((entry: { subjectId: string }) => entry.subjectId)).not.toContain(
      person.me.id,
    );
    const adminAudit = await t.app.inject({ method: 'GET', url: '/api/audit', headers: as('admin') });
    expect(adminAudit.json().map((entry: { subjectId: string }) => entry.subjectId)).toContain(person.me.id);

    const revoked = await t.app.inject({
      method: 'DELETE',
      url: `/api/users/${person.me.id}/roles/facilitator?cityId=espoo`,
      headers: as('espooCoordinator'),
    });
    expect(revoked.statusCode).toBe(204);
    const after = await t.app.inject({
      method: 'GET',
      url: '/api/audit?limit=1',
      headers: as('espooCoordinator'),
    });
    expect(after.json()).toHaveLength(1);
    expect(after.json()[0]).toMatchObject({ action: 'role.revoke', subjectId: person.me.id });
  });

  it('no route makes a minor staff: roles that see minors or video links need an adult of the stricter law', async () => {
    const thirteen = await signUp(t.app, { cityId: 'espoo', birthDate: '2013-01-15' });
    await recordVetting(thirteen.me.id, 'espoo');
    // 18 is of age in Espoo but not in Osan (19): the stricter law of the two cities decides.
    const eighteen = await signUp(t.app, { cityId: 'espoo', birthDate: '2008-01-15' });
    await recordVetting(eighteen.me.id, 'osan');
    for (const [who, payload, actor] of [
      [thirteen.me.id, { role: 'facilitator', cityId: 'espoo' }, 'espooCoordinator'],
      [thirteen.me.id, { role: 'coordinator', cityId: 'espoo' }, 'admin'],
      [thirteen.me.id, { role: 'admin' }, 'admin'],
      [eighteen.me.id, { role: 'facilitator', cityId: 'osan' }, 'admin'],
    ] as const) {
      const response = await t.app.inject({
        method: 'POST',
        url: `/api/users/${who}/roles`,
        headers: as(actor),
        payload,
      });
      expect(response.statusCode, JSON.stringify(payload)).toBe(422);
      expect(response.json().code).toBe('ROLE_NEEDS_ADULT');
    }
    const vetRoute = await t.app.inject({
      method: 'POST',
      url: '/api/youth/facilitators',
      headers: as('espooCoordinator'),
      payload: {
        userId: thirteen.me.id,
        cityId: 'espoo',
        method: 'criminal_record_extract',
        checkedOn: '2026-11-01',
      },
    });
    expect(vetRoute.statusCode).toBe(422);
    expect(vetRoute.json().code).toBe('ROLE_NEEDS_ADULT');
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: thirteen.cookie } });
    expect(me.json().roles).toEqual([{ role: 'member', cityId: 'espoo' }]);
    // Of age in Espoo, the same person may be a vetted facilitator there.
    await recordVetting(eighteen.me.id, 'espoo');
    const espoo = await t.app.inject({
      method: 'POST',
      url: `/api/users/${eighteen.me.id}/roles`,
      headers: as('espooCoordinator'),
      payload: { role: 'facilitator', cityId: 'espoo' },
    });
    expect(espoo.statusCode).toBe(201);
  });

  it('a coordinator cannot act in another city nor hand out coordinator or admin', async () => {
    const person = await signUp(t.app, { cityId: 'osan' });
    for (const payload of [
      { role: 'facilitator', cityId: 'osan' },
      { role: 'coordinator', cityId: 'espoo' },
      { role: 'admin' },
    ]) {
      const response = await t.app.inject({
        method: 'POST',
        url: `/api/users/${person.me.id}/roles`,
        headers: as('espooCoordinator'),
        payload,
      });
      expect(response.statusCode, JSON.stringify(payload)).toBe(403);
      expect(response.json().code).toBe('FORBIDDEN');
    }
    const other = await t.app.inject({
      method: 'GET',
      url: '/api/users?cityId=osan',
      headers: as('espooCoordinator'),
    });
    expect(other.statusCode).toBe(403);
  });

  it('the admin grants coordinator in any city; a city role needs its city', async () => {
    const person = await signUp(t.app, { cityId: 'osan' });
    const noCity = await t.app.inject({
      method: 'POST',
      url: `/api/users/${person.me.id}/roles`,
      headers: as('admin'),
      payload: { role: 'coordinator' },
    });
    expect(noCity.statusCode).toBe(422);
    expect(noCity.json().code).toBe('ROLE_NEEDS_CITY');
    const unknownCity = await t.app.inject({
      method: 'POST',
      url: `/api/users/${person.me.id}/roles`,
      headers: as('admin'),
      payload: { role: 'coordinator', cityId: 'atlantis' },
    });
    expect(unknownCity.json().code).toBe('UNKNOWN_CITY');
    const ok = await t.app.inject({
      method: 'POST',
      url: `/api/users/${person.me.id}/roles`,
      headers: as('admin'),
      payload: { role: 'coordinator', cityId: 'osan' },
    });
    expect(ok.statusCode).toBe(201);
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/users/no-such-user/roles',
      headers: as('admin'),
      payload: { role: 'facilitator', cityId: 'osan' },
    });
    expect(missing.statusCode).toBe(404);
  });

  it('lists only the coordinator’s own city, without personal data beyond name and e-mail', async () => {
    const espooPerson = await signUp(t.app, { cityId: 'espoo' });
    const osanPerson = await signUp(t.app, { cityId: 'osan' });
    const list = await t.app.inject({ method: 'GET', url: '/api/users', headers: as('espooCoordinator') });
    const ids = list.json().map((user: { id: string }) => user.id);
    expect(ids).toContain(espooPerson.me.id);
    expect(ids).not.toContain(osanPerson.me.id);
    for (const user of list.json()) {
      expect(Object.keys(user).sort()).toEqual(['cityId', 'displayName', 'email', 'id', 'roles', 'status']);
    }
  });
});

describe('an account awaiting guardian consent', () => {
  it('can sign in, see its state and choose its language, and nothing else', async () => {
    const young = await signUp(t.app, { birthDate: '2013-03-03', cityId: 'osan' });
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: young.cookie } });
    expect(me.json().status).toBe('awaiting_guardian_consent');
    const locale = await t.app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie: young.cookie },
      payload: { locale: 'ko' },
    });
    expect(locale.statusCode).toBe(200);
    const move = await t.app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie: young.cookie },
      payload: { cityId: 'espoo' },
    });
    expect(move.statusCode).toBe(403);
    expect(move.json()).toEqual({
      code: 'CONSENT_REQUIRED',
      message: '이 작업을 하려면 먼저 보호자의 동의가 필요해요.',
    });
  });
});
