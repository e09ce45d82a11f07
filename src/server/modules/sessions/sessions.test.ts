import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, people, sessionBody, staffMember } from '../../../../test/support/factories.js';
import { startSmtpPeer } from '../../../../test/support/smtp-peer.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { fixedClock } from '../../platform/clock.js';
import { createMailWorker } from '../../platform/mail/mail-worker.js';
import { createSessionsRepository } from './sessions.repository.js';
import type { SessionBody } from './sessions.schema.js';
import { createSessionsService, sharedListTtlMs } from './sessions.service.js';

const quietLog = { info: () => {}, warn: () => {} };

// Thursday 26 November 2026, 10:00 in Espoo.
const clock = fixedClock('2026-11-26T08:00:00Z');
let t: TestApp;
let coordinator: { id: string; cookie: string };
let osanFacilitator: { id: string; cookie: string };

beforeAll(async () => {
  t = await createTestApp({ clock });
  coordinator = await staffMember(t.app, 'coordinator', 'espoo', 'coordinator-espoo');
  osanFacilitator = await staffMember(t.app, 'facilitator', 'osan', 'facilitator-osan');
});
afterAll(async () => t.close());

/** The session e-mails a person got (their sign-up's confirmation e-mail left out). */
async function mailsTo(email: string) {
  const rows = await t.database.db
    .selectFrom('outbox')
    .selectAll()
    .where('recipient', '=', email)
    .orderBy('created_at')
    .execute();
  return rows.filter((row) => !row.body_text.includes('/verify-email?token='));
}

describe('POST /api/sessions', () => {
  it('creates the contract’s session and shows it in both cities’ local time', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/sessions',
      headers: { cookie: coordinator.cookie },
      payload: sessionBody(),
    });
    expect(response.statusCode).toBe(201);
    const session = response.json();
    expect(session).toMatchObject({
      title: { en: 'Maker workshops in libraries' },
      originalLanguage: 'en',
      startsAt: '2027-03-28T07:00:00.000Z',
      endsAt: '2027-03-28T08:30:00.000Z',
      anchorTimeZone: 'Europe/Helsinki',
      mode: 'online',
      audience: 'everyone',
      topics: ['digital-learning'],
      status: 'published',
      sequence: 0,
      seats: { espoo: { total: 5, confirmed: 0, waiting: 0 }, osan: { total: 5, confirmed: 0, waiting: 0 } },
      // 28 March 2027 is the day Finland moves to summer time: 07:00Z is 10:00 EEST.
      localTimes: { espoo: '2027-03-28T10:00:00+03:00', osan: '2027-03-28T16:00:00+09:00' },
      hostCityId: 'espoo',
    });
    const fetched = await t.app.inject({ method: 'GET', url: `/api/sessions/${session.id}` });
    expect(fetched.json()).toEqual(session);
  });

  it('refuses an invalid zone, a past start, a duration of 0 or less and an unknown city with 422', async () => {
    const before = await t.app.silta.services.sessions.countSessions();
    for (const [overrides, code] of [
      [{ anchorTimeZone: 'Europe/Espoo' }, 'UNKNOWN_TIME_ZONE'],
      [{ startsAt: '2026-11-26T07:59:00Z' }, 'START_IN_PAST'],
      [{ startsAt: '2027-03-28 10:00' }, 'INVALID_START'],
      [{ durationMinutes: 0 }, 'INVALID_DURATION'],
      [{ durationMinutes: -30 }, 'INVALID_DURATION'],
      [{ seats: { espoo: 5, atlantis: 5 } }, 'UNKNOWN_CITY'],
      [{ seats: { espoo: -1 } }, 'INVALID_SEATS'],
      [{ topics: ['astrology'] }, 'UNKNOWN_TOPIC'],
      [{ title: { fi: 'Vain suomeksi' } }, 'ORIGINAL_TEXT_REQUIRED'],
    ] as const) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/sessions',
        headers: { cookie: coordinator.cookie },
        payload: sessionBody(overrides),
      });
      expect(response.statusCode, JSON.stringify(overrides)).toBe(422);
      expect(response.json().code).toBe(code);
    }
    // Refused requests change nothing.
    expect(await t.app.silta.services.sessions.countSessions()).toBe(before);
  });

  it('lets only staff create sessions, and a facilitator only in their own city', async () => {
    const [member] = await people(t.app, 'espoo', 1);
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/sessions',
      headers: { cookie: member?.cookie ?? '' },
      payload: sessionBody(),
    });
    expect(refused.statusCode).toBe(403);
    const otherCity = await t.app.inject({
      method: 'POST',
      url: '/api/sessions',
      headers: { cookie: osanFacilitator.cookie },
      payload: sessionBody({ hostCityId: 'espoo' }),
    });
    expect(otherCity.statusCode).toBe(403);
    const own = await t.app.inject({
      method: 'POST',
      url: '/api/sessions',
      headers: { cookie: osanFacilitator.cookie },
      payload: sessionBody({
        title: { ko: '오산 청소년 한국어 카페' },
        originalLanguage: 'ko',
        description: {},
      }),
    });
    expect(own.statusCode).toBe(201);
    expect(own.json().hostCityId).toBe('osan');
    // An English reader gets the Korean original, labelled as such.
    expect(own.json().display).toMatchObject({
      language: 'ko',
      title: '오산 청소년 한국어 카페',
      source: 'original',
    });
  });
});

