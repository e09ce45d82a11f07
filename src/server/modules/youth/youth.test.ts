import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, sessionBody, staffMember } from '../../../../test/support/factories.js';
import { createTestApp, signUp, type TestApp } from '../../../../test/support/test-app.js';
import { fixedClock } from '../../platform/clock.js';

// Thursday 26 November 2026, 10:00 in Espoo (UTC+2), 17:00 in Osan (UTC+9).
const clock = fixedClock('2026-11-26T08:00:00Z');
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(async () => t.close());

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
async function call(method: Method, url: string, cookie?: string, payload?: unknown, lang?: string) {
  const response = await t.app.inject({
    method,
    url,
    headers: {
      ...(cookie === undefined ? {} : { cookie }),
      ...(lang === undefined ? {} : { 'accept-language': lang }),
    },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
  return { status: response.statusCode, body: response.body === '' ? undefined : response.json() };
}

async function mailsTo(recipient: string) {
  return t.database.db
    .selectFrom('outbox')
    .selectAll()
    .where('recipient', '=', recipient)
    .orderBy('created_at')
    .execute();
}

function tokenIn(text: string, path: string): string {
  const match = new RegExp(`${path}\\?token=([\\w-]+)`).exec(text);
  if (match?.[1] === undefined) throw new Error(`no ${path} link in ${text}`);
  return match[1];
}

const espooProfile = {
  nativeLanguages: ['fi'],
  learning: [{ language: 'ko', level: 'A1' }],
  interests: ['e-sports', 'music'],
  // Saturday 09:00–12:00 in Espoo is 16:00–19:00 in Osan in winter.
  availability: [{ weekday: 6, from: '09:00', to: '12:00' }],
};
const osanProfile = {
  nativeLanguages: ['ko'],
  learning: [{ language: 'fi', level: 'A2' }],
  interests: ['e-sports', 'k-pop'],
  availability: [{ weekday: 6, from: '16:00', to: '19:00' }],
};

async function youngPerson(cityId: 'espoo' | 'osan', birthDate: string, profile?: object) {
  const { me, cookie } = await signUp(t.app, { cityId, birthDate, locale: cityId === 'osan' ? 'ko' : 'fi' });
  if (profile !== undefined) {
    const saved = await call('PUT', '/api/youth/profile', cookie, profile);
    if (saved.status !== 200) throw new Error(`profile: ${saved.status} ${JSON.stringify(saved.body)}`);
  }
  return { id: me.id, email: me.email, cookie };
}

/** Asks for consent as the young person and returns the token mailed to the guardian. */
async function consentToken(child: { cookie: string }, guardianEmail: string) {
  const sent = await call('POST', '/api/youth/consent-requests', child.cookie, {
    guardianEmail,
    guardianName: 'Kim Eunji',
  });
  expect(sent.status).toBe(201);
  const mail = (await mailsTo(guardianEmail)).at(-1);
  return tokenIn(mail?.body_text ?? '', '/guardian/consent');
}

describe('guardian consent under the law of each city', () => {
  it('a 13-year-old in Osan can do nothing but ask a guardian; one in Espoo can start at once', async () => {
    const osan = await youngPerson('osan', '2013-06-01');
    const espoo = await youngPerson('espoo', '2013-06-01');
    expect((await call('GET', '/api/me', osan.cookie)).body.status).toBe('awaiting_guardian_consent');
    for (const [method, url, payload] of [
      ['PUT', '/api/youth/profile', osanProfile],
      ['GET', '/api/youth/circles/mine', undefined],
      ['GET', '/api/youth/kits', undefined],
      ['GET', '/api/youth/circles/x/messages', undefined],
    ] as const) {
      const refused = await call(method, url, osan.cookie, payload, 'ko');
      expect(refused.status, url).toBe(403);
      expect(refused.body.code).toBe('CONSENT_REQUIRED');
    }
    expect((await call('PUT', '/api/youth/profile', espoo.cookie, espooProfile)).status).toBe(200);
    const state = await call('GET', '/api/youth/consent', osan.cookie);
    expect(state.body).toMatchObject({
      status: 'awaiting_guardian_consent',
      needsGuardianConsent: true,
      consentAge: 14,
    });
    const notNeeded = await call('POST', '/api/youth/consent-requests', espoo.cookie, {
      guardianEmail: 'parent@example.test',
      guardianName: 'Parent',
    });
    expect(notNeeded.status).toBe(409);
    expect(notNeeded.body.code).toBe('CONSENT_NOT_NEEDED');
  });

  it('mails a single-use link in the city’s language; Korea requires a verification method; granting activates', async () => {
    const child = await youngPerson('osan', '2013-03-03');
    const ownAddress = await call('POST', '/api/youth/consent-requests', child.cookie, {
      guardianEmail: child.email,
      guardianName: 'Me',
    });
    expect(ownAddress.status).toBe(400);

    const token = await consentToken(child, 'eunji.kim@example.test');
    const [mail] = await mailsTo('eunji.kim@example.test');
    expect(mail?.subject).toContain('보호자 동의 요청');
    expect(mail?.body_text).toContain('72시간');

    const invitation = await call('GET', `/api/youth/consent/${token}?lang=ko`);
    expect(invitation.status).toBe(200);
    expect(invitation.body).toMatchObject({
      consentAge: 14,
      verificationRequired: true,
      child: { ageBand: '13-15', cityId: 'osan' },
    });
    expect(invitation.body.dataKept.length).toBeGreaterThanOrEqual(5);
    expect(JSON.stringify(invitation.body)).not.toContain('2013-03-03');

    const missing = await call('POST', `/api/youth/consent/${token}`, undefined, {
      decision: 'grant',
      guardianName: 'Kim Eunji',
      relationship: 'mother',
    });
    expect(missing.status).toBe(422);
    expect(missing.body.code).toBe('VERIFICATION_REQUIRED');

    const granted = await call('POST', `/api/youth/consent/${token}`, undefined, {
      decision: 'grant',
      guardianName: 'Kim Eunji',
      relationship: 'mother',
      verification: 'email',
    });
    expect(granted.status).toBe(200);
    // The mailed link alone does not satisfy PIPA (Enforcement Decree art. 17-2): a child with a second
    // mailbox could answer it. The consent waits for a coordinator of Osan to record a real check.
    expect(granted.body).toEqual({
      decision: 'granted',
      childStatus: 'awaiting_guardian_consent',
      verification: 'email',
      verified: false,
    });
    expect((await call('GET', '/api/me', child.cookie)).body.status).toBe('awaiting_guardian_consent');
    expect((await call('PUT', '/api/youth/profile', child.cookie, osanProfile)).status).toBe(403);
    const osanCoordinator = await staffMember(t.app, 'coordinator', 'osan', 'coord-email-osan');
    const pendingConsent = (await call('GET', '/api/youth/consent', child.cookie)).body.consents[0].id;
    expect(
      (await call('POST', `/api/youth/consents/${pendingConsent}/verification`, osanCoordinator.cookie))
        .status,
    ).toBe(200);
    expect((await call('GET', '/api/me', child.cookie)).body.status).toBe('active');
    expect((await call('PUT', '/api/youth/profile', child.cookie, osanProfile)).status).toBe(200);

    const again = await call('POST', `/api/youth/consent/${token}`, undefined, {
      decision: 'refuse',
      guardianName: 'Kim Eunji',
      relationship: 'mother',
    });
    expect(again.status).toBe(410);
    expect(again.body.code).toBe('CONSENT_LINK_GONE');
    expect((await call('GET', `/api/youth/consent/${token}`)).status).toBe(410);

    const state = await call('GET', '/api/youth/consent', child.cookie);
    expect(state.body.consents[0]).toMatchObject({
      decision: 'granted',
      guardianName: 'Kim Eunji',
      relationship: 'mother',
      verification: 'email',
      verified: true,
      cityId: 'osan',
      consentAge: 14,
    });
  });

  it('an expired link answers 410; a refusal keeps the account waiting', async () => {
    const child = await youngPerson('osan', '2013-04-04');
    const late = await consentToken(child, 'late.parent@example.test');
    clock.advance(73 * 3600_000);
    try {
      const expired = await call('POST', `/api/youth/consent/${late}`, undefined, {
        decision: 'grant',
        guardianName: 'Late Parent',
        relationship: 'father',
        verification: 'email',
      });
      expect(expired.status).toBe(410);
    } finally {
      clock.set('2026-11-26T08:00:00Z');
    }
    const token = await consentToken(child, 'strict.parent@example.test');
    const refused = await call('POST', `/api/youth/consent/${token}`, undefined, {
      decision: 'refuse',
      guardianName: 'Strict Parent',
      relationship: 'father',
    });
    expect(refused.body).toMatchObject({ decision: 'refused', childStatus: 'awaiting_guardian_consent' });
    expect((await call('GET', '/api/me', child.cookie)).body.status).toBe('awaiting_guardian_consent');
  });

  it('a signed form takes effect when a coordinator of the child’s city records it', async () => {
    const child = await youngPerson('osan', '2013-05-05');
    const token = await consentToken(child, 'form.parent@example.test');
    const decided = await call('POST', `/api/youth/consent/${token}`, undefined, {
      decision: 'grant',
      guardianName: 'Form Parent',
      relationship: 'legal_guardian',
      verification: 'signed_form',
    });
    expect(decided.body).toMatchObject({ childStatus: 'awaiting_guardian_consent', verified: false });
    const consentId = (await call('GET', '/api/youth/consent', child.cookie)).body.consents[0].id;
    const espooCoordinator = await staffMember(t.app, 'coordinator', 'espoo', 'coord-form-espoo');
    const osanCoordinator = await staffMember(t.app, 'coordinator', 'osan', 'coord-form-osan');
    const pendingIds = async (cookie: string) =>
      (await call('GET', '/api/youth/consents/awaiting-verification', cookie)).body.consents.map(
        (c: { consent: { id: string } }) => c.consent.id,
      );
    expect(await pendingIds(osanCoordinator.cookie)).toContain(consentId);
    expect(await pendingIds(espooCoordinator.cookie)).not.toContain(consentId);
    expect((await call('GET', '/api/youth/consents/awaiting-verification', child.cookie)).status).toBe(403);
    expect(
      (await call('POST', `/api/youth/consents/${consentId}/verification`, espooCoordinator.cookie)).status,
    ).toBe(404);
    const verified = await call(
      'POST',
      `/api/youth/consents/${consentId}/verification`,
      osanCoordinator.cookie,
    );
    expect(verified.status).toBe(200);
    expect(verified.body.verified).toBe(true);
    expect((await call('GET', '/api/me', child.cookie)).body.status).toBe('active');
    expect(await pendingIds(osanCoordinator.cookie)).not.toContain(consentId);
  });
});

describe('circles: vetting, matching, messages, safety, privacy', () => {
  const espooKids: { id: string; cookie: string; email: string }[] = [];
  const osanKids: { id: string; cookie: string; email: string }[] = [];
  let guardianToken = '';
  let lonely = { id: '', cookie: '', email: '' };
  let coordinator = { id: '', cookie: '' };
  let osanCoordinator = { id: '', cookie: '' };
  let facilitators: { id: string; cookie: string }[] = [];
  let adult = { id: '', cookie: '' };
  let circleId = '';

  // A database of its own, so that the young people of the other tests do not join the matching.
  let outer: TestApp;
  beforeAll(async () => {
    outer = t;
    t = await createTestApp({ clock });
    for (let i = 0; i < 4; i += 1)
      espooKids.push(await youngPerson('espoo', `2012-0${i + 1}-15`, espooProfile));
    for (let i = 0; i < 3; i += 1) osanKids.push(await youngPerson('osan', `2011-0${i + 1}-20`, osanProfile));
    // The fourth Osan member is 13: their guardian consents first.
    const young = await youngPerson('osan', '2013-02-02');
    const token = await consentToken(young, 'guardian.of.young@example.test');
    await call('POST', `/api/youth/consent/${token}`, undefined, {
      decision: 'grant',
      guardianName: 'Park Jisoo',
      relationship: 'parent',
      verification: 'phone_check',
    });
    // Osan wants a recorded check: a coordinator of Osan records the phone call.
    osanCoordinator = await staffMember(t.app, 'coordinator', 'osan', 'coord-circles-osan');
    const consentId = (await call('GET', '/api/youth/consent', young.cookie)).body.consents[0].id;
    await call('POST', `/api/youth/consents/${consentId}/verification`, osanCoordinator.cookie);
    guardianToken = tokenIn(
      (await mailsTo('guardian.of.young@example.test')).at(-1)?.body_text ?? '',
      '/guardian',
    );
    await call('PUT', '/api/youth/profile', young.cookie, osanProfile);
    osanKids.push(young);
    lonely = await youngPerson('espoo', '2012-09-09', {
      ...espooProfile,
      availability: [{ weekday: 1, from: '03:00', to: '04:00' }],
    });
    coordinator = await staffMember(t.app, 'coordinator', 'espoo', 'coord-circles-espoo');
    const grownUp = await signUp(t.app, { cityId: 'espoo' });
    adult = { id: grownUp.me.id, cookie: grownUp.cookie };
  });

  afterAll(async () => {
    await t.close();
    t = outer;
  });

  it('a coordinator vets facilitators of their own city only', async () => {
    const candidate = await staffMember(t.app, 'member', 'espoo', 'fac-espoo');
    const osanCandidate = await staffMember(t.app, 'member', 'osan', 'fac-osan');
    const body = {
      userId: candidate.id,
      cityId: 'espoo',
      method: 'criminal_record_extract',
      checkedOn: '2026-11-20',
    };
    const elsewhere = await call('POST', '/api/youth/facilitators', coordinator.cookie, {
      ...body,
      userId: osanCandidate.id,
      cityId: 'osan',
    });
    expect(elsewhere.status).toBe(403);
    const future = await call('POST', '/api/youth/facilitators', coordinator.cookie, {
      ...body,
      checkedOn: '2027-01-01',
    });
    expect(future.status).toBe(400);
    const vetted = await call('POST', '/api/youth/facilitators', coordinator.cookie, body);
    expect(vetted.status).toBe(201);
    expect(vetted.body).toMatchObject({
      userId: candidate.id,
      cityId: 'espoo',
      method: 'criminal_record_extract',
      vettedBy: coordinator.id,
    });
    const osanVetted = await call('POST', '/api/youth/facilitators', osanCoordinator.cookie, {
      userId: osanCandidate.id,
      cityId: 'osan',
      method: 'sex_offence_record_check',
      checkedOn: '2026-11-01',
    });
    expect(osanVetted.status).toBe(201);
    const me = await call('GET', '/api/me', candidate.cookie);
    expect(me.body.roles).toContainEqual({ role: 'facilitator', cityId: 'espoo' });
    const listed = await call('GET', '/api/youth/facilitators', coordinator.cookie);
    expect(listed.body.map((f: { userId: string }) => f.userId)).toEqual([candidate.id]);
    facilitators = [
      { id: candidate.id, cookie: candidate.cookie },
      { id: osanCandidate.id, cookie: osanCandidate.cookie },
    ];
  });

  it('a dry run shows circles of both cities with scores, and who stayed out and why', async () => {
    const dry = await call('POST', '/api/youth/matching-runs', coordinator.cookie, { dryRun: true });
    expect(dry.status).toBe(200);
    expect(dry.body.circles).toHaveLength(1);
    const [circle] = dry.body.circles;
    expect(circle.members).toHaveLength(8);
    expect(circle.membersByCity.espoo).toHaveLength(4);
    expect(circle.membersByCity.osan).toHaveLength(4);
    expect(circle.scores.total).toBeGreaterThan(0);
    expect(circle.sharedWindows[0].local).toContainEqual(
      expect.objectContaining({ cityId: 'osan', start: { weekday: 6, time: '16:00' } }),
    );
    expect(dry.body.unmatched).toContainEqual({ userId: lonely.id, reason: 'no_shared_time' });
    expect(await t.database.db.selectFrom('youth_circles').selectAll().execute()).toHaveLength(0);

    const broken = await call('POST', '/api/youth/matching-runs', coordinator.cookie, {
      dryRun: true,
      circles: [{ members: [...espooKids.map((k) => k.id), osanKids[0]?.id] }],
    });
    expect(broken.status).toBe(422);
    expect(broken.body.code).toBe('INVALID_CIRCLE');
    const member = await call('POST', '/api/youth/matching-runs', espooKids[0]?.cookie, { dryRun: true });
    expect(member.status).toBe(403);
  });

  it('applying creates the circle with a vetted facilitator from each city', async () => {
    const applied = await call('POST', '/api/youth/matching-runs', coordinator.cookie, { dryRun: false });
    expect(applied.status).toBe(201);
    const [circle] = applied.body.circles;
    circleId = circle.id;
    expect(circle.facilitators).toHaveLength(2);
    expect(circle.facilitators).toContain(facilitators[1]?.id);
    const again = await call('POST', '/api/youth/matching-runs', coordinator.cookie, { dryRun: true });
    expect(again.body.circles).toHaveLength(0);

    const mine = await call('GET', '/api/youth/circles/mine', espooKids[0]?.cookie);
    expect(mine.status).toBe(200);
    expect(mine.body.circles).toHaveLength(1);
    expect(mine.body.circles[0]).toMatchObject({
      id: circleId,
      myRole: 'member',
      minorsPresent: true,
      ageBand: '13-15',
    });
    expect(mine.body.circles[0].people).toHaveLength(10);
    expect(JSON.stringify(mine.body)).not.toMatch(/20\d\d-\d\d-\d\d(?!T)/);
  });

  it('masks contact details in a circle with minors; the facilitator sees every message; outsiders see nothing', async () => {
    const posted = await call('POST', `/api/youth/circles/${circleId}/messages`, espooKids[0]?.cookie, {
      text: 'Soita 040 123 4567 tai kakao: minji_07, moi!',
    });
    expect(posted.status).toBe(201);
    expect(posted.body.masked).toEqual(['phone', 'handle']);
    const seen = await call('GET', `/api/youth/circles/${circleId}/messages`, osanKids[0]?.cookie);
    expect(seen.body.messages).toHaveLength(1);
    expect(seen.body.messages[0].text).not.toContain('4567');
    expect(seen.body.messages[0].text).not.toContain('minji_07');
    const stored = await t.database.db.selectFrom('youth_messages').select('text').execute();
    expect(stored.map((row) => row.text).join()).not.toContain('4567');

    const facilitatorView = await call(
      'GET',
      `/api/youth/circles/${circleId}/messages`,
      facilitators[1]?.cookie,
    );
    expect(facilitatorView.body.messages).toHaveLength(1);
    expect((await call('GET', `/api/youth/circles/${circleId}/messages`, lonely.cookie)).status).toBe(404);
    expect((await call('GET', `/api/youth/circles/${circleId}/messages`, adult.cookie)).status).toBe(404);
    expect(
      (await call('POST', `/api/youth/circles/${circleId}/messages`, adult.cookie, { text: 'hi' })).status,
    ).toBe(404);
  });

  it('masks contact details in the display names a circle sees, in messages and among its people', async () => {
    const kid = espooKids[1];
    const renamed = await call('PATCH', '/api/me', kid?.cookie, {
      displayName: 'Aino kakao: aino_2011 / 040 123 4567',
    });
    expect(renamed.status).toBe(200);
    // The person sees their own name as they wrote it.
    expect(renamed.body.displayName).toBe('Aino kakao: aino_2011 / 040 123 4567');
    try {
      const posted = await call('POST', `/api/youth/circles/${circleId}/messages`, kid?.cookie, {
        text: 'Moi kaikki!',
      });
      expect(posted.status).toBe(201);
      for (const viewer of [osanKids[0], facilitators[0]]) {
        const messages = await call('GET', `/api/youth/circles/${circleId}/messages`, viewer?.cookie);
        const circles = await call('GET', '/api/youth/circles/mine', viewer?.cookie);
        expect(messages.status).toBe(200);
        expect(JSON.stringify(circles.body)).toContain('Aino');
        const seen = JSON.stringify([messages.body, circles.body]);
        expect(JSON.stringify(messages.body)).toContain('Aino');
        expect(seen).not.toContain('aino_2011');
        expect(seen).not.toContain('4567');
      }
      const card = await call('GET', `/api/users/${kid?.id}`, facilitators[0]?.cookie);
      expect(card.body.displayName).not.toContain('4567');
    } finally {
      await call('PATCH', '/api/me', kid?.cookie, { displayName: 'Espoo kid' });
    }
  });

  it('someone waiting for a move to a city of lower majority age stays a minor until both cities approve', async () => {
    // An 18-year-old in Osan (majority at 19) asks to move to Espoo (18): until the move is approved,
    // both laws could apply, and the stricter one keeps their profile from adults in the circle.
    const osan18 = await youngPerson('osan', '2008-01-10', osanProfile);
    const asked = await call('POST', '/api/me/city-change', osan18.cookie, { cityId: 'espoo' });
    expect(asked.status).toBe(201);
    const adult18 = await youngPerson('espoo', '2000-01-01', espooProfile);
    expect((await call('GET', `/api/users/${osan18.id}`, adult18.cookie)).status).toBe(404);
    expect((await call('PATCH', '/api/me', osan18.cookie, { cityId: 'espoo' })).body.code).toBe(
      'CITY_CHANGE_NEEDS_STAFF',
    );
  });

  it('circle meetings: suggested in youth hours of both cities, seen and joined by the circle only', async () => {
    const [espooFacilitator, osanFacilitator] = facilitators;
    const member = espooKids[0];
    const unregistered = osanKids[0];
    const times = await call(
      'GET',
      `/api/youth/circles/${circleId}/meeting-times?from=2026-11-27&days=7&durationMinutes=60`,
      espooFacilitator?.cookie,
    );
    expect(times.status).toBe(200);
    expect(times.body.slots.length).toBeGreaterThan(0);
    // Everyone is free on Saturdays 09–12 in Espoo (16–19 in Osan); youth hours there start at 10.
    const [best] = times.body.slots;
    expect(best).toMatchObject({ membersFree: 8, members: 8 });
    expect(best.startsAt >= '2026-11-28T08:00:00Z' && best.endsAt <= '2026-11-28T10:00:00Z').toBe(true);
    expect(best.local.map((l: { cityId: string }) => l.cityId)).toEqual(['espoo', 'osan']);
    const asMember = await call('GET', `/api/youth/circles/${circleId}/meeting-times`, member?.cookie);
    expect(asMember.status).toBe(403);

    // Monday 09:00 in Espoo is school time there, though 16:00 in Osan. (Answered in the facilitator's Finnish.)
    const inSchool = await call('POST', `/api/youth/circles/${circleId}/meetings`, espooFacilitator?.cookie, {
      startsAt: '2026-11-30T07:00:00Z',
      durationMinutes: 60,
    });
    expect(inSchool.status).toBe(422);
    expect(inSchool.body.code).toBe('OUTSIDE_YOUTH_HOURS');
    expect(inSchool.body.message).toContain('nuorten aikaan');
    const byMember = await call('POST', `/api/youth/circles/${circleId}/meetings`, member?.cookie, {
      startsAt: '2026-11-28T08:00:00Z',
      durationMinutes: 60,
    });
    expect(byMember.status).toBe(403);

    const proposed = await call('POST', `/api/youth/circles/${circleId}/meetings`, espooFacilitator?.cookie, {
      startsAt: '2026-11-28T08:00:00Z',
      durationMinutes: 60,
      title: 'Moi ja annyeong!',
    });
    expect(proposed.status).toBe(201);
    const meetingId = proposed.body.id;
    expect(proposed.body).toMatchObject({
      title: 'Moi ja annyeong!',
      roomOpen: false,
      registration: null,
      local: [
        { cityId: 'espoo', timeZone: 'Europe/Helsinki', local: '2026-11-28T10:00:00+02:00' },
        { cityId: 'osan', timeZone: 'Asia/Seoul', local: '2026-11-28T17:00:00+09:00' },
      ],
    });

    // Not listed, not readable, not joinable outside the circle.
    const listed = await call('GET', '/api/sessions?from=2026-11-27&to=2026-11-30', adult.cookie);
    expect(listed.status).toBe(200);
    expect(JSON.stringify(listed.body)).not.toContain(meetingId);
    expect(JSON.stringify((await call('GET', '/api/events')).body)).not.toContain(meetingId);
    for (const cookie of [adult.cookie, member?.cookie, coordinator.cookie]) {
      expect((await call('GET', `/api/sessions/${meetingId}`, cookie)).status).toBe(404);
      expect((await call('POST', `/api/sessions/${meetingId}/registrations`, cookie)).status).toBe(404);
    }
    for (const outsider of [adult, lonely]) {
      const refused = await call('POST', `/api/youth/meetings/${meetingId}/registration`, outsider.cookie);
      expect(refused.status).toBe(404);
      expect(refused.body.code).toBe('SESSION_NOT_FOUND');
      expect((await call('GET', `/api/youth/circles/${circleId}/meetings`, outsider.cookie)).status).toBe(
        404,
      );
    }

    const registered = await call('POST', `/api/youth/meetings/${meetingId}/registration`, member?.cookie);
    expect(registered.status).toBe(201);
    expect(registered.body).toEqual({ status: 'confirmed' });
    // "My sessions", the confirmation and its invitation link the meeting to the circle's page (the
    // web app's /youth/circles/:id; the session's own page answers 404), as the youth module told
    // the sessions service.
    const mine = await call('GET', '/api/me/sessions', member?.cookie);
    expect(mine.body.items).toContainEqual(
      expect.objectContaining({ page: `/youth/circles/${circleId}`, registration: { status: 'confirmed' } }),
    );
    const circlePage = `${t.config.publicUrl}/youth/circles/${circleId}`;
    const confirmation = (await mailsTo(member?.email ?? '')).find((mail) =>
      mail.body_text.includes('Moi ja annyeong!'),
    );
    expect(confirmation?.body_text).toContain(circlePage);
    expect(confirmation?.body_text).not.toContain(`/sessions/${meetingId}`);
    const invitation = JSON.parse(confirmation?.attachments ?? '[]') as { content: string }[];
    expect(invitation.map((part) => part.content.replace(/\r\n[ \t]/g, '')).join()).toContain(
      `URL;VALUE=URI:${circlePage}`,
    );
    const seen = await call('GET', `/api/youth/circles/${circleId}/meetings`, member?.cookie);
    expect(seen.body.meetings).toHaveLength(1);
    expect(seen.body.meetings[0]).toMatchObject({
      id: meetingId,
      registration: 'confirmed',
      roomOpen: false,
    });
    const notOpen = await call('POST', `/api/youth/meetings/${meetingId}/join`, member?.cookie);
    expect(notOpen.status).toBe(409);
    expect(notOpen.body.code).toBe('ROOM_NOT_OPEN');
    const tooEarly = await call('POST', `/api/youth/meetings/${meetingId}/room`, osanFacilitator?.cookie);
    expect(tooEarly.status).toBe(403);
    expect(tooEarly.body.code).toBe('NOT_LIVE');

    clock.set('2026-11-28T07:50:00Z');
    try {
      expect((await call('POST', `/api/youth/meetings/${meetingId}/room`, member?.cookie)).status).toBe(403);
      const opened = await call('POST', `/api/youth/meetings/${meetingId}/room`, osanFacilitator?.cookie);
      expect(opened.status).toBe(200);
      expect(opened.body.url).toMatch(/silta-[0-9a-f]{32}$/);
      const joined = await call('POST', `/api/youth/meetings/${meetingId}/join`, member?.cookie);
      expect(joined.body).toEqual({ url: opened.body.url });
      const notRegistered = await call('POST', `/api/youth/meetings/${meetingId}/join`, unregistered?.cookie);
      expect(notRegistered.status).toBe(403);
      expect(notRegistered.body.code).toBe('NOT_REGISTERED');
      expect((await call('POST', `/api/youth/meetings/${meetingId}/join`, adult.cookie)).status).toBe(404);
      expect((await call('POST', `/api/sessions/${meetingId}/join`, member?.cookie)).status).toBe(404);
      const audit = await t.database.db
        .selectFrom('audit_log')
        .select(['actor_id', 'action'])
        .where('subject_id', '=', meetingId)
        .execute();
      expect(audit).toEqual([{ actor_id: osanFacilitator?.id, action: 'youth.meeting.open_room' }]);
    } finally {
      clock.set('2026-11-26T08:00:00Z');
    }
  });

  it('three reports hide a message until a facilitator decides; a block hides a person’s messages', async () => {
    const posted = await call('POST', `/api/youth/circles/${circleId}/messages`, osanKids[1]?.cookie, {
      text: 'rude words',
    });
    const url = `/api/youth/messages/${posted.body.id}/reports`;
    const first = await call('POST', url, espooKids[0]?.cookie, { reason: 'rude' });
    expect(first.body).toMatchObject({ reports: 1, hidden: false });
    expect((await call('POST', url, espooKids[0]?.cookie, { reason: 'again' })).body.code).toBe(
      'YOUTH_ALREADY_REPORTED',
    );
    await call('POST', url, espooKids[1]?.cookie, { reason: 'rude' });
    const third = await call('POST', url, espooKids[2]?.cookie, { reason: 'rude' });
    expect(third.body).toMatchObject({ reports: 3, hidden: true });

    const memberView = await call('GET', `/api/youth/circles/${circleId}/messages`, espooKids[3]?.cookie);
    const hidden = memberView.body.messages.find((m: { id: string }) => m.id === posted.body.id);
    expect(hidden).toMatchObject({ status: 'hidden', text: null });
    const queue = await call('GET', '/api/youth/moderation', facilitators[1]?.cookie);
    expect(queue.body.messages.map((m: { id: string }) => m.id)).toEqual([posted.body.id]);
    expect(queue.body.messages[0].text).toBe('rude words');
    const restored = await call(
      'POST',
      `/api/youth/messages/${posted.body.id}/decision`,
      facilitators[1]?.cookie,
      {
        decision: 'restore',
      },
    );
    expect(restored.body.status).toBe('visible');
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['actor_id', 'action'])
      .where('subject_id', '=', posted.body.id)
      .execute();
    expect(audit).toEqual([{ actor_id: facilitators[1]?.id, action: 'youth.message.restore' }]);
    expect(
      (
        await call('POST', `/api/youth/messages/${posted.body.id}/decision`, facilitators[1]?.cookie, {
          decision: 'restore',
        })
      ).status,
    ).toBe(409);

    const blocked = await call('POST', '/api/youth/blocks', espooKids[3]?.cookie, {
      userId: osanKids[1]?.id,
    });
    expect(blocked.body.blocked).toEqual([osanKids[1]?.id]);
    const afterBlock = await call('GET', `/api/youth/circles/${circleId}/messages`, espooKids[3]?.cookie);
    expect(afterBlock.body.messages.some((m: { authorId: string }) => m.authorId === osanKids[1]?.id)).toBe(
      false,
    );

    const person = await call('POST', '/api/youth/reports', espooKids[3]?.cookie, {
      userId: osanKids[1]?.id,
      reason: 'mean',
    });
    expect(person.status).toBe(201);
    expect(
      (await call('POST', '/api/youth/reports', adult.cookie, { userId: osanKids[1]?.id, reason: 'x' }))
        .status,
    ).toBe(404);
    const queued = (await call('GET', '/api/youth/moderation', facilitators[0]?.cookie)).body.reports.find(
      (r: { id: string }) => r.id === person.body.reportId,
    );
    expect(queued).toMatchObject({ reportedUserId: osanKids[1]?.id, messageId: null, reason: 'mean' });
    expect(queued.reportedName).toEqual(expect.any(String));
    const decision = `/api/youth/reports/${person.body.reportId}/decision`;
    expect((await call('POST', decision, adult.cookie, { decision: 'dismiss' })).status).toBe(403);
    expect((await call('POST', decision, facilitators[0]?.cookie, { decision: 'dismiss' })).status).toBe(200);
    expect((await call('POST', decision, facilitators[0]?.cookie, { decision: 'dismiss' })).status).toBe(409);
    const reportAudit = await t.database.db
      .selectFrom('audit_log')
      .select(['actor_id', 'action'])
      .where('subject_id', '=', person.body.reportId)
      .execute();
    expect(reportAudit).toEqual([{ actor_id: facilitators[0]?.id, action: 'youth.report.dismiss' }]);
  });

  it('a minor’s profile exists only for themselves, their facilitators and their city’s coordinators', async () => {
    const minor = espooKids[0]?.id;
    expect((await call('GET', `/api/users/${minor}`, adult.cookie)).status).toBe(404);
    expect((await call('GET', `/api/users/${minor}`, osanKids[0]?.cookie)).status).toBe(404);
    expect((await call('GET', `/api/users/${minor}`, osanCoordinator.cookie)).status).toBe(404);
    const self = await call('GET', `/api/users/${minor}`, espooKids[0]?.cookie);
    expect(self.body).toMatchObject({ id: minor, ageBand: '13-15', profile: { nativeLanguages: ['fi'] } });
    expect((await call('GET', `/api/users/${minor}`, facilitators[1]?.cookie)).body.profile.ageBand).toBe(
      '13-15',
    );
    expect((await call('GET', `/api/users/${minor}`, coordinator.cookie)).status).toBe(200);
    const adultCard = await call('GET', `/api/users/${adult.id}`, espooKids[0]?.cookie);
    expect(adultCard.status).toBe(200);
  });

  it('a guardian sees what the child joins, and withdrawal stops participation at once', async () => {
    const child = osanKids[3] as { id: string; cookie: string };
    const view = await call('GET', `/api/youth/guardian/${guardianToken}`);
    expect(view.status).toBe(200);
    expect(view.body.circles).toEqual([
      expect.objectContaining({ id: circleId, memberCount: 8, status: 'active' }),
    ]);
    expect(view.body.circles[0].facilitators).toHaveLength(2);
    expect(view.body.profile.nativeLanguages).toEqual(['ko']);
    const withdrawn = await call('POST', `/api/youth/guardian/${guardianToken}/withdraw`);
    expect(withdrawn.body).toEqual({ status: 'withdrawn' });
    expect((await call('GET', '/api/me', child.cookie)).body.status).toBe('awaiting_guardian_consent');
    expect((await call('GET', `/api/youth/circles/${circleId}/messages`, child.cookie)).body.code).toBe(
      'CONSENT_REQUIRED',
    );
    const circle = await call('GET', '/api/youth/circles/mine', espooKids[0]?.cookie);
    expect(circle.body.circles[0].people.some((p: { userId: string }) => p.userId === child.id)).toBe(false);
    expect((await call('GET', `/api/youth/guardian/${guardianToken}`)).status).toBe(410);
  });

  it('exports all of a person’s data, and deletes the account with its activity anonymised', async () => {
    const kid = espooKids[0] as { id: string; cookie: string; email: string };
    const exported = await call('GET', '/api/me/export', kid.cookie);
    expect(exported.status).toBe(200);
    expect(exported.body.account).toMatchObject({ id: kid.id, email: kid.email, birthDate: '2012-01-15' });
    expect(exported.body.youth.profile.interests).toEqual(['e-sports', 'music']);
    expect(exported.body.youth.messages).toHaveLength(1);
    expect(exported.body.youth.reports).toHaveLength(1);

    const removed = await call('DELETE', '/api/me', kid.cookie);
    expect(removed.status).toBe(204);
    expect((await call('GET', '/api/me', kid.cookie)).status).toBe(401);
    const messages = await call('GET', `/api/youth/circles/${circleId}/messages`, facilitators[1]?.cookie);
    const mine = messages.body.messages.filter((m: { authorId: string | null }) => m.authorId === null);
    expect(mine).toHaveLength(1);
    expect(mine[0].status).toBe('removed');
    const login = await call('POST', '/api/auth/login', undefined, {
      email: kid.email,
      password: 'correct horse battery',
    });
    expect(login.status).toBe(401);
  });
});

describe('a person’s data across every module', () => {
  it('exports sessions, feeds, poll answers, practices, reports and e-sports; deletion anonymises them', async () => {
    const coordinator = await staffMember(t.app, 'coordinator', 'espoo', 'coord-export');
    const { me, cookie } = await signUp(t.app, { cityId: 'espoo', displayName: 'Aino Export' });
    const person = { id: me.id, email: me.email, cookie };

    // A session seat and a calendar feed.
    const session = await createSession(t.app, coordinator.cookie, { startsAt: '2027-02-10T14:00:00Z' });
    expect((await call('POST', `/api/sessions/${session.id}/registrations`, cookie)).status).toBe(201);
    const feed = await call('POST', '/api/me/calendar-feed', cookie);
    expect(feed.status).toBeLessThan(300);
    // An answer to a scheduling poll.
    const { startsAt: _startsAt, ...template } = sessionBody();
    const poll = await call('POST', '/api/polls', coordinator.cookie, {
      ...template,
      options: ['2027-01-16T08:00:00Z', '2027-01-17T08:00:00Z'],
    });
    expect(poll.status, JSON.stringify(poll.body)).toBe(201);
    const pollToken = new URL(poll.body.shareUrl).searchParams.get('token') ?? '';
    const [yesOption, noOption] = poll.body.poll.options.map((o: { id: string }) => o.id);
    const answered = await call('POST', `/api/polls/${poll.body.poll.id}/responses`, cookie, {
      token: pollToken,
      answers: { [yesOption]: 'yes', [noOption]: 'no' },
    });
    expect(answered.status, JSON.stringify(answered.body)).toBe(201);
    // A practice written, and one reported.
    const practice = {
      title: { fi: 'Kirjaston pajat' },
      summary: { fi: 'Kirjastossa on paja.' },
      body: { fi: 'Pajassa tulostetaan.' },
      originalLanguage: 'fi',
      cityId: 'espoo',
      topics: ['maker-spaces'],
    };
    const written = await call('POST', '/api/practices', cookie, practice);
    expect(written.status, JSON.stringify(written.body)).toBe(201);
    const published = await call('POST', '/api/practices', coordinator.cookie, {
      ...practice,
      title: { fi: 'Avoimet tilat' },
    });
    const reported = await call('POST', `/api/practices/${published.body.id}/reports`, cookie, {
      reason: 'Vanhentunut',
    });
    expect(reported.status, JSON.stringify(reported.body)).toBeLessThan(300);
    // An e-sports entry.
    const tournament = await call('POST', '/api/esports/tournaments', coordinator.cookie, {
      name: 'Export cup',
      game: 'chess',
      format: 'round_robin',
    });
    expect(tournament.status, JSON.stringify(tournament.body)).toBe(201);
    const entered = await call(
      'POST',
      `/api/esports/tournaments/${tournament.body.id}/registrations`,
      cookie,
      {},
    );
    expect(entered.status, JSON.stringify(entered.body)).toBe(201);

    const exported = await call('GET', '/api/me/export', cookie);
    expect(exported.status).toBe(200);
    const data = exported.body;
    expect(data.sessions.registrations).toEqual([
      expect.objectContaining({ sessionId: session.id, status: 'confirmed', cityId: 'espoo' }),
    ]);
    expect(data.sessions.calendarFeeds).toHaveLength(1);
    expect(JSON.stringify(data.sessions.calendarFeeds)).not.toMatch(/token|hash/i);
    expect(data.polls.answers).toHaveLength(1);
    expect(data.polls.answers[0].answers).toContainEqual({
      optionId: yesOption,
      startsAt: '2027-01-16T08:00:00.000Z',
      answer: 'yes',
    });
    expect(data.practices.written).toEqual([
      expect.objectContaining({ id: written.body.id, title: { fi: 'Kirjaston pajat' } }),
    ]);
    expect(data.practices.reports).toEqual([
      expect.objectContaining({ practiceId: published.body.id, reason: 'Vanhentunut' }),
    ]);
    expect(data.esports.entrants).toEqual([
      expect.objectContaining({ tournamentId: tournament.body.id, name: 'Aino Export' }),
    ]);
    expect(data.esports).toHaveProperty('teams');
    expect(data.esports).toHaveProperty('ratings');
    expect(data.youth.consentsGiven).toEqual([]);

    expect((await call('DELETE', '/api/me', cookie)).status).toBe(204);
    const db = t.database.db;
    expect(
      await db.selectFrom('registrations').select('id').where('session_id', '=', session.id).execute(),
    ).toEqual([]);
    const answers = await db
      .selectFrom('poll_responses')
      .select(['user_id', 'name', 'email', 'answers'])
      .where('poll_id', '=', poll.body.poll.id)
      .execute();
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ user_id: null, name: '', email: null });
    const practiceRow = await db
      .selectFrom('practices')
      .select('author_id')
      .where('id', '=', written.body.id)
      .executeTakeFirstOrThrow();
    expect(practiceRow.author_id).toBeNull();
    const entrant = await db
      .selectFrom('esports_entrants')
      .select(['user_id', 'name'])
      .where('tournament_id', '=', tournament.body.id)
      .executeTakeFirstOrThrow();
    expect(entrant).toEqual({ user_id: null, name: '—' });
    expect(JSON.stringify(await db.selectFrom('calendar_feeds').selectAll().execute())).not.toContain(
      person.id,
    );
  });
});

