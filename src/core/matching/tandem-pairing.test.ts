import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MatchingCity } from './candidate.js';
import { defaultCircleRules } from './circle-rules.js';
import { type PreparedCandidate, prepareCandidate, Vocabulary } from './prepared-candidate.js';
import { sampleCandidates } from './sample-candidates.js';
import { formTandemPairs, tandemPairWeight } from './tandem-pairing.js';
import { referenceWeekStart } from './weekly-time.js';

const cities: readonly [MatchingCity, MatchingCity] = [
  { id: 'espoo', timeZone: 'Europe/Helsinki' },
  { id: 'osan', timeZone: 'Asia/Seoul' },
];

/** One band of both cities, prepared, split by city. */
function sides(seed: number, counts: [number, number]): [PreparedCandidate[], PreparedCandidate[]] {
  const weekStart = referenceWeekStart(new Date('2027-02-01T00:00:00Z'));
  const languages = new Vocabulary();
  const interests = new Vocabulary();
  const prepared = sampleCandidates({ seed, cities, counts, bands: ['16-17'] })
    .map((c) => prepareCandidate(c, ['espoo', 'osan'], weekStart, languages, interests))
    .filter((p): p is PreparedCandidate => typeof p !== 'string');
  return [prepared.filter((p) => p.side === 0), prepared.filter((p) => p.side === 1)];
}

/** The heaviest pairing by trying every partner (or none) for each left person in turn. */
function bestPairingWeight(left: PreparedCandidate[], right: PreparedCandidate[]): number {
  const memo = new Map<string, number>();
  const solve = (i: number, used: number): number => {
    if (i === left.length) return 0;
    const key = `${i}:${used}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let best = solve(i + 1, used);
    right.forEach((b, j) => {
      const weight = tandemPairWeight(left[i] as PreparedCandidate, b, defaultCircleRules);
      if (weight !== undefined && !(used & (1 << j)))
        best = Math.max(best, weight + solve(i + 1, used | (1 << j)));
    });
    memo.set(key, best);
    return best;
  };
  return solve(0, 0);
}

describe('formTandemPairs', () => {
  it('pairs only tandems, each person once, and finds the heaviest pairing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 12 }),
        (seed, espoo, osan, neighbours) => {
          const [left, right] = sides(seed, [espoo, osan]);
          const pairing = formTandemPairs(left, right, defaultCircleRules, neighbours);
          const usedLeft = new Set<number>();
          const usedRight = new Set<number>();
          let total = 0;
          for (const [i, j, weight] of pairing.pairs) {
            expect(usedLeft.has(i) || usedRight.has(j)).toBe(false);
            usedLeft.add(i);
            usedRight.add(j);
            const a = left[i] as PreparedCandidate;
            const b = right[j] as PreparedCandidate;
            expect(weight).toBe(tandemPairWeight(a, b, defaultCircleRules));
            total += weight;
          }
          expect(pairing.weight).toBeCloseTo(total, 9);
          const best = bestPairingWeight(left, right);
          // With everyone's full list of partners the pairing is exact; a short list may only lose.
          if (neighbours >= Math.max(left.length, right.length)) expect(pairing.weight).toBeCloseTo(best, 9);
          else expect(pairing.weight).toBeLessThanOrEqual(best + 1e-9);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('loses next to nothing to the full graph when keeping a couple of dozen partners each', () => {
    const [left, right] = sides(11, [120, 120]);
    const sparse = formTandemPairs(left, right, defaultCircleRules, 24);
    const full = formTandemPairs(left, right, defaultCircleRules, Math.max(left.length, right.length));
    expect(sparse.weight).toBeGreaterThanOrEqual(0.995 * full.weight);
    expect(sparse.weight).toBeLessThanOrEqual(full.weight + 1e-9);
  });
});