describe('GET /api/sessions', () => {
  it('filters by time, topic and city and counts the total', async () => {
    await createSession(t.app, coordinator.cookie, {
      startsAt: '2027-05-04T12:00:00Z',
      topics: ['wellbeing'],
    });
    await createSession(t.app, coordinator.cookie, {
      startsAt: '2027-05-05T12:00:00Z',
      topics: ['esports'],
      seats: { espoo: 10 },
    });
    const may = await t.app.inject({ method: 'GET', url: '/api/sessions?from=2027-05-01&to=2027-05-31' });
    expect(may.statusCode).toBe(200);
    expect(may.json().total).toBe(2);
    expect(may.json().items.map((s: { startsAt: string }) => s.startsAt)).toEqual([
      '2027-05-04T12:00:00.000Z',
      '2027-05-05T12:00:00.000Z',
    ]);
    const wellbeing = await t.app.inject({
      method: 'GET',
      url: '/api/sessions?from=2027-05-01&to=2027-05-31&topic=wellbeing',
    });
    expect(wellbeing.json().total).toBe(1);
    const osan = await t.app.inject({
      method: 'GET',
      url: '/api/sessions?from=2027-05-01&to=2027-05-31&city=osan',
    });
    expect(osan.json().items.map((s: { topics: string[] }) => s.topics)).toEqual([['wellbeing']]);
    const bad = await t.app.inject({ method: 'GET', url: '/api/sessions?from=2027-06-01&to=2027-05-01' });
    expect(bad.statusCode).toBe(422);
  });

  it('hides drafts from the public', async () => {
    const draft = await createSession(t.app, coordinator.cookie, {
      status: 'draft',
      startsAt: '2027-07-01T09:00:00Z',
    });
    expect((await t.app.inject({ method: 'GET', url: `/api/sessions/${draft.id}` })).statusCode).toBe(404);
    const asCoordinator = await t.app.inject({
      method: 'GET',
      url: `/api/sessions/${draft.id}`,
      headers: { cookie: coordinator.cookie },
    });
    expect(asCoordinator.statusCode).toBe(200);
  });

  it('lists summaries with an ETag, answers 304 while nothing changed, and shows a registration at once', async () => {
    const session = await createSession(t.app, coordinator.cookie, {
      startsAt: '2027-09-07T09:00:00Z',
      seats: { espoo: 3, osan: 2 },
    });
    const september = '/api/sessions?from=2027-09-01&to=2027-09-30';
    const first = await t.app.inject({ method: 'GET', url: september });
    expect(first.statusCode).toBe(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const [item] = first.json().items;
    expect(item).toMatchObject({
      id: session.id,
      title: { en: 'Maker workshops in libraries' },
      originalLanguage: 'en',
      anchorTimeZone: 'Europe/Helsinki',
      status: 'published',
      sequence: 0,
      seats: { espoo: { total: 3, confirmed: 0, waiting: 0 }, osan: { total: 2, confirmed: 0, waiting: 0 } },
      localTimes: { espoo: '2027-09-07T12:00:00+03:00', osan: '2027-09-07T18:00:00+09:00' },
    });
    // A summary: the description and venues are on the session's own page only.
    expect(item).not.toHaveProperty('description');
    expect(item).not.toHaveProperty('venues');

    const unchanged = await t.app.inject({
      method: 'GET',
      url: september,
      headers: { 'if-none-match': etag },
    });
    expect(unchanged.statusCode).toBe(304);
    expect(unchanged.body).toBe('');

    const [person] = await people(t.app, 'espoo', 1);
    const registered = await t.app.inject({
      method: 'POST',
      url: `/api/sessions/${session.id}/registrations`,
      headers: { cookie: person?.cookie ?? '' },
    });
    expect(registered.statusCode).toBe(201);
    const after = await t.app.inject({ method: 'GET', url: september, headers: { 'if-none-match': etag } });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    expect(after.json().items[0].seats.espoo).toEqual({ total: 3, confirmed: 1, waiting: 0 });

    // A browser gets the same listing compressed, under its own entity tag.
    const compressed = await t.app.inject({
      method: 'GET',
      url: september,
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(compressed.headers['content-encoding']).toBe('br');
    expect(compressed.headers.etag).not.toBe(after.headers.etag);
    expect(JSON.parse(brotliDecompressSync(compressed.rawPayload).toString())).toEqual(after.json());
    const gzipped = await t.app.inject({
      method: 'GET',
      url: september,
      headers: { 'accept-encoding': 'gzip;q=1, br;q=0' },
    });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzipped.rawPayload).toString())).toEqual(after.json());
  });

  it('shows a change made by another instance within the shared listing’s time bound', async () => {
    const session = await createSession(t.app, coordinator.cookie, {
      startsAt: '2027-10-05T09:00:00Z',
      seats: { osan: 4 },
    });
    const october = '/api/sessions?from=2027-10-01&to=2027-10-31';
    const seats = async (headers: Record<string, string> = {}) =>
      (await t.app.inject({ method: 'GET', url: october, headers })).json().items[0].seats.osan;
    expect(await seats()).toEqual({ total: 4, confirmed: 0, waiting: 0 });
    // A second app instance on the same database: its writes do not reach this instance's memory.
    const other = createSessionsService({
      repo: createSessionsRepository(t.database.db, clock),
      partnership: t.app.silta.services.partnership,
      clock,
      publicUrl: t.config.publicUrl,
      videoBaseUrl: t.config.videoBaseUrl,
    });
    const [person] = await people(t.app, 'osan', 1);
    await other.register(session.id, { userId: person?.id ?? '', cityId: 'osan', roles: [] });
    const started = clock.now();
    try {
      // A staff member's listing (it holds their drafts) is always read fresh.
      expect((await seats({ cookie: coordinator.cookie })).confirmed).toBe(1);
      clock.advance(sharedListTtlMs + 1);
      expect(await seats()).toEqual({ total: 4, confirmed: 1, waiting: 0 });
    } finally {
      clock.set(started);
    }
  });
});

