import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, staffMember } from '../../../../test/support/factories.js';
import { createTestApp, signUp, type TestApp } from '../../../../test/support/test-app.js';
import { createDoubleElimination } from '../../../core/tournament/index.js';
import { fixedClock } from '../../platform/clock.js';

// Thursday 26 November 2026, 10:00 in Espoo, 17:00 in Osan.
const clock = fixedClock('2026-11-26T08:00:00Z');
let t: TestApp;
let espooCoordinator: { id: string; cookie: string };
let osanFacilitator: { id: string; cookie: string };

interface MatchView {
  id: string;
  key: string;
  round: number;
  bracket: string | null;
  entrant1Id: string | null;
  entrant2Id: string | null;
  status: string;
  winnerId: string | null;
  scores: [number, number] | null;
  localTimes: Record<string, string>;
}

beforeAll(async () => {
  t = await createTestApp({ clock });
  espooCoordinator = await staffMember(t.app, 'coordinator', 'espoo', 'esports-coordinator-espoo');
  osanFacilitator = await staffMember(t.app, 'facilitator', 'osan', 'esports-facilitator-osan');
});
afterAll(async () => t.close());

async function post(app: FastifyInstance, url: string, cookie: string | undefined, payload?: unknown) {
  return app.inject({
    method: 'POST',
    url,
    headers: cookie === undefined ? {} : { cookie },
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });
}

async function tournament(body: Record<string, unknown>, cookie = espooCoordinator.cookie) {
  const response = await post(t.app, '/api/esports/tournaments', cookie, body);
  if (response.statusCode !== 201) throw new Error(`create: ${response.statusCode} ${response.body}`);
  return response.json() as { id: string; format: string; status: string };
}

async function entrants(tournamentId: string, names: string[], cookie = espooCoordinator.cookie) {
  const ids: string[] = [];
  for (const [i, name] of names.entries()) {
    const response = await post(t.app, `/api/esports/tournaments/${tournamentId}/entrants`, cookie, {
      name,
      cityId: i % 2 === 0 ? 'espoo' : 'osan',
      rating: 2000 - i * 10,
    });
    if (response.statusCode !== 201) throw new Error(`entrant: ${response.statusCode} ${response.body}`);
    ids.push(response.json().id);
  }
  return ids;
}

async function matchesOf(tournamentId: string): Promise<MatchView[]> {
  const response = await t.app.inject({
    method: 'GET',
    url: `/api/esports/tournaments/${tournamentId}/matches`,
  });
  expect(response.statusCode).toBe(200);
  return response.json();
}

/** A result for side 0 (or 1) winning a best-of-N 2-0 style. */
function win(match: MatchView, side: 0 | 1, bestOf = 1) {
  const need = Math.floor(bestOf / 2) + 1;
  return {
    winnerId: side === 0 ? match.entrant1Id : match.entrant2Id,
    scores: side === 0 ? [need, 0] : [0, need],
  };
}

