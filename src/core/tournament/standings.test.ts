import { describe, expect, it } from 'vitest';
import { applyResult } from './apply-result.js';
import type { TournamentState } from './match.js';
import { computeStandings } from './standings.js';
import { createSwiss, nextSwissRound } from './swiss.js';

describe('computeStandings (Swiss)', () => {
  it('computes points, Buchholz and Sonneborn–Berger, and ranks by them', () => {
    // Four players, two rounds. Round 1 pairs 1v3, 2v4 (top half against bottom half).
    let state: TournamentState = createSwiss(
      ['a', 'b', 'c', 'd'].map((id, i) => ({ id, rating: 1800 - 100 * i })),
      { rounds: 3, allowDraws: true },
    );
    const play = (id: string, scores: [number, number]) => {
      const outcome = applyResult(state, id, { scores });
      if (!outcome.ok) throw new Error(outcome.code);
      state = outcome.state;
    };
    expect(state.matches.map((m) => m.slots.map((s) => s.entrantId))).toEqual([
      ['a', 'c'],
      ['d', 'b'],
    ]);
    play('S1-1', [1, 0]); // a beats c
    play('S1-2', [0.5, 0.5]); // d draws b
    const next = nextSwissRound(state);
    if (!next.ok) throw new Error(next.code);
    state = next.state;
    const pairs = state.matches
      .filter((m) => m.round === 2)
      .map((m) => m.slots.map((s) => s.entrantId).sort());
    expect(pairs).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    const [ab, cd] = state.matches.filter((m) => m.round === 2);
    play(ab?.id as string, ab?.slots[0].entrantId === 'a' ? [1, 0] : [0, 1]); // a beats b
    play(cd?.id as string, cd?.slots[0].entrantId === 'c' ? [1, 0] : [0, 1]); // c beats d
    // a 2 (beat c 1, b 0.5), c 1 (lost a, beat d 0.5), b 0.5 (drew d, lost a), d 0.5 (drew b, lost c).
    const table = computeStandings(state);
    expect(table.map((r) => [r.entrantId, r.points, r.buchholz, r.sonnebornBerger])).toEqual([
      ['a', 2, 1.5, 1.5],
      ['c', 1, 2.5, 0.5],
      ['b', 0.5, 2.5, 0.25],
      ['d', 0.5, 1.5, 0.25],
    ]);
    expect(table.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
  });

  it('counts a bye as a win that adds nothing to Buchholz', () => {
    const state = createSwiss(
      ['a', 'b', 'c'].map((id) => ({ id })),
      { rounds: 2 },
    );
    const row = computeStandings(state).find((r) => r.entrantId === 'c');
    expect(row).toMatchObject({ points: 1, wins: 1, byes: 1, buchholz: 0, played: 0 });
  });
});