describe('registration with per-city seats and waiting lists', () => {
  it('counts seats per city, waitlists in order, and gives a freed seat to the first in line of that city', async () => {
    const session = await createSession(t.app, coordinator.cookie, { seats: { espoo: 2, osan: 1 } });
    const espoo = await people(t.app, 'espoo', 4, 'fi');
    const osan = await people(t.app, 'osan', 2, 'ko');
    const register = (cookie: string) =>
      t.app.inject({ method: 'POST', url: `/api/sessions/${session.id}/registrations`, headers: { cookie } });

    const outcomes = [];
    for (const person of [...espoo, ...osan]) outcomes.push((await register(person.cookie)).json());
    expect(outcomes).toEqual([
      { status: 'confirmed' },
      { status: 'confirmed' },
      { status: 'waitlisted', position: 1 },
      { status: 'waitlisted', position: 2 },
      { status: 'confirmed' },
      { status: 'waitlisted', position: 1 },
    ]);

    const twice = await register(espoo[0]?.cookie ?? '');
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('ALREADY_REGISTERED');

    const state = (await t.app.inject({ method: 'GET', url: `/api/sessions/${session.id}` })).json();
    expect(state.seats).toEqual({
      espoo: { total: 2, confirmed: 2, waiting: 2 },
      osan: { total: 1, confirmed: 1, waiting: 1 },
    });

    // The first Espoo registrant leaves: Espoo's first in line gets the seat and is told, in Finnish.
    const leave = await t.app.inject({
      method: 'DELETE',
      url: `/api/sessions/${session.id}/registrations/me`,
      headers: { cookie: espoo[0]?.cookie ?? '' },
    });
    expect(leave.statusCode).toBe(204);
    const promoted = await t.app.inject({
      method: 'GET',
      url: `/api/sessions/${session.id}/registrations/me`,
      headers: { cookie: espoo[2]?.cookie ?? '' },
    });
    expect(promoted.json()).toEqual({ status: 'confirmed' });
    const stillWaiting = await t.app.inject({
      method: 'GET',
      url: `/api/sessions/${session.id}/registrations/me`,
      headers: { cookie: espoo[3]?.cookie ?? '' },
    });
    expect(stillWaiting.json()).toEqual({ status: 'waitlisted', position: 1 });
    const osanWaiting = await t.app.inject({
      method: 'GET',
      url: `/api/sessions/${session.id}/registrations/me`,
      headers: { cookie: osan[1]?.cookie ?? '' },
    });
    expect(osanWaiting.json()).toEqual({ status: 'waitlisted', position: 1 });
    // The test clock stands still, so the e-mails are compared as a set, not in order.
    const mails = await mailsTo(espoo[2]?.email ?? '');
    expect(mails.map((m) => m.subject).sort()).toEqual([
      'Olet jonossa: Maker workshops in libraries',
      'Sinulle vapautui paikka: Maker workshops in libraries',
    ]);
    expect(mails.find((m) => m.subject.startsWith('Sinulle'))?.attachments).toContain('METHOD:REQUEST');
    const gone = await t.app.inject({
      method: 'GET',
      url: `/api/sessions/${session.id}/registrations/me`,
      headers: { cookie: espoo[0]?.cookie ?? '' },
    });
    expect(gone.statusCode).toBe(404);
  });

  it('refuses a city without seats, and a full session without a waiting list', async () => {
    const espooOnly = await createSession(t.app, coordinator.cookie, {
      seats: { espoo: 1 },
      waitlist: false,
    });
    const [osanPerson] = await people(t.app, 'osan', 1);
    const noSeats = await t.app.inject({
      method: 'POST',
      url: `/api/sessions/${espooOnly.id}/registrations`,
      headers: { cookie: osanPerson?.cookie ?? '' },
    });
    expect(noSeats.statusCode).toBe(409);
    expect(noSeats.json().code).toBe('NO_SEATS_FOR_CITY');
    const [first, second] = await people(t.app, 'espoo', 2);
    await t.app.inject({
      method: 'POST',
      url: `/api/sessions/${espooOnly.id}/registrations`,
      headers: { cookie: first?.cookie ?? '' },
    });
    const full = await t.app.inject({
      method: 'POST',
      url: `/api/sessions/${espooOnly.id}/registrations`,
      headers: { cookie: second?.cookie ?? '' },
    });
    expect(full.statusCode).toBe(409);
    expect(full.json().code).toBe('SESSION_FULL');
    // The one with the seat asking again hears that they are registered, not that it is full.
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/sessions/${espooOnly.id}/registrations`,
      headers: { cookie: first?.cookie ?? '' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('ALREADY_REGISTERED');
    // Leaving and coming back takes a seat again (the registration row is reused).
    const left = await t.app.inject({
      method: 'DELETE',
      url: `/api/sessions/${espooOnly.id}/registrations/me`,
      headers: { cookie: first?.cookie ?? '' },
    });
    expect(left.statusCode).toBe(204);
    const back = await t.app.inject({
      method: 'POST',
      url: `/api/sessions/${espooOnly.id}/registrations`,
      headers: { cookie: first?.cookie ?? '' },
    });
    expect(back.statusCode).toBe(201);
    expect(back.json()).toEqual({ status: 'confirmed' });
    const seats = (await t.app.inject({ method: 'GET', url: `/api/sessions/${espooOnly.id}` })).json().seats;
    expect(seats.espoo).toEqual({ total: 1, confirmed: 1, waiting: 0 });
  });

  it('never overbooks under concurrent registrations, and keeps arrival order on the waiting list', async () => {
    const session = await createSession(t.app, coordinator.cookie, { seats: { espoo: 5, osan: 5 } });
    const crowd = [...(await people(t.app, 'espoo', 15)), ...(await people(t.app, 'osan', 15))];
    const responses = await Promise.all(
      crowd.map((person) =>
        t.app.inject({
          method: 'POST',
          url: `/api/sessions/${session.id}/registrations`,
          headers: { cookie: person.cookie },
        }),
      ),
    );
    expect(responses.every((r) => r.statusCode === 201)).toBe(true);
    const outcomes = responses.map((r) => r.json() as { status: string; position?: number });
    expect(outcomes.filter((o) => o.status === 'confirmed')).toHaveLength(10);
    const state = (await t.app.inject({ method: 'GET', url: `/api/sessions/${session.id}` })).json();
    expect(state.seats).toEqual({
      espoo: { total: 5, confirmed: 5, waiting: 10 },
      osan: { total: 5, confirmed: 5, waiting: 10 },
    });
    const positions = (
      await t.app.inject({
        method: 'GET',
        url: `/api/sessions/${session.id}/participants`,
        headers: { cookie: coordinator.cookie },
      })
    ).json() as { cityId: string; status: string; position: number }[];
    for (const city of ['espoo', 'osan']) {
      const waiting = positions
        .filter((p) => p.cityId === city && p.status === 'waitlisted')
        .map((p) => p.position);
      const confirmed = positions
        .filter((p) => p.cityId === city && p.status === 'confirmed')
        .map((p) => p.position);
      expect(Math.max(...confirmed)).toBeLessThan(Math.min(...waiting));
    }
  });

  it('refuses seats below a city’s confirmed people with 422 and changes nothing', async () => {
    const session = await createSession(t.app, coordinator.cookie, { seats: { espoo: 5, osan: 2 } });
    const espoo = await people(t.app, 'espoo', 3);
    const osan = await people(t.app, 'osan', 3);
    for (const person of [...espoo, ...osan]) {
      await t.app.inject({
        method: 'POST',
        url: `/api/sessions/${session.id}/registrations`,
        headers: { cookie: person.cookie },
      });
    }
    const before = (await t.app.inject({ method: 'GET', url: `/api/sessions/${session.id}` })).json();
    expect(before.seats).toEqual({
      espoo: { total: 5, confirmed: 3, waiting: 0 },
      osan: { total: 2, confirmed: 2, waiting: 1 },
    });
    const patch = (payload: Record<string, unknown>) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/sessions/${session.id}`,
        headers: { cookie: coordinator.cookie },
        payload,
      });

    // Alone, with a quota that would be fine, and with other changes: each refusal saves nothing.
    for (const [payload, confirmed] of [
      [{ seats: { espoo: 1 } }, 3],
      [{ seats: { espoo: 2 } }, 3],
      [{ seats: { espoo: 3, osan: 1 } }, 2],
      [{ seats: { osan: 0 }, title: { en: 'Renamed' }, durationMinutes: 30 }, 2],
    ] as const) {
      const refused = await patch(payload);
      expect(refused.statusCode, JSON.stringify(payload)).toBe(422);
      // The coordinator reads Finnish: the message names the count.
      expect(refused.json()).toEqual({
        code: 'SEATS_BELOW_CONFIRMED',
        message: `Vahvistettuja osallistujia on jo ${confirmed}: paikkoja ei voi olla vähemmän.`,
      });
    }
    const after = (await t.app.inject({ method: 'GET', url: `/api/sessions/${session.id}` })).json();
    expect(after).toEqual(before);

    // Exactly the confirmed count is allowed; more seats still go to the first in line.
    const exact = await patch({ seats: { espoo: 3, osan: 3 } });
    expect(exact.statusCode).toBe(200);
    expect(exact.json().seats).toEqual({
      espoo: { total: 3, confirmed: 3, waiting: 0 },
      osan: { total: 3, confirmed: 3, waiting: 0 },
    });
  });
});