describe('contract: tournaments, entrants, start, matches, results', () => {
  it('creates a tournament with 201 and refuses bad input with a code and a message in the caller’s language', async () => {
    const created = await post(t.app, '/api/esports/tournaments', espooCoordinator.cookie, {
      name: 'Espoo–Osan chess',
      game: 'chess',
      format: 'swiss',
      swissRounds: 3,
      bestOf: 1,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      name: 'Espoo–Osan chess',
      game: 'chess',
      format: 'swiss',
      swissRounds: 3,
    });
    expect(typeof created.json().id).toBe('string');

    for (const [body, status, code] of [
      [{ name: 'x', game: 'pong', format: 'swiss' }, 422, 'UNKNOWN_GAME'],
      [{ name: 'x', game: 'chess', format: 'ladder' }, 400, 'VALIDATION_FAILED'],
      [{ name: 'x', game: 'chess' }, 400, 'VALIDATION_FAILED'],
      [{ name: 'x', game: 'valorant', format: 'single_elimination', bestOf: 2 }, 422, 'INVALID_BEST_OF'],
      [{ name: 'x', game: 'chess', format: 'swiss', swissRounds: 0 }, 422, 'INVALID_ROUNDS'],
      [{ name: 'x', game: 'chess', format: 'swiss', entryCap: 1 }, 422, 'INVALID_ENTRY_CAP'],
      [
        {
          name: 'x',
          game: 'chess',
          format: 'swiss',
          registrationOpensAt: '2026-12-01T00:00:00Z',
          registrationClosesAt: '2026-11-30T00:00:00Z',
        },
        422,
        'INVALID_WINDOW',
      ],
      [{ name: 'x', game: 'chess', format: 'swiss', checkInOpensAt: 'tomorrow' }, 422, 'INVALID_WINDOW'],
    ] as const) {
      const response = await post(t.app, '/api/esports/tournaments?lang=ko', espooCoordinator.cookie, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(status);
      expect(response.json().code).toBe(code);
      // The coordinator's own language (Finnish) wins over ?lang=.
      expect(response.json().message).toMatch(/\S/);
      expect(response.json().message).not.toBe(code);
    }
    const bad = await post(t.app, '/api/esports/tournaments?lang=fi', espooCoordinator.cookie, {
      name: 'x',
      game: 'pong',
      format: 'swiss',
    });
    expect(bad.json().message).toBe('Valitse peli e-urheilun pelilistasta.');
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/esports/tournaments',
      headers: { cookie: espooCoordinator.cookie, 'content-type': 'application/json' },
      payload: '{"name":',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe('MALFORMED_JSON');
  });

  it('lets only coordinators and facilitators create, and only in their city', async () => {
    const anonymous = await post(t.app, '/api/esports/tournaments', undefined, {
      name: 'x',
      game: 'chess',
      format: 'swiss',
    });
    expect(anonymous.statusCode).toBe(401);
    const [member] = await people(t.app, 'espoo', 1);
    const refused = await post(t.app, '/api/esports/tournaments', member?.cookie, {
      name: 'x',
      game: 'chess',
      format: 'swiss',
    });
    expect(refused.statusCode).toBe(403);
    const otherCity = await post(t.app, '/api/esports/tournaments', osanFacilitator.cookie, {
      name: 'x',
      game: 'chess',
      format: 'swiss',
      hostCityId: 'espoo',
    });
    expect(otherCity.statusCode).toBe(403);
    const own = await tournament(
      { name: '오산 체스', game: 'chess', format: 'round_robin' },
      osanFacilitator.cookie,
    );
    expect(own).toMatchObject({ status: 'registration' });
  });

  it('runs a single elimination: byes completed, results carry winners on, a match that is not ready → 409', async () => {
    const created = await tournament({
      name: 'Tekken cup',
      game: 'tekken-8',
      format: 'single_elimination',
      bestOf: 3,
      thirdPlaceMatch: true,
    });
    const ids = await entrants(created.id, ['A', 'B', 'C', 'D', 'E', 'F']);
    const unknownCity = await post(
      t.app,
      `/api/esports/tournaments/${created.id}/entrants`,
      espooCoordinator.cookie,
      {
        name: 'G',
        cityId: 'atlantis',
      },
    );
    expect(unknownCity.statusCode).toBe(422);
    expect(unknownCity.json().code).toBe('UNKNOWN_CITY');
    const noMatchesYet = await matchesOf(created.id);
    expect(noMatchesYet).toEqual([]);

    const started = await post(
      t.app,
      `/api/esports/tournaments/${created.id}/start`,
      espooCoordinator.cookie,
    );
    expect(started.statusCode).toBe(200);
    expect(started.json().status).toBe('running');
    const again = await post(t.app, `/api/esports/tournaments/${created.id}/start`, espooCoordinator.cookie);
    expect(again.statusCode).toBe(409);
    const late = await post(
      t.app,
      `/api/esports/tournaments/${created.id}/entrants`,
      espooCoordinator.cookie,
      {
        name: 'Late',
        cityId: 'espoo',
      },
    );
    expect(late.statusCode).toBe(409);

    const matches = await matchesOf(created.id);
    const byes = matches
      .filter((m) => m.entrant1Id === null || m.entrant2Id === null)
      .filter((m) => m.round === 1);
    expect(byes).toHaveLength(2);
    for (const bye of byes) {
      expect(bye.status).toBe('completed');
      expect(bye.scores).toBeNull();
      expect([ids[0], ids[1]]).toContain(bye.winnerId);
    }
    for (const m of matches) {
      expect(Object.keys(m).sort()).toEqual(
        expect.arrayContaining([
          'id',
          'round',
          'bracket',
          'entrant1Id',
          'entrant2Id',
          'status',
          'winnerId',
          'scores',
        ]),
      );
      expect(m.bracket).toBe('winners');
    }
    const final = matches.find((m) => m.key === 'W3-1') as MatchView;
    const notReady = await post(t.app, `/api/esports/matches/${final.id}/result`, espooCoordinator.cookie, {
      winnerId: null,
      scores: [2, 0],
    });
    expect(notReady.statusCode).toBe(409);
    expect(notReady.json().code).toBe('MATCH_NOT_READY');
    const bye = byes[0] as MatchView;
    const onBye = await post(
      t.app,
      `/api/esports/matches/${bye.id}/result`,
      espooCoordinator.cookie,
      win(bye, 0, 3),
    );
    expect(onBye.statusCode).toBe(409);

    const first = matches.find((m) => m.round === 1 && m.status === 'ready') as MatchView;
    for (const [body, code] of [
      [{ winnerId: first.entrant1Id, scores: [3, 0] }, 'SCORE_INCONSISTENT'],
      [{ winnerId: first.entrant2Id, scores: [2, 0] }, 'WINNER_MISMATCH'],
      [{ winnerId: null, scores: [1, 1] }, 'DRAW_NOT_ALLOWED'],
    ] as const) {
      const refused = await post(
        t.app,
        `/api/esports/matches/${first.id}/result`,
        espooCoordinator.cookie,
        body,
      );
      expect(refused.statusCode, code).toBe(422);
      expect(refused.json().code).toBe(code);
    }
    const result = await post(t.app, `/api/esports/matches/${first.id}/result`, espooCoordinator.cookie, {
      winnerId: first.entrant2Id,
      scores: [1, 2],
    });
    expect(result.statusCode).toBe(200);
    expect(result.json()).toMatchObject({ status: 'completed', winnerId: first.entrant2Id, scores: [1, 2] });
    const after = await matchesOf(created.id);
    const next = after.find(
      (m) => m.round === 2 && (m.entrant1Id === first.entrant2Id || m.entrant2Id === first.entrant2Id),
    );
    expect(next).toBeDefined();
    const twice = await post(t.app, `/api/esports/matches/${first.id}/result`, espooCoordinator.cookie, {
      winnerId: first.entrant1Id,
      scores: [2, 0],
    });
    expect(twice.statusCode).toBe(409);

    // Play it out: the tournament completes, standings rank by the stage reached.
    for (;;) {
      const ready = (await matchesOf(created.id)).find((m) => m.status === 'ready');
      if (ready === undefined) break;
      const done = await post(
        t.app,
        `/api/esports/matches/${ready.id}/result`,
        espooCoordinator.cookie,
        win(ready, 0, 3),
      );
      expect(done.statusCode).toBe(200);
    }
    const finished = await t.app.inject({ method: 'GET', url: `/api/esports/tournaments/${created.id}` });
    expect(finished.json().status).toBe('completed');
    const standings = (
      await t.app.inject({ method: 'GET', url: `/api/esports/tournaments/${created.id}/standings` })
    ).json();
    expect(standings).toHaveLength(6);
    expect(standings.map((s: { rank: number }) => s.rank).slice(0, 4)).toEqual([1, 2, 3, 4]);
  });

  it('runs a Swiss round by round: ROUND_INCOMPLETE, 201 for the next round, 409 after the last, standings with Buchholz', async () => {
    const created = await tournament({ name: 'Chess Swiss', game: 'chess', format: 'swiss', swissRounds: 3 });
    await entrants(created.id, ['A', 'B', 'C', 'D', 'E', 'F', 'G']);
    expect(
      (await post(t.app, `/api/esports/tournaments/${created.id}/start`, espooCoordinator.cookie)).statusCode,
    ).toBe(200);
    const round1 = await matchesOf(created.id);
    expect(round1).toHaveLength(4);
    const bye = round1.find((m) => m.entrant2Id === null) as MatchView;
    expect(bye).toMatchObject({ status: 'completed', bracket: null, round: 1 });
    const early = await post(t.app, `/api/esports/tournaments/${created.id}/rounds`, espooCoordinator.cookie);
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('ROUND_INCOMPLETE');
    const seen = new Set<string>();
    for (let round = 1; round <= 3; round += 1) {
      const ready = (await matchesOf(created.id)).filter((m) => m.status === 'ready');
      for (const [i, match] of ready.entries()) {
        const pair = [match.entrant1Id, match.entrant2Id].sort().join('|');
        expect(seen.has(pair), 'no rematch').toBe(false);
        seen.add(pair);
        // Chess allows draws in a Swiss: the first board is drawn.
        const body = i === 0 ? { winnerId: null, scores: [0.5, 0.5] } : win(match, 1);
        const response = await post(
          t.app,
          `/api/esports/matches/${match.id}/result`,
          espooCoordinator.cookie,
          body,
        );
        expect(response.statusCode, response.body).toBe(200);
      }
      if (round < 3) {
        const next = await post(
          t.app,
          `/api/esports/tournaments/${created.id}/rounds`,
          espooCoordinator.cookie,
        );
        expect(next.statusCode).toBe(201);
        expect(next.json().round).toBe(round + 1);
        expect(next.json().matches.length).toBe(4);
      }
    }
    const over = await post(t.app, `/api/esports/tournaments/${created.id}/rounds`, espooCoordinator.cookie);
    expect(over.statusCode).toBe(409);
    const standings = (
      await t.app.inject({ method: 'GET', url: `/api/esports/tournaments/${created.id}/standings` })
    ).json();
    expect(standings).toHaveLength(7);
    expect(standings[0]).toEqual(
      expect.objectContaining({
        rank: 1,
        entrantId: expect.any(String),
        points: expect.any(Number),
        wins: expect.any(Number),
        draws: expect.any(Number),
        losses: expect.any(Number),
        buchholz: expect.any(Number),
      }),
    );
    const points = standings.map((s: { points: number }) => s.points);
    expect([...points].sort((a, b) => b - a)).toEqual(points);
    expect(points.reduce((a: number, b: number) => a + b, 0)).toBe(3 * 3 + 3); // 3 boards + 1 bye per round
  });

  it('runs a double elimination and a round robin', async () => {
    const de = await tournament({
      name: 'RL double',
      game: 'rocket-league',
      format: 'double_elimination',
      bestOf: 3,
    });
    await entrants(de.id, ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    await post(t.app, `/api/esports/tournaments/${de.id}/start`, espooCoordinator.cookie);
    const matches = await matchesOf(de.id);
    expect(new Set(matches.map((m) => m.bracket))).toEqual(new Set(['winners', 'losers', 'grand_final']));
    for (;;) {
      const ready = (await matchesOf(de.id)).find((m) => m.status === 'ready');
      if (ready === undefined) break;
      await post(t.app, `/api/esports/matches/${ready.id}/result`, espooCoordinator.cookie, win(ready, 0, 3));
    }
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/esports/tournaments/${de.id}` })).json().status,
    ).toBe('completed');
    // The winners-bracket champion won the first grand final: the reset is not shown.
    expect((await matchesOf(de.id)).filter((m) => m.bracket === 'grand_final')).toHaveLength(1);

    const rr = await tournament({
      name: 'TFT table',
      game: 'teamfight-tactics',
      format: 'round_robin',
      doubleRoundRobin: true,
    });
    await entrants(rr.id, ['A', 'B', 'C']);
    await post(t.app, `/api/esports/tournaments/${rr.id}/start`, espooCoordinator.cookie);
    const table = await matchesOf(rr.id);
    expect(table).toHaveLength(6);
    expect(table.every((m) => m.bracket === null && m.status === 'ready')).toBe(true);
  });

  it('persists a started bracket exactly as the core drew it (one bulk insert), and lists its round', async () => {
    // 37 entrants: a 64 bracket with 27 byes, so the written rows mix every kind of slot.
    const de = await tournament({
      name: 'Bulk double',
      game: 'tekken-8',
      format: 'double_elimination',
      bestOf: 3,
    });
    const names = Array.from({ length: 37 }, (_, i) => `P${i + 1}`);
    const ids = await entrants(de.id, names);
    const started = await post(t.app, `/api/esports/tournaments/${de.id}/start`, espooCoordinator.cookie);
    expect(started.statusCode).toBe(200);
    expect(started.json()).toMatchObject({ status: 'running', currentRound: expect.any(Number) });
    const drawn = createDoubleElimination(
      ids.map((id, i) => ({ id, rating: 2000 - i * 10 })),
      { bestOf: 3 },
    );
    expect(started.json().currentRound).toBe(Math.max(...drawn.matches.map((m) => m.round)));
    const shown = (m: {
      key: string;
      round: number;
      bracket: string | null;
      entrant1Id: string | null;
      entrant2Id: string | null;
      status: string;
      winnerId: string | null;
    }) => [m.key, m.round, m.bracket, m.entrant1Id, m.entrant2Id, m.status, m.winnerId].join(' ');
    const persisted = (await matchesOf(de.id)).map(shown);
    const expected = drawn.matches
      .filter((m) => m.status !== 'skipped')
      .map((m) =>
        shown({
          key: m.id,
          round: m.round,
          bracket: m.bracket,
          entrant1Id: m.slots[0].entrantId,
          entrant2Id: m.slots[1].entrantId,
          status: m.status,
          winnerId: m.winnerId,
        }),
      );
    expect(persisted).toEqual(expected);
    // Seeds were written in one statement too: by rating.
    const seeded = (
      await t.app.inject({ method: 'GET', url: `/api/esports/tournaments/${de.id}/entrants` })
    ).json() as Array<{ id: string; seed: number }>;
    expect(ids.map((id) => seeded.find((e) => e.id === id)?.seed)).toEqual(names.map((_, i) => i + 1));
    // The list shows each tournament's round, and answers in the language asked for.
    const listed = await t.app.inject({ method: 'GET', url: '/api/esports/tournaments?limit=200&lang=fi' });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().find((x: { id: string }) => x.id === de.id)).toMatchObject({
      currentRound: started.json().currentRound,
    });
    const refused = await t.app.inject({ method: 'GET', url: '/api/esports/tournaments?limit=0&lang=sv' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toMatch(/Begäran/);
  });
});

describe('report, confirm, dispute, organizer decision; ratings', () => {
  async function playerTournament() {
    const created = await tournament({
      name: 'Hearthstone open',
      game: 'hearthstone',
      format: 'single_elimination',
      bestOf: 3,
    });
    const [a, b] = [await signUp(t.app, { cityId: 'espoo' }), await signUp(t.app, { cityId: 'osan' })];
    for (const player of [a, b]) {
      const entered = await post(
        t.app,
        `/api/esports/tournaments/${created.id}/registrations`,
        player.cookie,
        {},
      );
      expect(entered.statusCode, entered.body).toBe(201);
    }
    const twice = await post(t.app, `/api/esports/tournaments/${created.id}/registrations`, a.cookie, {});
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('ALREADY_ENTERED');
    await post(t.app, `/api/esports/tournaments/${created.id}/start`, espooCoordinator.cookie);
    const [match] = await matchesOf(created.id);
    const list = (
      await t.app.inject({ method: 'GET', url: `/api/esports/tournaments/${created.id}/entrants` })
    ).json();
    const entrantOf = (userName: string) =>
      list.find((e: { name: string }) => e.name === userName).id as string;
    const aId = entrantOf(a.body.displayName);
    const bId = entrantOf(b.body.displayName);
    return { created, match: match as MatchView, a, b, aId, bId };
  }

  it('a side reports, the other confirms: the match completes and Glicko-2 ratings move with history', async () => {
    const { match, a, b, aId, bId } = await playerTournament();
    const aSide = match.entrant1Id === aId ? 0 : 1;
    const outsider = (await people(t.app, 'espoo', 1))[0];
    const stranger = await post(
      t.app,
      `/api/esports/matches/${match.id}/result`,
      outsider?.cookie,
      win(match, 0, 3),
    );
    expect(stranger.statusCode).toBe(403);
    expect(stranger.json().code).toBe('NOT_IN_MATCH');

    const reported = await post(t.app, `/api/esports/matches/${match.id}/result`, a.cookie, {
      winnerId: aId,
      scores: aSide === 0 ? [2, 1] : [1, 2],
    });
    expect(reported.statusCode).toBe(200);
    expect(reported.json()).toMatchObject({
      status: 'reported',
      winnerId: null,
      report: { byEntrantId: aId, winnerId: aId },
    });
    const again = await post(t.app, `/api/esports/matches/${match.id}/result`, a.cookie, {
      winnerId: aId,
      scores: aSide === 0 ? [2, 0] : [0, 2],
    });
    expect(again.json().code).toBe('ALREADY_REPORTED');
    const selfConfirm = await post(t.app, `/api/esports/matches/${match.id}/confirm`, a.cookie);
    expect(selfConfirm.statusCode).toBe(409);
    const confirmed = await post(t.app, `/api/esports/matches/${match.id}/confirm`, b.cookie);
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toMatchObject({ status: 'completed', winnerId: aId });

    const history = await t.app.inject({
      method: 'GET',
      url: `/api/esports/games/hearthstone/ratings/${a.me.id}`,
    });
    expect(history.statusCode).toBe(200);
    expect(history.json()).toHaveLength(1);
    expect(history.json()[0]).toMatchObject({ system: 'glicko2', matchId: match.id });
    expect(history.json()[0].rating).toBeGreaterThan(1500);
    const loser = (
      await t.app.inject({ method: 'GET', url: `/api/esports/games/hearthstone/ratings/${b.me.id}` })
    ).json();
    expect(loser[0].rating).toBeLessThan(1500);
    expect(bId).not.toBe(aId);
  });

  it('a dispute with a reason freezes the match until an organizer decides', async () => {
    const { match, a, b, aId, bId } = await playerTournament();
    const aSide = match.entrant1Id === aId ? 0 : 1;
    await post(t.app, `/api/esports/matches/${match.id}/result`, a.cookie, {
      winnerId: aId,
      scores: aSide === 0 ? [2, 0] : [0, 2],
    });
    const blank = await post(t.app, `/api/esports/matches/${match.id}/dispute`, b.cookie, { reason: '   ' });
    expect(blank.statusCode).toBe(422);
    expect(blank.json().code).toBe('REASON_REQUIRED');
    const disputed = await post(t.app, `/api/esports/matches/${match.id}/dispute`, b.cookie, {
      reason: 'The second game was won by me; screenshot sent to the organizer.',
    });
    expect(disputed.statusCode).toBe(200);
    expect(disputed.json()).toMatchObject({ status: 'disputed', dispute: { byEntrantId: bId } });
    for (const [cookie, url] of [
      [b.cookie, 'confirm'],
      [a.cookie, 'confirm'],
    ] as const) {
      const frozen = await post(t.app, `/api/esports/matches/${match.id}/${url}`, cookie);
      expect(frozen.statusCode).toBe(409);
      expect(frozen.json().code).toBe('MATCH_DISPUTED');
    }
    const decided = await post(t.app, `/api/esports/matches/${match.id}/result`, osanFacilitator.cookie, {
      winnerId: bId,
      scores: aSide === 0 ? [1, 2] : [2, 1],
    });
    expect(decided.statusCode).toBe(200);
    expect(decided.json()).toMatchObject({ status: 'completed', winnerId: bId });
  });

  it('two conflicting results at once leave exactly one outcome', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const created = await tournament({
        name: `Race ${attempt}`,
        game: 'tekken-8',
        format: 'double_elimination',
      });
      await entrants(created.id, ['A', 'B', 'C', 'D']);
      await post(t.app, `/api/esports/tournaments/${created.id}/start`, espooCoordinator.cookie);
      const match = (await matchesOf(created.id)).find((m) => m.status === 'ready') as MatchView;
      const responses = await Promise.all([
        post(t.app, `/api/esports/matches/${match.id}/result`, espooCoordinator.cookie, win(match, 0)),
        post(t.app, `/api/esports/matches/${match.id}/result`, osanFacilitator.cookie, win(match, 1)),
      ]);
      const statuses = responses.map((r) => r.statusCode).sort();
      expect(statuses).toEqual([200, 409]);
      const winner = responses.find((r) => r.statusCode === 200)?.json().winnerId;
      const after = await matchesOf(created.id);
      expect(after.find((m) => m.id === match.id)?.winnerId).toBe(winner);
      const loser = winner === match.entrant1Id ? match.entrant2Id : match.entrant1Id;
      // The winner went on in the winners bracket, the loser dropped to the losers bracket, once each.
      const slots = after.flatMap((m) =>
        [m.entrant1Id, m.entrant2Id].map((e) => ({ e, bracket: m.bracket, id: m.id })),
      );
      expect(
        slots.filter((s) => s.e === winner && s.bracket === 'winners' && s.id !== match.id),
      ).toHaveLength(1);
      expect(slots.filter((s) => s.e === loser && s.bracket === 'losers')).toHaveLength(1);
      expect(slots.filter((s) => s.e === loser && s.bracket === 'winners' && s.id !== match.id)).toHaveLength(
        0,
      );
    }
  });

  it('two sides reporting different results at once: one report stands, the other is refused', async () => {
    const { match, a, b, aId, bId } = await playerTournament();
    const aSide = match.entrant1Id === aId ? 0 : 1;
    const responses = await Promise.all([
      post(t.app, `/api/esports/matches/${match.id}/result`, a.cookie, {
        winnerId: aId,
        scores: aSide === 0 ? [2, 0] : [0, 2],
      }),
      post(t.app, `/api/esports/matches/${match.id}/result`, b.cookie, {
        winnerId: bId,
        scores: aSide === 0 ? [0, 2] : [2, 0],
      }),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const refused = responses.find((r) => r.statusCode === 409);
    expect(refused?.json().code).toBe('RESULT_CONFLICT');
    const stood = responses.find((r) => r.statusCode === 200)?.json();
    const now = (await t.app.inject({ method: 'GET', url: `/api/esports/matches/${match.id}` })).json();
    expect(now.status).toBe('reported');
    expect(now.report.byEntrantId).toBe(stood.report.byEntrantId);
  });
});

describe('entry caps, registration and check-in windows, no-shows', () => {
  it('holds the entry cap under concurrent entries', async () => {
    const created = await tournament({ name: 'Capped', game: 'chess', format: 'swiss', entryCap: 4 });
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        post(t.app, `/api/esports/tournaments/${created.id}/entrants`, espooCoordinator.cookie, {
          name: `P${i}`,
          cityId: 'espoo',
        }),
      ),
    );
    expect(responses.filter((r) => r.statusCode === 201)).toHaveLength(4);
    expect(responses.filter((r) => r.statusCode === 409).map((r) => r.json().code)).toEqual(
      Array(4).fill('TOURNAMENT_FULL'),
    );
    const list = (
      await t.app.inject({ method: 'GET', url: `/api/esports/tournaments/${created.id}/entrants` })
    ).json();
    expect(list).toHaveLength(4);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/esports/tournaments/${created.id}` })).json()
        .entrantCount,
    ).toBe(4);
  });

  it('opens registration only within its window and leaves no-shows out at the start', async () => {
    const created = await tournament({
      name: 'Windowed',
      game: 'chess',
      format: 'round_robin',
      registrationOpensAt: '2026-11-27T08:00:00Z',
      registrationClosesAt: '2026-11-28T08:00:00Z',
      checkInOpensAt: '2026-11-28T08:00:00Z',
      checkInClosesAt: '2026-11-28T09:00:00Z',
    });
    const players = await people(t.app, 'espoo', 3);
    // Without any body at all: still a clear 409, not a validation error.
    const early = await post(
      t.app,
      `/api/esports/tournaments/${created.id}/registrations`,
      players[0]?.cookie,
    );
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('REGISTRATION_CLOSED');
    clock.set('2026-11-27T12:00:00Z');
    try {
      for (const player of players) {
        expect(
          (await post(t.app, `/api/esports/tournaments/${created.id}/registrations`, player.cookie, {}))
            .statusCode,
        ).toBe(201);
      }
      const notYet = await post(
        t.app,
        `/api/esports/tournaments/${created.id}/check-in`,
        players[0]?.cookie,
        {},
      );
      expect(notYet.json().code).toBe('CHECK_IN_CLOSED');
      clock.set('2026-11-28T08:30:00Z');
      for (const player of players.slice(0, 2)) {
        const checked = await post(
          t.app,
          `/api/esports/tournaments/${created.id}/check-in`,
          player.cookie,
          {},
        );
        expect(checked.statusCode).toBe(200);
        expect(checked.json().status).toBe('checked_in');
      }
      clock.set('2026-11-28T09:05:00Z');
      expect(
        (await post(t.app, `/api/esports/tournaments/${created.id}/start`, espooCoordinator.cookie))
          .statusCode,
      ).toBe(200);
      const list = (
        await t.app.inject({ method: 'GET', url: `/api/esports/tournaments/${created.id}/entrants` })
      ).json();
      expect(list.map((e: { status: string }) => e.status).sort()).toEqual([
        'checked_in',
        'checked_in',
        'no_show',
      ]);
      const noShow = list.find((e: { status: string }) => e.status === 'no_show').id;
      const matches = await matchesOf(created.id);
      expect(matches).toHaveLength(1);
      expect([matches[0]?.entrant1Id, matches[0]?.entrant2Id]).not.toContain(noShow);
    } finally {
      clock.set('2026-11-26T08:00:00Z');
    }
  });

  it('records a no-show in a running match as a walkover (organizer), without touching ratings', async () => {
    const created = await tournament({
      name: 'Walkover',
      game: 'tekken-8',
      format: 'single_elimination',
      bestOf: 3,
    });
    await entrants(created.id, ['A', 'B']);
    await post(t.app, `/api/esports/tournaments/${created.id}/start`, espooCoordinator.cookie);
    const [match] = await matchesOf(created.id);
    const forfeited = await post(t.app, `/api/esports/matches/${match?.id}/result`, espooCoordinator.cookie, {
      winnerId: match?.entrant2Id,
      scores: [0, 0],
      forfeit: true,
    });
    expect(forfeited.statusCode).toBe(200);
    expect(forfeited.json()).toMatchObject({
      status: 'completed',
      winnerId: match?.entrant2Id,
      forfeit: true,
      scores: [0, 2],
    });
    const history = await t.app.inject({
      method: 'GET',
      url: `/api/esports/games/tekken-8/ratings/${match?.entrant2Id}`,
    });
    expect(history.json()).toEqual([]);
  });
});

