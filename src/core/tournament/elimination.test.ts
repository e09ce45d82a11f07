import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyResult } from './apply-result.js';
import { createDoubleElimination } from './double-elimination.js';
import { finalRanking } from './final-ranking.js';
import type { TournamentState } from './match.js';
import { randomResult, seededRandom } from './simulated-play.js';
import { createSingleElimination } from './single-elimination.js';

const entrants = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `e${i + 1}`, rating: 2000 - i }));

/** Plays every ready match in random order, checking invariants after each result. */
function playChecking(start: TournamentState, seed: number): TournamentState {
  const random = seededRandom(seed);
  let state = start;
  for (let guard = 0; guard < 10_000; guard++) {
    checkInvariants(state);
    const ready = state.matches.filter((m) => m.status === 'ready');
    const match = ready[Math.floor(random() * ready.length)];
    if (match === undefined) return state;
    const outcome = applyResult(state, match.id, randomResult(match, false, random));
    if (!outcome.ok) throw new Error(outcome.code);
    expect(outcome.changed[0]).toBe(match.id);
    state = outcome.state;
  }
  throw new Error('did not finish');
}

function checkInvariants(state: TournamentState): void {
  const byId = new Map(state.matches.map((m) => [m.id, m]));
  const seen = new Set<string>();
  for (const match of state.matches) {
    const hasResultOrReady = match.status === 'ready' || match.result !== null;
    for (const slot of match.slots) {
      // A match is only playable when each side's source is decided.
      if (hasResultOrReady && slot.from !== null) {
        expect(byId.get(slot.from.matchId)?.status).toBe('completed');
      }
      if (slot.entrantId === null) continue;
      const key = `${match.bracket}/${match.role}/${match.round}/${slot.entrantId}`;
      expect(seen.has(key), `${slot.entrantId} twice in ${key}`).toBe(false);
      seen.add(key);
    }
    if (match.status === 'ready') expect(match.slots.every((s) => s.entrantId !== null)).toBe(true);
  }
}

describe('single elimination', () => {
  it('lays out a 6-entrant bracket with byes for seeds 1 and 2', () => {
    const state = createSingleElimination(entrants(6), { thirdPlace: true });
    expect(state.matches.map((m) => m.id)).toEqual([
      'W1-1',
      'W1-2',
      'W1-3',
      'W1-4',
      'W2-1',
      'W2-2',
      'W3-1',
      'W3-3rd',
    ]);
    const byes = state.matches.filter((m) => m.round === 1 && m.status === 'completed');
    expect(byes.map((m) => m.winnerId).sort()).toEqual(['e1', 'e2']);
    expect(state.matches.find((m) => m.id === 'W2-1')?.slots[0].entrantId).toBe('e1');
    expect(state.matches.find((m) => m.id === 'W2-1')?.status).toBe('pending');
  });

  it('has exactly one champion and a third place, for any field', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 24 }), fc.boolean(), fc.integer(), (n, thirdPlace, seed) => {
        const done = playChecking(createSingleElimination(entrants(n), { thirdPlace, bestOf: 3 }), seed);
        expect(done.status).toBe('completed');
        const ranking = finalRanking(done);
        expect(ranking.filter((r) => r.rank === 1)).toHaveLength(1);
        expect(ranking.filter((r) => r.rank === 2)).toHaveLength(1);
        expect(ranking.filter((r) => r.rank === 3)).toHaveLength(n >= 4 ? (thirdPlace ? 1 : 2) : n - 2);
        expect(ranking[0]?.entrantId).toBe(
          done.matches.find(
            (m) => m.id === `W${Math.log2(done.matches.filter((x) => x.round === 1).length * 2)}-1`,
          )?.winnerId,
        );
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});