describe('changes, cancellation and calendars', () => {
  it('raises the sequence on a material change and on cancellation; the .ics keeps its UID', async () => {
    const session = await createSession(t.app, coordinator.cookie, { startsAt: '2027-10-31T08:00:00Z' });
    const [person] = await people(t.app, 'osan', 1, 'ko');
    await t.app.inject({
      method: 'POST',
      url: `/api/sessions/${session.id}/registrations`,
      headers: { cookie: person?.cookie ?? '' },
    });

    const ics = async () => {
      const response = await t.app.inject({ method: 'GET', url: `/api/sessions/${session.id}/calendar.ics` });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/calendar/);
      const component = new ICAL.Component(ICAL.parse(response.body));
      const event = component.getFirstSubcomponent('vevent');
      if (event === null) throw new Error('no VEVENT');
      return {
        uid: event.getFirstPropertyValue('uid'),
        sequence: Number(event.getFirstPropertyValue('sequence')),
        start: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
        stamp: event.getFirstPropertyValue('dtstamp'),
        status: event.getFirstPropertyValue('status'),
        method: component.getFirstPropertyValue('method'),
      };
    };
    const before = await ics();
    expect(before).toMatchObject({ sequence: 0, start: '2027-10-31T08:00:00.000Z', status: 'CONFIRMED' });
    expect(before.stamp).not.toBeNull();

    const unchanged = await t.app.inject({
      method: 'PATCH',
      url: `/api/sessions/${session.id}`,
      headers: { cookie: coordinator.cookie },
      payload: { audience: 'everyone' },
    });
    expect(unchanged.json().sequence).toBe(0);

    const moved = await t.app.inject({
      method: 'PATCH',
      url: `/api/sessions/${session.id}`,
      headers: { cookie: coordinator.cookie },
      payload: { startsAt: '2027-11-01T08:00:00Z' },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().sequence).toBe(1);
    // After the October change Espoo is UTC+2 again: 10:00 in Espoo, 17:00 in Osan.
    expect(moved.json().localTimes).toEqual({
      espoo: '2027-11-01T10:00:00+02:00',
      osan: '2027-11-01T17:00:00+09:00',
    });
    const after = await ics();
    expect(after.uid).toBe(before.uid);
    expect(after.sequence).toBe(1);
    expect(after.start).toBe('2027-11-01T08:00:00.000Z');

    const cancelled = await t.app.inject({
      method: 'POST',
      url: `/api/sessions/${session.id}/cancel`,
      headers: { cookie: coordinator.cookie },
    });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', sequence: 2 });
    const final = await ics();
    expect(final).toMatchObject({ uid: before.uid, sequence: 2, status: 'CANCELLED', method: 'CANCEL' });

    const mails = await mailsTo(person?.email ?? '');
    const bySubject = (prefix: string) => mails.find((m) => m.subject.startsWith(prefix));
    expect(mails.map((m) => m.subject).sort()).toEqual(
      [
        '참가가 확정되었어요: Maker workshops in libraries',
        '변경 안내: Maker workshops in libraries',
        '취소 안내: Maker workshops in libraries',
      ].sort(),
    );
    expect(bySubject('변경 안내')?.body_text).toContain('17:00');
    expect(bySubject('취소 안내')?.attachments).toContain('METHOD:CANCEL');
    const late = await t.app.inject({
      method: 'POST',
      url: `/api/sessions/${session.id}/registrations`,
      headers: { cookie: (await people(t.app, 'espoo', 1))[0]?.cookie ?? '' },
    });
    expect(late.json().code).toBe('SESSION_CANCELLED');
  });

  it('serves a private calendar feed with REFRESH-INTERVAL until it is revoked', async () => {
    const session = await createSession(t.app, coordinator.cookie, { startsAt: '2027-02-02T08:00:00Z' });
    const [person] = await people(t.app, 'espoo', 1);
    await t.app.inject({
      method: 'POST',
      url: `/api/sessions/${session.id}/registrations`,
      headers: { cookie: person?.cookie ?? '' },
    });
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/me/calendar-feed',
      headers: { cookie: person?.cookie ?? '' },
    });
    expect(created.statusCode).toBe(201);
    const path = new URL(created.json().url).pathname;
    const feed = await t.app.inject({ method: 'GET', url: path });
    expect(feed.statusCode).toBe(200);
    expect(feed.body).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H');
    const events = new ICAL.Component(ICAL.parse(feed.body)).getAllSubcomponents('vevent');
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual([`${session.id}@silta`]);
    await t.app.inject({
      method: 'DELETE',
      url: '/api/me/calendar-feed',
      headers: { cookie: person?.cookie ?? '' },
    });
    expect((await t.app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
  });
});

describe('the video link', () => {
  it('is given to confirmed registrants only, from 15 minutes before the start until the end', async () => {
    const session = await createSession(t.app, coordinator.cookie, {
      startsAt: '2026-11-27T08:00:00Z',
      durationMinutes: 60,
      seats: { espoo: 1 },
    });
    const [confirmed, waiting] = await people(t.app, 'espoo', 2);
    for (const person of [confirmed, waiting]) {
      await t.app.inject({
        method: 'POST',
        url: `/api/sessions/${session.id}/registrations`,
        headers: { cookie: person?.cookie ?? '' },
      });
    }
    const join = (cookie: string) =>
      t.app.inject({ method: 'GET', url: `/api/sessions/${session.id}/join`, headers: { cookie } });
    try {
      clock.set('2026-11-27T07:44:00Z');
      expect((await join(confirmed?.cookie ?? '')).json().code).toBe('NOT_LIVE');
      clock.set('2026-11-27T07:45:00Z');
      const open = await join(confirmed?.cookie ?? '');
      expect(open.statusCode).toBe(200);
      expect(open.json().url).toMatch(/^https:\/\/meet\.jit\.si\/silta-[0-9a-f]{32}$/);
      expect((await join(waiting?.cookie ?? '')).json().code).toBe('NOT_REGISTERED');
      clock.set('2026-11-27T09:00:00Z');
      expect((await join(confirmed?.cookie ?? '')).json().code).toBe('NOT_LIVE');
      const other = await createSession(t.app, coordinator.cookie, { startsAt: '2026-11-28T08:00:00Z' });
      const otherJoin = await t.app.inject({
        method: 'GET',
        url: `/api/sessions/${other.id}/join`,
        headers: { cookie: confirmed?.cookie ?? '' },
      });
      expect(otherJoin.statusCode).toBe(403);
    } finally {
      clock.set('2026-11-26T08:00:00Z');
    }
  });
});

