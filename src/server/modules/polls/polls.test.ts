import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, sessionBody, staffMember } from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { fixedClock } from '../../platform/clock.js';

const clock = fixedClock('2026-11-26T08:00:00Z');
let t: TestApp;
let coordinator: { id: string; cookie: string };

beforeAll(async () => {
  t = await createTestApp({ clock });
  coordinator = await staffMember(t.app, 'coordinator', 'espoo', 'poll-coordinator');
});
afterAll(async () => t.close());

function pollBody(overrides: Record<string, unknown> = {}) {
  const { startsAt: _startsAt, ...template } = sessionBody();
  return {
    ...template,
    title: { en: 'Youth voice workshop', ko: '청소년 목소리 워크숍' },
    options: ['2027-01-16T08:00:00Z', '2027-01-17T08:00:00Z', '2027-01-23T08:00:00+02:00'],
    ...overrides,
  };
}

describe('availability polls', () => {
  it('takes answers with and without an account, then turns the picked time into a session and tells everyone', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/polls',
      headers: { cookie: coordinator.cookie },
      payload: pollBody(),
    });
    expect(created.statusCode).toBe(201);
    const { poll, shareUrl } = created.json() as {
      poll: { id: string; options: { id: string; localTimes: Record<string, string> }[] };
      shareUrl: string;
    };
    expect(poll.options.map((o) => o.localTimes)).toEqual([
      { espoo: '2027-01-16T10:00:00+02:00', osan: '2027-01-16T17:00:00+09:00' },
      { espoo: '2027-01-17T10:00:00+02:00', osan: '2027-01-17T17:00:00+09:00' },
      { espoo: '2027-01-23T08:00:00+02:00', osan: '2027-01-23T15:00:00+09:00' },
    ]);
    const token = new URL(shareUrl).searchParams.get('token') ?? '';
    const [first, second, third] = poll.options.map((o) => o.id) as [string, string, string];

    // Without the link the poll does not exist.
    expect((await t.app.inject({ method: 'GET', url: `/api/polls/${poll.id}` })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/polls/${poll.id}?token=wrong` })).statusCode).toBe(
      404,
    );

    const guest = await t.app.inject({
      method: 'POST',
      url: `/api/polls/${poll.id}/responses?lang=ko`,
      payload: {
        token,
        name: '박서연',
        email: 'seoyeon@example.test',
        timeZone: 'Asia/Seoul',
        answers: { [first]: 'no', [second]: 'yes', [third]: 'if_need_be' },
      },
    });
    expect(guest.statusCode).toBe(201);
    const { editToken } = guest.json() as { editToken: string };
    expect(editToken).toMatch(/^[\w-]{43}$/);
    const changed = await t.app.inject({
      method: 'POST',
      url: `/api/polls/${poll.id}/responses`,
      payload: { token, editToken, answers: { [first]: 'yes', [second]: 'yes', [third]: 'no' } },
    });
    expect(changed.json().id).toBe(guest.json().id);

    const [member] = await people(t.app, 'espoo', 1, 'fi');
    const signedIn = await t.app.inject({
      method: 'POST',
      url: `/api/polls/${poll.id}/responses`,
      headers: { cookie: member?.cookie ?? '' },
      payload: { token, answers: { [first]: 'if_need_be', [second]: 'yes' } },
    });
    expect(signedIn.statusCode).toBe(201);
    expect(signedIn.json()).not.toHaveProperty('editToken');

    const view = (await t.app.inject({ method: 'GET', url: `/api/polls/${poll.id}?token=${token}` })).json();
    expect(
      view.options.map((o: { yes: number; ifNeedBe: number; no: number }) => [o.yes, o.ifNeedBe, o.no]),
    ).toEqual([
      [1, 1, 0],
      [2, 0, 0],
      [0, 0, 1],
    ]);
    expect(view.responses).toHaveLength(2);

    const bad = await t.app.inject({
      method: 'POST',
      url: `/api/polls/${poll.id}/responses`,
      payload: { token, name: 'X', answers: { 'not-an-option': 'yes' } },
    });
    expect(bad.statusCode).toBe(400);

    const picked = await t.app.inject({
      method: 'POST',
      url: `/api/polls/${poll.id}/pick`,
      headers: { cookie: coordinator.cookie },
      payload: { optionId: second },
    });
    expect(picked.statusCode).toBe(201);
    const { session } = picked.json() as { session: { id: string; startsAt: string; status: string } };
    expect(session).toMatchObject({ startsAt: '2027-01-17T08:00:00.000Z', status: 'published' });

    const guestMail = await t.database.db
      .selectFrom('outbox')
      .selectAll()
      .where('recipient', '=', 'seoyeon@example.test')
      .execute();
    expect(guestMail.map((m) => m.subject)).toEqual(['시간이 정해졌어요: 청소년 목소리 워크숍']);
    expect(guestMail[0]?.body_text).toContain('17:00');
    const memberMail = await t.database.db
      .selectFrom('outbox')
      .select('subject')
      .where('recipient', '=', member?.email ?? '')
      .where('subject', 'like', 'Aika on valittu%')
      .execute();
    expect(memberMail).toHaveLength(1);

    const again = await t.app.inject({
      method: 'POST',
      url: `/api/polls/${poll.id}/pick`,
      headers: { cookie: coordinator.cookie },
      payload: { optionId: first },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('POLL_CLOSED');
    const late = await t.app.inject({
      method: 'POST',
      url: `/api/polls/${poll.id}/responses`,
      payload: { token, name: 'Late', answers: { [first]: 'yes' } },
    });
    expect(late.json().code).toBe('POLL_CLOSED');
  });

  it('refuses past or unparseable times and an invalid session template before saving anything', async () => {
    for (const [overrides, code] of [
      [{ options: ['2026-11-25T08:00:00Z', '2027-01-01T08:00:00Z'] }, 'START_IN_PAST'],
      [{ options: ['2027-01-01 10:00', '2027-01-02T08:00:00Z'] }, 'INVALID_START'],
      [{ anchorTimeZone: 'Nowhere/City' }, 'UNKNOWN_TIME_ZONE'],
      [{ seats: { atlantis: 3 } }, 'UNKNOWN_CITY'],
    ] as const) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/polls',
        headers: { cookie: coordinator.cookie },
        payload: pollBody(overrides),
      });
      expect(response.statusCode, JSON.stringify(overrides)).toBe(422);
      expect(response.json().code).toBe(code);
    }
    const [member] = await people(t.app, 'osan', 1);
    const forbidden = await t.app.inject({
      method: 'POST',
      url: '/api/polls',
      headers: { cookie: member?.cookie ?? '' },
      payload: pollBody(),
    });
    expect(forbidden.statusCode).toBe(403);
  });
});