describe('double elimination', () => {
  it('lays out a 4-entrant bracket with a grand final and its reset', () => {
    const state = createDoubleElimination(entrants(4));
    expect(state.matches.map((m) => m.id)).toEqual(['W1-1', 'W1-2', 'W2-1', 'L1-1', 'L2-1', 'GF-1', 'GF-2']);
    expect(state.matches.find((m) => m.id === 'L2-1')?.slots.map((s) => s.from)).toEqual([
      { type: 'winner', matchId: 'L1-1' },
      { type: 'loser', matchId: 'W2-1' },
    ]);
  });

  it('creates 2n−2 matches plus the reset for a full 1,024-entrant bracket', () => {
    const state = createDoubleElimination(entrants(1024));
    expect(state.matches).toHaveLength(2 * 1024 - 2 + 1);
    expect(state.matches.filter((m) => m.status === 'ready')).toHaveLength(512);
  });

  it('eliminates everyone but the champion after two losses and has one champion', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 24 }), fc.boolean(), fc.integer(), (n, grandFinalReset, seed) => {
        const done = playChecking(createDoubleElimination(entrants(n), { grandFinalReset }), seed);
        expect(done.status).toBe('completed');
        const losses = new Map<string, number>();
        for (const m of done.matches)
          if (m.loserId !== null) losses.set(m.loserId, (losses.get(m.loserId) ?? 0) + 1);
        const ranking = finalRanking(done);
        expect(ranking.filter((r) => r.rank === 1)).toHaveLength(1);
        const champion = ranking[0]?.entrantId as string;
        expect(losses.get(champion) ?? 0).toBeLessThanOrEqual(1);
        for (const e of done.entrants) {
          if (e.id === champion) continue;
          const count = losses.get(e.id) ?? 0;
          // Without a reset the winners-bracket champion goes out after one loss in the grand final.
          expect(count === 2 || (!grandFinalReset && count === 1)).toBe(true);
        }
        expect(ranking.filter((r) => r.rank === 2)).toHaveLength(1);
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('skips the reset when the winners-bracket champion wins the grand final, plays it otherwise', () => {
    let state = createDoubleElimination(entrants(2));
    const play = (id: string, scores: [number, number]) => {
      const outcome = applyResult(state, id, { scores });
      if (!outcome.ok) throw new Error(outcome.code);
      state = outcome.state;
    };
    play('W1-1', [1, 0]);
    play('GF-1', [0, 1]);
    expect(state.matches.find((m) => m.id === 'GF-2')?.status).toBe('ready');
    play('GF-2', [1, 0]);
    expect(state.status).toBe('completed');
    expect(finalRanking(state).map((r) => r.entrantId)).toEqual(['e2', 'e1']);

    state = createDoubleElimination(entrants(2));
    play('W1-1', [1, 0]);
    play('GF-1', [1, 0]);
    expect(state.matches.find((m) => m.id === 'GF-2')?.status).toBe('skipped');
    expect(state.status).toBe('completed');
  });
});

describe('applyResult', () => {
  const fresh = () => createSingleElimination(entrants(4), { bestOf: 3 });

  it('advances the winner and refuses matches that are not ready', () => {
    const state = fresh();
    expect(applyResult(state, 'W2-1', { scores: [2, 0] })).toEqual({ ok: false, code: 'MATCH_NOT_READY' });
    expect(applyResult(state, 'nope', { scores: [2, 0] })).toEqual({ ok: false, code: 'MATCH_NOT_FOUND' });
    const outcome = applyResult(state, 'W1-1', { scores: [1, 2] });
    if (!outcome.ok) throw new Error(outcome.code);
    expect(outcome.changed).toEqual(['W1-1', 'W2-1']);
    expect(outcome.state.matches.find((m) => m.id === 'W2-1')?.slots[0].entrantId).toBe('e4');
    expect(state.matches.find((m) => m.id === 'W1-1')?.status).toBe('ready');
  });

  it('refuses inconsistent scores, draws and a mismatched winner', () => {
    const state = fresh();
    expect(applyResult(state, 'W1-1', { scores: [3, 0] })).toEqual({ ok: false, code: 'SCORE_INCONSISTENT' });
    expect(applyResult(state, 'W1-1', { scores: [1, 1] })).toEqual({ ok: false, code: 'DRAW_NOT_ALLOWED' });
    expect(applyResult(state, 'W1-1', { scores: [2, 1], winnerId: 'e4' })).toEqual({
      ok: false,
      code: 'WINNER_MISMATCH',
    });
  });

  it('refuses a second result unless it is an organizer correction not yet built upon', () => {
    const first = applyResult(fresh(), 'W1-1', { scores: [2, 1] });
    if (!first.ok) throw new Error(first.code);
    expect(applyResult(first.state, 'W1-1', { scores: [2, 0] })).toEqual({
      ok: false,
      code: 'MATCH_ALREADY_DECIDED',
    });
    const flipped = applyResult(first.state, 'W1-1', { scores: [0, 2] }, { correction: true });
    if (!flipped.ok) throw new Error(flipped.code);
    expect(flipped.state.matches.find((m) => m.id === 'W2-1')?.slots[0].entrantId).toBe('e4');

    const second = applyResult(flipped.state, 'W1-2', { scores: [2, 0] });
    if (!second.ok) throw new Error(second.code);
    const final = applyResult(second.state, 'W2-1', { scores: [2, 0] });
    if (!final.ok) throw new Error(final.code);
    expect(applyResult(final.state, 'W1-1', { scores: [2, 0] }, { correction: true })).toEqual({
      ok: false,
      code: 'DOWNSTREAM_DECIDED',
    });
    // Same winner, other score: fine even after the final.
    expect(applyResult(final.state, 'W1-1', { scores: [0, 2] }, { correction: true }).ok).toBe(true);
  });

  it('records a forfeit as a walkover', () => {
    const outcome = applyResult(fresh(), 'W1-2', { scores: [0, 0], forfeitedBy: 1 });
    if (!outcome.ok) throw new Error(outcome.code);
    const match = outcome.state.matches.find((m) => m.id === 'W1-2');
    expect(match?.winnerId).toBe('e2');
    expect(match?.result).toEqual({ scores: [2, 0], forfeitedBy: 1 });
  });
});