describe('reminders', () => {
  it('queues the 24 h and 1 h reminders once each, in each person’s language and zone', async () => {
    const session = await createSession(t.app, coordinator.cookie, { startsAt: '2026-12-01T15:00:00Z' });
    const [fi] = await people(t.app, 'espoo', 1, 'fi');
    const [ko] = await people(t.app, 'osan', 1, 'ko');
    for (const person of [fi, ko]) {
      await t.app.inject({
        method: 'POST',
        url: `/api/sessions/${session.id}/registrations`,
        headers: { cookie: person?.cookie ?? '' },
      });
    }
    const subjects = async (email: string) => (await mailsTo(email)).map((m) => m.subject);
    try {
      clock.set('2026-11-30T14:00:00Z'); // 25 h before: nothing due
      await t.app.silta.services.sessions.sendDueReminders();
      expect(await subjects(fi?.email ?? '')).toHaveLength(1); // the confirmation only
      clock.set('2026-11-30T15:30:00Z');
      await t.app.silta.services.sessions.sendDueReminders();
      await t.app.silta.services.sessions.sendDueReminders(); // a second run (or instance) sends nothing more
      expect(await subjects(fi?.email ?? '')).toEqual([
        'Paikkasi on vahvistettu: Maker workshops in libraries',
        'Huomenna: Maker workshops in libraries',
      ]);
      const korean = await mailsTo(ko?.email ?? '');
      expect(korean.at(-1)?.subject).toBe('내일이에요: Maker workshops in libraries');
      // 15:00Z is 17:00 in Espoo and 00:00 the next day in Osan.
      expect(korean.at(-1)?.body_text).toContain('0:00');
      clock.set('2026-12-01T14:10:00Z');
      await Promise.all([
        t.app.silta.services.sessions.sendDueReminders(),
        t.app.silta.services.sessions.sendDueReminders(),
      ]);
      expect((await subjects(fi?.email ?? '')).at(-1)).toBe('Tunnin kuluttua: Maker workshops in libraries');
      expect(await subjects(fi?.email ?? '')).toHaveLength(3);

      // Delivered over real SMTP by two workers (as after a restart, or on two instances): once each.
      const smtp = await startSmtpPeer();
      try {
        const workers = [1, 2].map(() =>
          createMailWorker({
            db: t.database.db,
            clock,
            smtpUrl: smtp.url,
            from: 'silta@silta.test',
            log: quietLog,
          }),
        );
        // Each pass takes at most a batch, and earlier tests left mail queued too: drain the outbox.
        for (let pass = 0; pass < 50; pass += 1) {
          const sent = await Promise.all(workers.map((worker) => worker.deliverDue()));
          if (sent.every((count) => count === 0)) break;
        }
        await Promise.all(workers.map((worker) => worker.deliverDue()));
        await Promise.all(workers.map((worker) => worker.stop()));
        const toFi = smtp.received.filter((m) => m.to.includes(fi?.email ?? ''));
        const reminders = toFi.filter((m) => /Subject: (=\?UTF-8\?[^\n]*|Huomenna|Tunnin)/.test(m.raw));
        expect(toFi.length).toBe(
          (
            await t.database.db
              .selectFrom('outbox')
              .select('id')
              .where('recipient', '=', fi?.email ?? '')
              .execute()
          ).length,
        );
        expect(reminders.length).toBeGreaterThanOrEqual(2);
        expect(new Set(toFi.map((m) => /Message-ID: (<[^>]+>)/i.exec(m.raw)?.[1])).size).toBe(toFi.length);
      } finally {
        await smtp.close();
      }
    } finally {
      clock.set('2026-11-26T08:00:00Z');
    }
  });
});