describe('latency advice', () => {
  it('gives the contract’s figures and advice per class, and for a game', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/esports/latency?from=espoo&to=osan&game=valorant',
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.distanceKm).toBeGreaterThan(7000);
    expect(body.distanceKm).toBeLessThan(7200);
    expect(body.minRttMs).toBeGreaterThanOrEqual(70);
    expect(body.minRttMs).toBeLessThanOrEqual(72);
    expect(body.typicalRttMs[0]).toBeGreaterThanOrEqual(220);
    expect(body.typicalRttMs[1]).toBeLessThanOrEqual(310);
    expect(body.advice.turn_based.code).toBe('play_as_is');
    expect(body.advice.latency_tolerant.code).toBe('neutral_server');
    expect(body.advice.latency_sensitive.code).toBe('two_legs');
    expect(body.game).toMatchObject({
      id: 'valorant',
      latencyClass: 'latency_sensitive',
      advice: { code: 'two_legs' },
    });
    const chess = (
      await t.app.inject({ method: 'GET', url: '/api/esports/latency?from=osan&to=espoo&game=chess&lang=ko' })
    ).json();
    expect(chess.game.advice.code).toBe('play_as_is');
    expect(chess.summary).toContain('에스포');
    expect(chess.game.advice.explanation).toMatch(/요\.$/);
  });

  it('answers bad input with 400 or 422, never a 500', async () => {
    const missing = await t.app.inject({ method: 'GET', url: '/api/esports/latency?from=espoo' });
    expect(missing.statusCode).toBe(400);
    const unknown = await t.app.inject({
      method: 'GET',
      url: '/api/esports/latency?from=espoo&to=atlantis&lang=sv',
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({ code: 'UNKNOWN_CITY' });
    const game = await t.app.inject({
      method: 'GET',
      url: '/api/esports/latency?from=espoo&to=osan&game=pong',
    });
    expect(game.json().code).toBe('UNKNOWN_GAME');
  });
});

