import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyResult } from './apply-result.js';
import { randomResult, seededRandom } from './simulated-play.js';
import { computeStandings } from './standings.js';
import { createSwiss, nextSwissRound } from './swiss.js';

const entrants = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `e${i + 1}`, rating: 2000 - i }));

describe('Swiss', () => {
  it('never pairs a rematch, gives at most one bye each, and plays every announced round', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 14 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.integer({ min: 1, max: n % 2 === 0 ? n - 1 : n }),
              fc.integer(),
              fc.boolean(),
            ),
          ),
        ([n, rounds, seed, allowDraws]) => {
          const random = seededRandom(seed);
          let state = createSwiss(entrants(n), { rounds, allowDraws, bestOf: allowDraws ? 2 : 3 });
          for (let round = 1; ; round++) {
            const current = state.matches.filter((m) => m.round === round);
            // Everyone plays (or has the bye) exactly once per round.
            const inRound = current
              .flatMap((m) => m.slots.map((s) => s.entrantId))
              .filter((id) => id !== null);
            expect(new Set(inRound).size).toBe(n);
            expect(inRound).toHaveLength(n);
            const bye = current.filter((m) => m.slots[1].entrantId === null);
            expect(bye).toHaveLength(n % 2);
            for (const m of current.filter((x) => x.status === 'ready')) {
              const outcome = applyResult(state, m.id, randomResult(m, allowDraws, random, 0.3));
              if (!outcome.ok) throw new Error(outcome.code);
              state = outcome.state;
            }
            const next = nextSwissRound(state);
            if (round === rounds) {
              expect(next).toEqual({ ok: false, code: 'NO_MORE_ROUNDS' });
              break;
            }
            if (!next.ok) throw new Error(`round ${round + 1}: ${next.code}`);
            state = next.state;
          }
          expect(state.status).toBe('completed');
          const meetings = new Set<string>();
          const byes = new Map<string, number>();
          for (const m of state.matches) {
            const [a, b] = m.slots.map((s) => s.entrantId);
            if (a === null || b === null) {
              const alone = (a ?? b) as string;
              byes.set(alone, (byes.get(alone) ?? 0) + 1);
              expect(m.status).toBe('completed');
              expect(m.winnerId).toBe(alone);
              continue;
            }
            const key = [a, b].sort().join('|');
            expect(meetings.has(key), `rematch ${key}`).toBe(false);
            meetings.add(key);
          }
          for (const count of byes.values()) expect(count).toBe(1);
          const table = computeStandings(state);
          for (const row of table) expect(row.played + row.byes).toBe(rounds);
          expect(table.reduce((sum, r) => sum + r.points, 0)).toBe(
            ((n - (n % 2)) / 2) * rounds + (n % 2) * rounds,
          );
        },
      ),
      { numRuns: 120 },
    );
  });

  it('refuses the next round while a match is open, and too many rounds', () => {
    const state = createSwiss(entrants(4), { rounds: 2 });
    expect(nextSwissRound(state)).toEqual({ ok: false, code: 'ROUND_INCOMPLETE' });
    expect(() => createSwiss(entrants(4), { rounds: 4 })).toThrow(/rounds/);
  });

  it('breaks ties by Buchholz, then Sonneborn–Berger, then rating', () => {
    const random = seededRandom(11);
    let state = createSwiss(entrants(16), { rounds: 4 });
    for (let r = 1; r <= 4; r++) {
      for (const m of state.matches.filter((x) => x.status === 'ready')) {
        const outcome = applyResult(state, m.id, randomResult(m, false, random));
        if (!outcome.ok) throw new Error(outcome.code);
        state = outcome.state;
      }
      const next = nextSwissRound(state);
      if (next.ok) state = next.state;
    }
    const table = computeStandings(state);
    const rating = new Map(state.entrants.map((e) => [e.id, e.rating]));
    for (let i = 1; i < table.length; i++) {
      const [a, b] = [table[i - 1], table[i]];
      if (a === undefined || b === undefined) continue;
      const key = (r: typeof a) => [r.points, r.buchholz, r.sonnebornBerger, rating.get(r.entrantId) ?? 0];
      const [ka, kb] = [key(a), key(b)];
      const firstDiff = ka.findIndex((v, j) => v !== kb[j]);
      expect(firstDiff).toBeGreaterThanOrEqual(0);
      expect(ka[firstDiff] as number).toBeGreaterThan(kb[firstDiff] as number);
    }
  });
});