describe('profiles, kits and bad input', () => {
  it('answers bad profile input with 4xx codes in the caller’s language, never a 500', async () => {
    const kid = await youngPerson('espoo', '2010-10-10');
    await call('PATCH', '/api/me', kid.cookie, { locale: 'ko' });
    const cases: [object, number, string][] = [
      [{ ...espooProfile, interests: ['knitting'] }, 422, 'UNKNOWN_INTEREST'],
      [{ ...espooProfile, learning: [{ language: 'ko', level: 'D1' }] }, 400, 'VALIDATION_FAILED'],
      [
        { ...espooProfile, availability: [{ weekday: 8, from: '10:00', to: '11:00' }] },
        422,
        'INVALID_AVAILABILITY',
      ],
      [
        { ...espooProfile, availability: [{ weekday: 1, from: '25:00', to: '11:00' }] },
        422,
        'INVALID_AVAILABILITY',
      ],
      [{ ...espooProfile, nativeLanguages: ['Finnish'] }, 400, 'VALIDATION_FAILED'],
      [{ ...espooProfile, nativeLanguages: ['f1'] }, 422, 'INVALID_LANGUAGE'],
      [{ ...espooProfile, preferredCircleSize: 20 }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [body, status, code] of cases) {
      const response = await call('PUT', '/api/youth/profile', kid.cookie, body, 'ko');
      expect(response.status, JSON.stringify(body)).toBe(status);
      expect(response.body.code).toBe(code);
      expect(response.body.message).toMatch(/[가-힣]/);
    }
    const saved = await call('PUT', '/api/youth/profile', kid.cookie, {
      ...espooProfile,
      preferredCircleSize: 6,
    });
    expect(saved.body).toMatchObject({
      ageBand: '16-17',
      preferredCircleSize: 6,
      timeZone: 'Europe/Helsinki',
    });
    expect(saved.body).not.toHaveProperty('birthDate');
    const grownUp = await signUp(t.app, { birthDate: '1980-01-01' });
    expect((await call('PUT', '/api/youth/profile', grownUp.cookie, espooProfile)).body.code).toBe(
      'YOUTH_ONLY',
    );
  });

  it('phrase cards carry Hangul with Revised Romanization; a young person marks them learned', async () => {
    const author = await staffMember(t.app, 'coordinator', 'osan', 'kit-author');
    const card = await call('POST', '/api/youth/kits', author.cookie, {
      kind: 'phrase',
      hangul: '안녕하세요',
      title: { en: 'Hello', fi: 'Hei', sv: 'Hej' },
      originalLanguage: 'en',
    });
    expect(card.status).toBe(201);
    expect(card.body).toMatchObject({ hangul: '안녕하세요', romanization: 'annyeonghaseyo' });
    const noHangul = await call('POST', '/api/youth/kits', author.cookie, {
      kind: 'phrase',
      title: { en: 'Hello' },
      originalLanguage: 'en',
    });
    expect(noHangul.body.code).toBe('HANGUL_REQUIRED');
    const kid = await youngPerson('espoo', '2011-11-11');
    expect(
      (
        await call('POST', '/api/youth/kits', kid.cookie, {
          kind: 'note',
          title: { en: 'x' },
          originalLanguage: 'en',
        })
      ).status,
    ).toBe(403);
    expect((await call('PUT', `/api/youth/kits/${card.body.id}/learned`, kid.cookie)).status).toBe(204);
    const list = await call('GET', '/api/youth/kits?lang=fi', kid.cookie);
    const mine = list.body.items.find((item: { id: string }) => item.id === card.body.id);
    expect(mine).toMatchObject({ learned: true, display: { title: 'Hei' } });
  });
});

describe('demo content', () => {
  it('seeds young people of both cities in matched circles with a vetted facilitator of each city, and kits', async () => {
    const demo = await createTestApp({ clock, demo: true });
    try {
      const circles = await demo.database.db.selectFrom('youth_circles').selectAll().execute();
      expect(circles.length).toBeGreaterThanOrEqual(1);
      const members = await demo.database.db.selectFrom('youth_circle_members').selectAll().execute();
      for (const circle of circles) {
        const facilitators = members.filter((m) => m.circle_id === circle.id && m.role === 'facilitator');
        expect(facilitators.map((f) => f.city_id).sort()).toEqual(['espoo', 'osan']);
      }
      const kits = await demo.database.db.selectFrom('youth_kit_items').selectAll().execute();
      expect(kits.find((k) => k.hangul === '감사합니다')?.romanization).toBe('gamsahamnida');
    } finally {
      await demo.close();
    }
  });
});