describe('match windows across cities', () => {
  it('suggests times inside both cities’ youth hours with both local times, and schedules by agreement', async () => {
    const created = await tournament({
      name: 'Cross-city',
      game: 'rocket-league',
      format: 'single_elimination',
      bestOf: 3,
    });
    await entrants(created.id, ['Espoo team', 'Osan team']);
    await post(t.app, `/api/esports/tournaments/${created.id}/start`, espooCoordinator.cookie);
    const [match] = await matchesOf(created.id);
    const response = await t.app.inject({ method: 'GET', url: `/api/esports/matches/${match?.id}/windows` });
    expect(response.statusCode).toBe(200);
    const windows = response.json() as Array<{
      startsAt: string;
      endsAt: string;
      localTimes: Record<string, string>;
    }>;
    expect(windows.length).toBeGreaterThan(0);
    for (const w of windows) {
      expect(Object.keys(w.localTimes).sort()).toEqual(['espoo', 'osan']);
      const hour = (iso: string | undefined) => Number(iso?.slice(11, 13));
      const durationH = (Date.parse(w.endsAt) - Date.parse(w.startsAt)) / 3_600_000;
      for (const city of ['espoo', 'osan']) {
        expect(hour(w.localTimes[city])).toBeGreaterThanOrEqual(10);
        expect(hour(w.localTimes[city]) + durationH).toBeLessThanOrEqual(21);
      }
      expect(Date.parse(w.startsAt)).toBeGreaterThan(Date.parse('2026-11-26T08:00:00Z'));
    }
    const chosen = windows[0]?.startsAt as string;
    const set = await post(t.app, `/api/esports/matches/${match?.id}/schedule`, espooCoordinator.cookie, {
      startsAt: chosen,
    });
    expect(set.statusCode).toBe(200);
    expect(set.json().scheduledAt).toBe(new Date(chosen).toISOString());
    expect(Object.keys(set.json().localTimes).sort()).toEqual(['espoo', 'osan']);
    const past = await post(t.app, `/api/esports/matches/${match?.id}/schedule`, espooCoordinator.cookie, {
      startsAt: '2026-11-01T10:00:00Z',
    });
    expect(past.statusCode).toBe(422);
    expect(past.json().code).toBe('START_IN_PAST');
  });
});