describe('POST /api/scheduling/suggest', () => {
  it('finds Espoo school-class hours that are Osan after-school hours, explained in the caller’s language', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/scheduling/suggest?lang=fi',
      headers: { cookie: coordinator.cookie },
      payload: {
        durationMinutes: 60,
        from: '2027-03-22',
        to: '2027-04-02',
        audience: { espoo: 'school', osan: 'youth' },
        cities: ['espoo', 'osan'],
        count: 5,
      },
    });
    expect(response.statusCode).toBe(200);
    const { slots } = response.json() as {
      slots: {
        startsAt: string;
        localTimes: Record<string, string>;
        score: number;
        reasons: { code: string; text: string }[];
      }[];
    };
    expect(slots.length).toBeGreaterThan(0);
    for (const slot of slots) {
      const espooHour = Number(slot.localTimes.espoo?.slice(11, 13));
      const osanHour = Number(slot.localTimes.osan?.slice(11, 13));
      expect(espooHour).toBeGreaterThanOrEqual(8);
      expect(espooHour).toBeLessThan(15);
      expect(osanHour).toBeGreaterThanOrEqual(15);
      expect(osanHour).toBeLessThan(21);
      expect(slot.reasons.length).toBeGreaterThan(0);
      for (const reason of slot.reasons) expect(reason.text).not.toMatch(/[{}]/);
    }
    expect(slots.map((s) => s.score)).toEqual([...slots.map((s) => s.score)].sort((a, b) => b - a));
  });

  it('finds only weekend hours for youth of both cities, never on Seollal', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/scheduling/suggest',
      headers: { cookie: coordinator.cookie },
      payload: {
        durationMinutes: 60,
        from: '2027-02-01',
        to: '2027-02-28',
        audience: 'youth',
        cities: ['espoo', 'osan'],
        count: 20,
      },
    });
    const { slots } = response.json() as { slots: { localTimes: Record<string, string> }[] };
    expect(slots.length).toBeGreaterThan(0);
    for (const slot of slots) {
      for (const local of Object.values(slot.localTimes)) {
        const date = local.slice(0, 10);
        const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
        expect([0, 6], local).toContain(weekday);
        // Seollal 2027: 6–8 February (and a substitute day on the 9th).
        expect(['2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09']).not.toContain(date);
      }
    }
  });

  it('weighs invitees’ free time in their own zones and rotates the inconvenient hour', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/scheduling/suggest',
      headers: { cookie: coordinator.cookie },
      payload: {
        durationMinutes: 60,
        from: '2027-03-06',
        to: '2027-03-07',
        audience: 'everyone',
        cities: ['espoo', 'osan'],
        count: 3,
        invitees: [
          { id: 'a', timeZone: 'Asia/Seoul', weekly: [{ weekday: 6, start: '19:00', end: '21:00' }] },
          { id: 'b', timeZone: 'Europe/Helsinki', weekly: [{ weekday: 6, start: '12:00', end: '14:00' }] },
        ],
        fairnessHistory: [
          { early: ['espoo'], late: [] },
          { early: ['espoo'], late: [] },
        ],
      },
    });
    expect(response.statusCode).toBe(200);
    const { slots } = response.json() as {
      slots: {
        localTimes: Record<string, string>;
        reasons: { code: string }[];
        burden: { early: string[] };
      }[];
    };
    const best = slots[0];
    // Saturday 19:00–20:00 in Osan is 12:00–13:00 in Espoo: both invitees are free.
    expect(best?.localTimes.osan).toBe('2027-03-06T19:00:00+09:00');
    expect(best?.reasons.map((r) => r.code)).toContain('invitees_available');
    expect(best?.burden.early).not.toContain('espoo');
  });

  it('weighs who carried the early or late hour at the saved occurrences of a series', async () => {
    // Three Tuesdays at 09:00 in Espoo (16:00 in Osan): early for Espoo's "everyone" hours each time.
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/series',
      headers: { cookie: coordinator.cookie },
      payload: {
        ...sessionBody({ startsAt: '2027-01-12T07:00:00Z', durationMinutes: 60 }),
        recurrence: { everyWeeks: 1, count: 3 },
      },
    });
    expect(created.statusCode).toBe(201);
    const seriesId = created.json().id as string;
    // Each occurrence names its series (the edit form passes it on); a single session names none.
    const occurrence = await t.app.inject({
      method: 'GET',
      url: `/api/sessions/${created.json().sessions[0].id}`,
    });
    expect(occurrence.json().seriesId).toBe(seriesId);
    const single = await createSession(t.app, coordinator.cookie, { startsAt: '2027-01-13T07:00:00Z' });
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/sessions/${single.id}` })).json().seriesId,
    ).toBeNull();
    type Slot = {
      startsAt: string;
      score: number;
      burden: { early: string[]; late: string[] };
      reasons: { code: string; city?: string; earlyCount?: number; carriesNow?: boolean }[];
    };
    const suggest = async (extra: Record<string, unknown>) => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/scheduling/suggest',
        headers: { cookie: coordinator.cookie },
        payload: {
          durationMinutes: 60,
          // A Saturday clear of Seollal (6–8 February 2027).
          from: '2027-02-13',
          to: '2027-02-13',
          audience: 'everyone',
          cities: ['espoo', 'osan'],
          count: 30,
          gridMinutes: 60,
          ...extra,
        },
      });
      expect(response.statusCode).toBe(200);
      return (response.json() as { slots: Slot[] }).slots;
    };
    const plain = await suggest({});
    const fair = await suggest({ seriesId });
    const earlyInEspoo = fair.find((slot) => slot.burden.early.includes('espoo'));
    const lateInOsan = fair.find((slot) => slot.burden.late.includes('osan'));
    expect(earlyInEspoo).toBeDefined();
    expect(lateInOsan).toBeDefined();
    // Espoo carried the early hour three times: asking it again weighs less than before.
    expect(earlyInEspoo?.reasons).toContainEqual(
      expect.objectContaining({ code: 'fairness', city: 'espoo', earlyCount: 3, carriesNow: true }),
    );
    const scoreWithout = (slot: Slot | undefined) =>
      plain.find((other) => other.startsAt === slot?.startsAt)?.score;
    expect(earlyInEspoo?.score).toBeLessThan(scoreWithout(earlyInEspoo) ?? 0);
    // Osan carried nothing: its late hour weighs as before.
    expect(lateInOsan?.score).toBe(scoreWithout(lateInOsan));

    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/scheduling/suggest',
      headers: { cookie: coordinator.cookie },
      payload: {
        durationMinutes: 60,
        from: '2027-02-13',
        to: '2027-02-13',
        audience: 'everyone',
        cities: ['espoo'],
        seriesId: 'no-such-series',
      },
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('refuses bad ranges and unknown cities with 422, and members with 403', async () => {
    // An audience per city that leaves a city out is malformed, like any other body error.
    const partial = await t.app.inject({
      method: 'POST',
      url: '/api/scheduling/suggest',
      headers: { cookie: coordinator.cookie, 'accept-language': 'fi' },
      payload: {
        durationMinutes: 60,
        from: '2027-03-01',
        to: '2027-03-10',
        audience: { espoo: 'school' },
        cities: ['espoo', 'osan'],
      },
    });
    expect(partial.statusCode).toBe(400);
    expect(partial.json().code).toBe('VALIDATION_FAILED');
    for (const payload of [
      { durationMinutes: 60, from: '2027-03-10', to: '2027-03-01', audience: 'staff', cities: ['espoo'] },
      { durationMinutes: 60, from: '2027-02-30', to: '2027-03-01', audience: 'staff', cities: ['espoo'] },
      { durationMinutes: 0, from: '2027-03-01', to: '2027-03-10', audience: 'staff', cities: ['espoo'] },
      { durationMinutes: 60, from: '2027-03-01', to: '2027-03-10', audience: 'staff', cities: ['atlantis'] },
    ]) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/scheduling/suggest',
        headers: { cookie: coordinator.cookie },
        payload,
      });
      expect(response.statusCode, JSON.stringify(payload)).toBe(422);
    }
    const [member] = await people(t.app, 'espoo', 1);
    const forbidden = await t.app.inject({
      method: 'POST',
      url: '/api/scheduling/suggest',
      headers: { cookie: member?.cookie ?? '' },
      payload: {
        durationMinutes: 60,
        from: '2027-03-01',
        to: '2027-03-10',
        audience: 'staff',
        cities: ['espoo'],
      },
    });
    expect(forbidden.statusCode).toBe(403);
  });
});

describe('GET /api/events', () => {
  it('publishes public sessions as schema.org Events with offsets, zone, mode and capacity', async () => {
    const session = await createSession(t.app, coordinator.cookie, {
      startsAt: '2027-06-15T12:00:00Z',
      mode: 'hybrid',
      venues: { espoo: 'Sello Library, Maker space' },
      title: { en: 'Resident gardens', ko: '주민 정원' },
    });
    const response = await t.app.inject({ method: 'GET', url: '/api/events?from=2027-06-15&to=2027-06-15' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/application\/ld\+json/);
    const body = response.json();
    expect(body['@context'][0]).toBe('https://schema.org');
    expect(body['@context'][1].name).toEqual({ '@id': 'schema:name', '@container': '@language' });
    const event = body['@graph'].find((e: { identifier: string }) => e.identifier === session.id);
    expect(event).toMatchObject({
      '@type': 'Event',
      name: { en: 'Resident gardens', ko: '주민 정원' },
      startDate: '2027-06-15T15:00:00+03:00',
      endDate: '2027-06-15T16:30:00+03:00',
      'silta:timeZone': 'Europe/Helsinki',
      eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      remainingAttendeeCapacity: 10,
      inLanguage: ['en', 'ko'],
    });
    expect(JSON.stringify(event)).not.toContain('meet.jit.si');
    const later = await t.app.inject({
      method: 'GET',
      url: `/api/events?modifiedSince=${encodeURIComponent('2099-01-01T00:00:00Z')}`,
    });
    expect(later.json()['@graph']).toEqual([]);
  });
});

describe('demo content', () => {
  it('seeds a year of sessions across topics at hours the slot finder chose for both cities', async () => {
    const demo = await createTestApp({ clock: fixedClock('2026-11-26T08:00:00Z'), demo: true });
    try {
      const list = await demo.app.inject({
        method: 'GET',
        url: '/api/sessions?from=2026-12-01&to=2027-12-31&limit=200',
      });
      const { items, total } = list.json() as {
        items: { topics: string[]; localTimes: Record<string, string> }[];
        total: number;
      };
      expect(total).toBeGreaterThanOrEqual(20);
      expect(new Set(items.flatMap((s) => s.topics)).size).toBeGreaterThanOrEqual(8);
      for (const session of items) {
        for (const local of Object.values(session.localTimes)) {
          const hour = Number(local.slice(11, 13));
          expect(hour, local).toBeGreaterThanOrEqual(8);
          expect(hour, local).toBeLessThan(21);
        }
      }
    } finally {
      await demo.close();
    }
  });
});

describe('recurring series', () => {
  it('keeps the anchor city’s wall-clock time and tells Osan a week before the hour moves there', async () => {
    // Weekly at 10:00 in Espoo from 14 March 2027: Finland moves to summer time on 28 March, so the
    // Osan hour goes from 17:00 to 16:00 on the third occurrence.
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/series',
      headers: { cookie: coordinator.cookie },
      payload: {
        ...sessionBody({ startsAt: '2027-03-14T08:00:00Z' }),
        recurrence: { everyWeeks: 1, count: 4 },
      },
    });
    expect(created.statusCode).toBe(201);
    const series = created.json() as {
      id: string;
      sessions: { id: string; localTimes: Record<string, string> }[];
      shifts: {
        sessionId: string;
        city: string;
        previousLocalTime: string;
        localTime: string;
        minutesMoved: number;
      }[];
    };
    expect(series.sessions.map((s) => s.localTimes.espoo)).toEqual([
      '2027-03-14T10:00:00+02:00',
      '2027-03-21T10:00:00+02:00',
      '2027-03-28T10:00:00+03:00',
      '2027-04-04T10:00:00+03:00',
    ]);
    expect(series.sessions.map((s) => s.localTimes.osan?.slice(11, 16))).toEqual([
      '17:00',
      '17:00',
      '16:00',
      '16:00',
    ]);
    expect(series.shifts).toEqual([
      {
        sessionId: series.sessions[2]?.id,
        city: 'osan',
        startsAt: '2027-03-28T07:00:00.000Z',
        previousLocalTime: '2027-03-21T17:00:00+09:00',
        localTime: '2027-03-28T16:00:00+09:00',
        minutesMoved: -60,
      },
    ]);

    // The series as one recurring event keeps Espoo's wall-clock time through the change.
    const ics = await t.app.inject({ method: 'GET', url: `/api/series/${series.id}/calendar.ics` });
    expect(ics.statusCode).toBe(200);
    expect(ics.body).toContain('BEGIN:VTIMEZONE');
    expect(ics.body).toContain('TZID:Europe/Helsinki');
    expect(ics.body).toMatch(/RRULE:FREQ=WEEKLY;COUNT=4/);
    const calendar = new ICAL.Component(ICAL.parse(ics.body));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const vevent = calendar.getFirstSubcomponent('vevent');
    if (vevent === null) throw new Error('no VEVENT');
    const expansion = new ICAL.Event(vevent).iterator();
    const starts: string[] = [];
    for (let next = expansion.next(); next !== null && starts.length < 4; next = expansion.next()) {
      starts.push(next.toJSDate().toISOString());
    }
    expect(starts).toEqual([
      '2027-03-14T08:00:00.000Z',
      '2027-03-21T08:00:00.000Z',
      '2027-03-28T07:00:00.000Z',
      '2027-04-04T07:00:00.000Z',
    ]);

    const [osanPerson] = await people(t.app, 'osan', 1, 'ko');
    const [espooPerson] = await people(t.app, 'espoo', 1, 'fi');
    for (const person of [osanPerson, espooPerson]) {
      const all = await t.app.inject({
        method: 'POST',
        url: `/api/series/${series.id}/registrations`,
        headers: { cookie: person?.cookie ?? '' },
      });
      expect(all.statusCode).toBe(201);
      expect(Object.values(all.json())).toEqual([
        { status: 'confirmed' },
        { status: 'confirmed' },
        { status: 'confirmed' },
        { status: 'confirmed' },
      ]);
    }
    try {
      clock.set('2027-03-21T06:00:00Z'); // a week before the move
      await t.app.silta.services.sessions.sendDstNotices();
      await t.app.silta.services.sessions.sendDstNotices();
      const osanMail = (await mailsTo(osanPerson?.email ?? '')).filter((m) =>
        m.subject.startsWith('이번 주부터'),
      );
      expect(osanMail).toHaveLength(1);
      expect(osanMail[0]?.body_text).toContain('17:00');
      expect(osanMail[0]?.body_text).toContain('16:00');
      // Espoo's wall-clock time does not move: no notice there.
      const espooMail = (await mailsTo(espooPerson?.email ?? '')).filter((m) =>
        m.subject.startsWith('Uusi alkamisaika'),
      );
      expect(espooMail).toEqual([]);
    } finally {
      clock.set('2026-11-26T08:00:00Z');
    }
  });
});

describe('my sessions and drafts', () => {
  it('lists a person’s sessions with their status, and shows a city’s drafts to its own staff only', async () => {
    const open = await createSession(t.app, coordinator.cookie, {
      startsAt: '2027-08-10T09:00:00Z',
      seats: { espoo: 1 },
    });
    const draft = await createSession(t.app, coordinator.cookie, {
      startsAt: '2027-08-11T09:00:00Z',
      status: 'draft',
    });
    const later = await createSession(t.app, coordinator.cookie, {
      startsAt: '2027-08-12T09:00:00Z',
      seats: { espoo: 5 },
    });
    const [first, second, third] = await people(t.app, 'espoo', 3);
    for (const person of [first, second, third]) {
      await t.app.inject({
        method: 'POST',
        url: `/api/sessions/${open.id}/registrations`,
        headers: { cookie: person?.cookie ?? '' },
      });
    }
    await t.app.inject({
      method: 'POST',
      url: `/api/sessions/${later.id}/registrations`,
      headers: { cookie: third?.cookie ?? '' },
    });
    const mine = async (cookie: string) => {
      const response = await t.app.inject({ method: 'GET', url: '/api/me/sessions', headers: { cookie } });
      expect(response.statusCode).toBe(200);
      return response
        .json()
        .items.map((i: { session: { id: string }; registration: unknown }) => [i.session.id, i.registration]);
    };
    expect(await mine(second?.cookie ?? '')).toEqual([[open.id, { status: 'waitlisted', position: 1 }]]);
    expect(await mine(third?.cookie ?? '')).toEqual([
      [open.id, { status: 'waitlisted', position: 2 }],
      [later.id, { status: 'confirmed' }],
    ]);
    // The first in line leaving moves the next one up.
    await t.app.inject({
      method: 'DELETE',
      url: `/api/sessions/${open.id}/registrations/me`,
      headers: { cookie: second?.cookie ?? '' },
    });
    expect((await mine(third?.cookie ?? ''))[0]).toEqual([open.id, { status: 'waitlisted', position: 1 }]);
    const august = '/api/sessions?from=2027-08-01&to=2027-08-31';
    const ids = async (cookie?: string) =>
      (await t.app.inject({ method: 'GET', url: august, ...(cookie ? { headers: { cookie } } : {}) }))
        .json()
        .items.map((s: { id: string }) => s.id);
    expect(await ids()).not.toContain(draft.id);
    expect(await ids(coordinator.cookie)).toContain(draft.id);
    expect(await ids(osanFacilitator.cookie)).not.toContain(draft.id);
  });
});

describe('deleting an account', () => {
  it('frees the person’s seats for the next in line, who is told', async () => {
    const session = await createSession(t.app, coordinator.cookie, {
      startsAt: '2027-09-01T09:00:00Z',
      seats: { espoo: 1 },
    });
    const [leaving, waiting] = await people(t.app, 'espoo', 2, 'sv');
    for (const person of [leaving, waiting]) {
      await t.app.inject({
        method: 'POST',
        url: `/api/sessions/${session.id}/registrations`,
        headers: { cookie: person?.cookie ?? '' },
      });
    }
    const deleted = await t.app.inject({
      method: 'DELETE',
      url: '/api/me',
      headers: { cookie: leaving?.cookie ?? '' },
    });
    expect(deleted.statusCode).toBe(204);
    const status = await t.app.inject({
      method: 'GET',
      url: `/api/sessions/${session.id}/registrations/me`,
      headers: { cookie: waiting?.cookie ?? '' },
    });
    expect(status.json()).toEqual({ status: 'confirmed' });
    const state = (await t.app.inject({ method: 'GET', url: `/api/sessions/${session.id}` })).json();
    expect(state.seats.espoo).toEqual({ total: 1, confirmed: 1, waiting: 0 });
    const told = (await mailsTo(waiting?.email ?? '')).map((m) => m.subject);
    expect(told).toContain('En plats blev ledig för dig: Maker workshops in libraries');
  });
});

describe('restricted sessions', () => {
  it('link e-mails, calendars and my sessions to the page their owner registered', async () => {
    // A service of its own, so that the kinds registered here stay out of the app's.
    const sessions = createSessionsService({
      repo: createSessionsRepository(t.database.db, clock),
      partnership: t.app.silta.services.partnership,
      clock,
      publicUrl: t.config.publicUrl,
      videoBaseUrl: t.config.videoBaseUrl,
    });
    const roomPage = (roomId: string) => `/rooms/${roomId}`;
    sessions.restrictedPages.register('room', roomPage);
    sessions.restrictedPages.register('room', roomPage); // the owner built twice: harmless
    expect(() => sessions.restrictedPages.register('room', (roomId) => `/elsewhere/${roomId}`)).toThrow();

    const staff = {
      userId: coordinator.id,
      cityId: 'espoo',
      roles: [{ role: 'coordinator' as const, cityId: 'espoo' }],
    };
    const body = (startsAt: string, title: string) =>
      sessionBody({ startsAt, title: { en: title }, seats: { espoo: 3 } }) as SessionBody;
    const inRoom = await sessions.create(
      staff,
      body('2027-11-02T09:00:00Z', 'Room meeting'),
      'en',
      null,
      'room:r1',
    );
    const unowned = await sessions.create(
      staff,
      body('2027-11-03T09:00:00Z', 'Unowned'),
      'en',
      null,
      'nobody:x',
    );
    const [person] = await people(t.app, 'espoo', 1);
    const actor = { userId: person?.id ?? '', cityId: 'espoo', roles: [] };
    await sessions.register(inRoom.id, actor, 'room:r1');
    await sessions.register(unowned.id, actor, 'nobody:x');

    // A kind nobody registered keeps the session's own page.
    const pages = (await sessions.mine(actor, 'en')).items.map((item) => [item.session.id, item.page]);
    expect(pages).toEqual([
      [inRoom.id, '/rooms/r1'],
      [unowned.id, `/sessions/${unowned.id}`],
    ]);
    const roomLink = `${t.config.publicUrl}/rooms/r1`;
    const confirmation = (await mailsTo(person?.email ?? '')).find((mail) =>
      mail.subject.includes('Room meeting'),
    );
    expect(confirmation?.body_text).toContain(roomLink);
    expect(confirmation?.body_text).not.toContain(inRoom.id);

    const { url } = await sessions.createFeed(actor);
    const feed = await sessions.feed(/\/api\/calendar\/([\w-]+)\.ics$/.exec(url)?.[1] ?? '', 'en');
    const events = new ICAL.Component(ICAL.parse(feed ?? '')).getAllSubcomponents('vevent');
    const inRoomEvent = events.find((event) => event.getFirstPropertyValue('uid') === `${inRoom.id}@silta`);
    expect(inRoomEvent?.getFirstPropertyValue('url')).toBe(roomLink);
    expect(String(inRoomEvent?.getFirstPropertyValue('description'))).toContain(roomLink);
  });
});

describe('abuse limits', () => {
  it('ends a register/leave loop in 429 RATE_LIMITED with Retry-After, for that account only', async () => {
    const limited = await createTestApp({ clock, env: { ABUSE_RATE_LIMIT_SCALE: '1' } });
    try {
      const staff = await staffMember(limited.app, 'coordinator', 'espoo', 'coordinator-espoo-limits');
      const session = await createSession(limited.app, staff.cookie, { seats: { espoo: 5 } });
      const [looper, other] = await people(limited.app, 'espoo', 2);
      const toggle = (cookie: string, method: 'POST' | 'DELETE') =>
        limited.app.inject({
          method,
          url: `/api/sessions/${session.id}/registrations${method === 'DELETE' ? '/me' : ''}`,
          headers: { cookie, 'accept-language': 'en' },
        });
      // Registering and leaving count alike, in one budget per account (30 an hour).
      const statuses: number[] = [];
      for (let i = 0; i < 40; i += 1) {
        const response = await toggle(looper?.cookie ?? '', i % 2 === 0 ? 'POST' : 'DELETE');
        statuses.push(response.statusCode);
        if (response.statusCode === 429) {
          expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
          expect(response.json()).toEqual({
            code: 'RATE_LIMITED',
            message: 'Too many attempts. Try again in a minute.',
          });
        }
      }
      expect(statuses.slice(0, 30).every((status) => status === 201 || status === 204)).toBe(true);
      expect(statuses.slice(30)).toEqual(Array(10).fill(429));
      // The seat the loop left with is free; the limit did not hold it.
      const other1 = await toggle(other?.cookie ?? '', 'POST');
      expect(other1.statusCode).toBe(201);
      expect(other1.json()).toEqual({ status: 'confirmed' });
      expect((await toggle(other?.cookie ?? '', 'DELETE')).statusCode).toBe(204);

      // Calendar feeds have their own, smaller budget (10 an hour).
      const feeds: number[] = [];
      for (let i = 0; i < 11; i += 1) {
        feeds.push(
          (
            await limited.app.inject({
              method: 'POST',
              url: '/api/me/calendar-feed',
              headers: { cookie: other?.cookie ?? '' },
            })
          ).statusCode,
        );
      }
      expect(feeds).toEqual([...Array(10).fill(201), 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('the language a reader gets when their own is missing', () => {
  it('gives Finnish and Swedish readers the English title of a Korean session, in the page and the .ics file', async () => {
    const session = await createSession(t.app, coordinator.cookie, {
      title: { ko: '오산 학습 실험실 소개', en: 'Osan learning labs' },
      description: { ko: '오산의 학습 실험실을 소개해요.' },
      originalLanguage: 'ko',
    });
    for (const lang of ['fi', 'sv']) {
      const page = await t.app.inject({ method: 'GET', url: `/api/sessions/${session.id}?lang=${lang}` });
      expect(page.json().display, lang).toMatchObject({ language: 'en', title: 'Osan learning labs' });
      const ics = await t.app.inject({
        method: 'GET',
        url: `/api/sessions/${session.id}/calendar.ics?lang=${lang}`,
      });
      expect(ics.body, lang).toContain('SUMMARY:Osan learning labs');
    }
    const korean = await t.app.inject({ method: 'GET', url: `/api/sessions/${session.id}?lang=ko` });
    expect(korean.json().display).toMatchObject({ language: 'ko', title: '오산 학습 실험실 소개' });
  });
});
