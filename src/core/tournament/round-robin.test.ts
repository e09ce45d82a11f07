import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { circleSchedule, createRoundRobin } from './round-robin.js';
import { playOut, seededRandom } from './simulated-play.js';
import { computeStandings } from './standings.js';

const entrants = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `e${i + 1}`, rating: 2000 - i }));

describe('round robin', () => {
  it('follows the circle method for four entrants', () => {
    expect(circleSchedule(4)).toEqual([
      [
        [3, 0],
        [1, 2],
      ],
      [
        [1, 3],
        [2, 0],
      ],
      [
        [3, 2],
        [0, 1],
      ],
    ]);
  });

  it('has everyone meet everyone once (twice in double), once per round, sides and byes balanced', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 30 }), fc.boolean(), (n, double) => {
        const state = createRoundRobin(entrants(n), { double });
        const cycles = double ? 2 : 1;
        const meetings = new Map<string, number>();
        const home = new Map<string, number>();
        const rounds = new Map<number, Set<string>>();
        for (const m of state.matches) {
          const [a, b] = m.slots.map((s) => s.entrantId) as [string, string];
          const key = [a, b].sort().join('|');
          meetings.set(key, (meetings.get(key) ?? 0) + 1);
          home.set(a, (home.get(a) ?? 0) + 1);
          home.set(b, (home.get(b) ?? 0) - 1);
          const inRound = rounds.get(m.round) ?? new Set<string>();
          expect(inRound.has(a) || inRound.has(b)).toBe(false);
          inRound.add(a).add(b);
          rounds.set(m.round, inRound);
        }
        expect(meetings.size).toBe((n * (n - 1)) / 2);
        for (const count of meetings.values()) expect(count).toBe(cycles);
        for (const e of state.entrants) {
          const balance = home.get(e.id) ?? 0;
          expect(Math.abs(balance)).toBeLessThanOrEqual(double ? 0 : 1);
        }
        const roundCount = (n % 2 === 0 ? n - 1 : n) * cycles;
        expect(rounds.size).toBe(roundCount);
        // With an odd field each entrant sits out exactly once per cycle.
        for (const e of state.entrants) {
          const sitOuts = [...rounds.values()].filter((set) => !set.has(e.id)).length;
          expect(sitOuts).toBe(n % 2 === 0 ? 0 : cycles);
        }
      }),
    );
  });

  it('completes and ranks with draws allowed', () => {
    const done = playOut(createRoundRobin(entrants(5), { allowDraws: true, bestOf: 2 }), seededRandom(7), {
      drawRate: 0.3,
    });
    expect(done.status).toBe('completed');
    const table = computeStandings(done);
    expect(table.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(table.reduce((sum, r) => sum + r.points, 0)).toBe(10);
    expect(table.every((r) => r.played === 4 && r.byes === 0)).toBe(true);
  });
});