describe('directory: games, clubs, teams and the youth rules', () => {
  it('lists the games catalogue with latency classes and lets organizers add one', async () => {
    const games = (await t.app.inject({ method: 'GET', url: '/api/esports/games' })).json();
    expect(games.find((g: { id: string }) => g.id === 'chess')).toMatchObject({
      latencyClass: 'turn_based',
      ratingSystem: 'glicko2',
    });
    expect(games.find((g: { id: string }) => g.id === 'valorant')).toMatchObject({
      latencyClass: 'latency_sensitive',
      ratingSystem: 'openskill',
    });
    const added = await post(t.app, '/api/esports/games', espooCoordinator.cookie, {
      id: 'go',
      name: 'Go',
      latencyClass: 'turn_based',
      teamSize: 1,
    });
    expect(added.statusCode).toBe(201);
    const again = await post(t.app, '/api/esports/games', espooCoordinator.cookie, {
      id: 'go',
      name: 'Go',
      latencyClass: 'turn_based',
      teamSize: 1,
    });
    expect(again.statusCode).toBe(409);
  });

  it('hides a minor’s roster profile from adults outside the club’s staff', async () => {
    const club = await post(t.app, '/api/esports/clubs', espooCoordinator.cookie, {
      name: 'Leppävaaran e-urheilijat',
      kind: 'club',
      description: {
        fi: 'Nuorten e-urheiluseura Leppävaarassa.',
        en: 'A youth e-sports club in Leppävaara.',
      },
      originalLanguage: 'fi',
      games: ['rocket-league'],
    });
    expect(club.statusCode).toBe(201);
    const clubId = club.json().id;
    const shownSv = (
      await t.app.inject({ method: 'GET', url: `/api/esports/clubs/${clubId}?lang=sv` })
    ).json();
    // A Swedish reader gets the human English text before the Finnish original (issue 14, point 4).
    expect(shownSv.shown.description).toMatchObject({ language: 'en', source: 'human' });
    const shownEn = (
      await t.app.inject({ method: 'GET', url: `/api/esports/clubs/${clubId}?lang=en` })
    ).json();
    expect(shownEn.shown.description).toMatchObject({ language: 'en', source: 'human' });
    const noOriginal = await post(t.app, '/api/esports/clubs', espooCoordinator.cookie, {
      name: 'X',
      kind: 'club',
      description: { en: 'Only English' },
      originalLanguage: 'fi',
    });
    expect(noOriginal.json().code).toBe('ORIGINAL_TEXT_REQUIRED');

    const coach = await signUp(t.app, { cityId: 'espoo' });
    expect(
      (
        await post(t.app, `/api/esports/clubs/${clubId}/staff`, espooCoordinator.cookie, {
          userId: coach.me.id,
        })
      ).statusCode,
    ).toBe(204);
    const team = await post(t.app, '/api/esports/teams', coach.cookie, {
      name: 'Leppis RL',
      gameId: 'rocket-league',
      clubId,
    });
    expect(team.statusCode).toBe(201);
    const teamId = team.json().id;
    // 15 in Espoo (majority 18): a minor. 18 in Osan would still be a minor there (majority 19).
    const minor = await signUp(t.app, { cityId: 'espoo', birthDate: '2011-03-01', displayName: 'Veeti' });
    const adult = await signUp(t.app, { cityId: 'espoo', displayName: 'Aleksi' });
    expect(
      (await post(t.app, `/api/esports/teams/${teamId}/members`, coach.cookie, { userId: adult.me.id }))
        .statusCode,
    ).toBe(201);
    // The minor is invited, and is on the roster once they accept.
    const invited = await post(t.app, `/api/esports/teams/${teamId}/members`, coach.cookie, {
      userId: minor.me.id,
    });
    expect(invited.statusCode).toBe(202);
    expect(
      (await post(t.app, `/api/esports/invitations/${invited.json().id}/accept`, minor.cookie)).statusCode,
    ).toBe(200);
    const view = async (cookie?: string) =>
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/esports/teams/${teamId}`,
          headers: cookie === undefined ? {} : { cookie },
        })
      ).json().members as Array<{
        userId: string | null;
        displayName: string | null;
        minor: boolean;
        hidden: boolean;
      }>;
    const outsider = await signUp(t.app, { cityId: 'espoo' });
    // Staff of another city and adults on the same team see no minor's profile either.
    for (const cookie of [undefined, outsider.cookie, adult.cookie, osanFacilitator.cookie]) {
      const members = await view(cookie);
      expect(members.find((m) => m.minor)).toEqual({
        userId: null,
        displayName: null,
        cityId: 'espoo',
        role: 'player',
        minor: true,
        hidden: true,
      });
      expect(members.find((m) => !m.minor)?.displayName).toBe('Aleksi');
    }
    // The club's staff (its creator and the coach) and the minor see it.
    for (const cookie of [coach.cookie, espooCoordinator.cookie, minor.cookie]) {
      const members = await view(cookie);
      expect(members.find((m) => m.minor)).toMatchObject({
        userId: minor.me.id,
        displayName: 'Veeti',
        hidden: false,
      });
    }
    const stranger = await post(t.app, `/api/esports/teams/${teamId}/members`, outsider.cookie, {
      userId: outsider.me.id,
    });
    expect(stranger.statusCode).toBe(403);
  });
});

describe('team invitations: a minor joins a roster only by accepting', () => {
  type Roster = Array<{ userId: string | null; displayName: string | null; minor: boolean }>;
  const rosterOf = async (teamId: string, cookie: string) =>
    (await t.app.inject({ method: 'GET', url: `/api/esports/teams/${teamId}`, headers: { cookie } })).json()
      .members as Roster;
  const invitationsOf = async (cookie: string) =>
    t.app.inject({ method: 'GET', url: '/api/esports/invitations', headers: { cookie } });

  it('turns an adult captain’s adding of a 13-year-old into an invitation the child answers', async () => {
    // An adult forms their own team (no club) and captains it; their name carries a phone number.
    const captain = await signUp(t.app, { cityId: 'espoo', displayName: 'Kapu 040 123 4567' });
    const team = await post(t.app, '/api/esports/teams', captain.cookie, {
      name: 'Kapun tiimi',
      gameId: 'rocket-league',
    });
    expect(team.statusCode).toBe(201);
    const teamId = team.json().id;
    const child = await signUp(t.app, { cityId: 'espoo', birthDate: '2013-06-01', displayName: 'Eemil' });
    const adult = await signUp(t.app, { cityId: 'espoo', displayName: 'Outi' });

    const adultAdded = await post(t.app, `/api/esports/teams/${teamId}/members`, captain.cookie, {
      userId: adult.me.id,
    });
    expect(adultAdded.statusCode).toBe(201);
    const invited = await post(t.app, `/api/esports/teams/${teamId}/members`, captain.cookie, {
      userId: child.me.id,
      role: 'substitute',
    });
    expect(invited.statusCode).toBe(202);
    expect(invited.json()).toMatchObject({
      team: { id: teamId, name: 'Kapun tiimi' },
      role: 'substitute',
      status: 'pending',
    });
    const invitationId = invited.json().id as string;
    // Not on the roster yet: nobody can put the child there but the child.
    expect((await rosterOf(teamId, captain.cookie)).map((m) => m.userId)).not.toContain(child.me.id);
    // No minor on the team yet: adults read the names as written; a minor reads them masked.
    const captainIn = async (cookie: string) =>
      (await rosterOf(teamId, cookie)).find((m) => m.userId === captain.me.id)?.displayName;
    expect(await captainIn(adult.cookie)).toBe('Kapu 040 123 4567');
    expect(await captainIn(child.cookie)).toContain('Kapu');
    expect(await captainIn(child.cookie)).not.toMatch(/123/);
    // Asking again leaves one pending invitation.
    const again = await post(t.app, `/api/esports/teams/${teamId}/members`, captain.cookie, {
      userId: child.me.id,
    });
    expect(again.statusCode).toBe(202);
    expect(again.json().id).toBe(invitationId);

    const mine = await invitationsOf(child.cookie);
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toHaveLength(1);
    const [shown] = mine.json();
    expect(shown).toMatchObject({ id: invitationId, team: { id: teamId }, status: 'pending' });
    // The child reads the inviter's name without the phone number.
    expect(shown.invitedBy).toContain('Kapu');
    expect(shown.invitedBy).not.toMatch(/123/);

    // Only the invitee answers: the captain and another person hear of no such invitation.
    for (const cookie of [captain.cookie, adult.cookie]) {
      const refused = await post(t.app, `/api/esports/invitations/${invitationId}/accept`, cookie);
      expect(refused.statusCode).toBe(404);
      expect(refused.json().code).toBe('NOT_FOUND');
    }
    expect((await invitationsOf(captain.cookie)).json()).toEqual([]);

    // Declined: nothing changes on the roster; the captain may ask again, and the child accepts.
    const declined = await post(t.app, `/api/esports/invitations/${invitationId}/decline`, child.cookie);
    expect(declined.statusCode).toBe(204);
    expect((await invitationsOf(child.cookie)).json()).toEqual([]);
    expect((await rosterOf(teamId, captain.cookie)).map((m) => m.userId)).not.toContain(child.me.id);
    expect(
      (await post(t.app, `/api/esports/invitations/${invitationId}/accept`, child.cookie)).statusCode,
    ).toBe(404);
    const renewed = await post(t.app, `/api/esports/teams/${teamId}/members`, captain.cookie, {
      userId: child.me.id,
    });
    expect(renewed.statusCode).toBe(202);
    const accepted = await post(t.app, `/api/esports/invitations/${renewed.json().id}/accept`, child.cookie);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().members).toContainEqual(
      expect.objectContaining({ userId: child.me.id, role: 'player', minor: true }),
    );
    expect(
      (await post(t.app, `/api/esports/invitations/${renewed.json().id}/accept`, child.cookie)).statusCode,
    ).toBe(404);
    const onTeam = await post(t.app, `/api/esports/teams/${teamId}/members`, captain.cookie, {
      userId: child.me.id,
    });
    expect(onTeam.json().code).toBe('ALREADY_MEMBER');

    // With a minor on the team, the names the roster shows have their contact details masked.
    for (const cookie of [child.cookie, captain.cookie, adult.cookie]) {
      const captainShown = (await rosterOf(teamId, cookie)).find((m) => m.userId === captain.me.id);
      expect(captainShown?.displayName).toContain('Kapu');
      expect(captainShown?.displayName).not.toMatch(/123/);
    }
  });

  it('applies the higher majority age of the person’s city and the team’s club city', async () => {
    const club = await post(t.app, '/api/esports/clubs', osanFacilitator.cookie, {
      name: '오산 e스포츠 클럽',
      kind: 'club',
      description: { ko: '오산의 청소년 e스포츠 클럽이에요.' },
      originalLanguage: 'ko',
    });
    expect(club.statusCode).toBe(201);
    const team = await post(t.app, '/api/esports/teams', osanFacilitator.cookie, {
      name: 'Osan RL',
      gameId: 'rocket-league',
      clubId: club.json().id,
    });
    expect(team.statusCode).toBe(201);
    const teamId = team.json().id;
    // 18 in Espoo is an adult there, but a minor under Osan's majority age of 19.
    const eighteen = await signUp(t.app, { cityId: 'espoo', birthDate: '2008-06-01' });
    const nineteen = await signUp(t.app, { cityId: 'espoo', birthDate: '2007-06-01' });
    const add = (userId: string) =>
      post(t.app, `/api/esports/teams/${teamId}/members`, osanFacilitator.cookie, { userId });
    expect((await add(eighteen.me.id)).statusCode).toBe(202);
    expect((await add(nineteen.me.id)).statusCode).toBe(201);
    const roster = await rosterOf(teamId, osanFacilitator.cookie);
    expect(roster.map((m) => m.userId)).toEqual([nineteen.me.id]);
  });

  it('lets a child whose guardian has not consented see and accept nothing yet', async () => {
    // 13 in Osan: under the consent age of 14, the account waits for a guardian.
    const child = await signUp(t.app, { cityId: 'osan', birthDate: '2013-06-01', locale: 'ko' });
    const team = await post(t.app, '/api/esports/teams', osanFacilitator.cookie, {
      name: 'Osan juniors',
      gameId: 'rocket-league',
    });
    const invited = await post(
      t.app,
      `/api/esports/teams/${team.json().id}/members`,
      osanFacilitator.cookie,
      {
        userId: child.me.id,
      },
    );
    expect(invited.statusCode).toBe(202);
    for (const response of [
      await invitationsOf(child.cookie),
      await post(t.app, `/api/esports/invitations/${invited.json().id}/accept`, child.cookie),
    ]) {
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('CONSENT_REQUIRED');
    }
    expect((await rosterOf(team.json().id, osanFacilitator.cookie)).map((m) => m.userId)).not.toContain(
      child.me.id,
    );
  });
});

describe('two-stage event and demo content', () => {
  it('turns a finished Swiss into a top-4 double elimination seeded by rank', async () => {
    const swiss = await tournament({
      name: 'Stage one',
      game: 'starcraft-2',
      format: 'swiss',
      swissRounds: 2,
    });
    await entrants(swiss.id, ['A', 'B', 'C', 'D', 'E', 'F']);
    await post(t.app, `/api/esports/tournaments/${swiss.id}/start`, espooCoordinator.cookie);
    const early = await post(
      t.app,
      `/api/esports/tournaments/${swiss.id}/playoffs`,
      espooCoordinator.cookie,
      {
        format: 'double_elimination',
        top: 4,
      },
    );
    expect(early.json().code).toBe('TOURNAMENT_NOT_FINISHED');
    for (let round = 1; round <= 2; round += 1) {
      for (const m of (await matchesOf(swiss.id)).filter((x) => x.status === 'ready')) {
        await post(t.app, `/api/esports/matches/${m.id}/result`, espooCoordinator.cookie, win(m, 0));
      }
      if (round < 2)
        await post(t.app, `/api/esports/tournaments/${swiss.id}/rounds`, espooCoordinator.cookie);
    }
    const playoffs = await post(
      t.app,
      `/api/esports/tournaments/${swiss.id}/playoffs`,
      espooCoordinator.cookie,
      {
        format: 'double_elimination',
        top: 4,
      },
    );
    expect(playoffs.statusCode).toBe(201);
    expect(playoffs.json()).toMatchObject({
      format: 'double_elimination',
      status: 'running',
      parentId: swiss.id,
      entrantCount: 4,
    });
    const standings = (
      await t.app.inject({ method: 'GET', url: `/api/esports/tournaments/${swiss.id}/standings` })
    ).json();
    const top = (
      await t.app.inject({ method: 'GET', url: `/api/esports/tournaments/${playoffs.json().id}/entrants` })
    ).json();
    const swissEntrants = (
      await t.app.inject({ method: 'GET', url: `/api/esports/tournaments/${swiss.id}/entrants` })
    ).json();
    const nameOf = (id: string) => swissEntrants.find((e: { id: string }) => e.id === id).name;
    expect(
      top
        .sort((a: { seed: number }, b: { seed: number }) => a.seed - b.seed)
        .map((e: { name: string }) => e.name),
    ).toEqual(standings.slice(0, 4).map((s: { entrantId: string }) => nameOf(s.entrantId)));
  });

  it('seeds Osan University’s programme, Espoo clubs, a finished cross-city Swiss and a running double elimination', async () => {
    const demo = await createTestApp({ clock, demo: true });
    try {
      const list = (await demo.app.inject({ method: 'GET', url: '/api/esports/tournaments' })).json();
      const swiss = list.find((x: { format: string }) => x.format === 'swiss');
      const de = list.find((x: { format: string }) => x.format === 'double_elimination');
      expect(swiss).toMatchObject({ status: 'completed', swissRounds: 4, currentRound: 4 });
      expect(de).toMatchObject({ status: 'running', parentId: swiss.id });
      const standings = (
        await demo.app.inject({ method: 'GET', url: `/api/esports/tournaments/${swiss.id}/standings` })
      ).json();
      expect(standings).toHaveLength(16);
      const entrantsOfSwiss = (
        await demo.app.inject({ method: 'GET', url: `/api/esports/tournaments/${swiss.id}/entrants` })
      ).json();
      expect(new Set(entrantsOfSwiss.map((e: { cityId: string }) => e.cityId))).toEqual(
        new Set(['espoo', 'osan']),
      );
      const deMatches = (
        await demo.app.inject({ method: 'GET', url: `/api/esports/tournaments/${de.id}/matches` })
      ).json();
      expect(deMatches.some((m: MatchView) => m.status === 'completed')).toBe(true);
      expect(deMatches.some((m: MatchView) => m.status === 'ready')).toBe(true);
      const clubs = (
        await demo.app.inject({ method: 'GET', url: '/api/esports/clubs?city=osan&lang=ko' })
      ).json();
      expect(clubs[0]).toMatchObject({ kind: 'university_programme', cityId: 'osan' });
      const leaderboard = (
        await demo.app.inject({ method: 'GET', url: '/api/esports/games/rocket-league/ratings' })
      ).json();
      expect(leaderboard).toHaveLength(16);
      // A result in the running playoffs goes through like any other.
      const ready = deMatches.find((m: MatchView) => m.status === 'ready');
      const admin = await staffMember(demo.app, 'admin', undefined, 'esports-demo-admin');
      const result = await post(
        demo.app,
        `/api/esports/matches/${ready.id}/result`,
        admin.cookie,
        win(ready, 0, 3),
      );
      expect(result.statusCode).toBe(200);
    } finally {
      await demo.close();
    }
  });
});
