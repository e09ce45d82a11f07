import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MatchingCity } from './candidate.js';
import { cefrLevels, type MatchingCandidate, type WeeklyFreeTime } from './candidate.js';
import { matchCircles } from './match-circles.js';
import { compareObjectives } from './objective.js';

const cities: readonly [MatchingCity, MatchingCity] = [
  { id: 'espoo', timeZone: 'Europe/Helsinki' },
  { id: 'osan', timeZone: 'Asia/Seoul' },
];

// Four weekly blocks in UTC that partly overlap, written in each city's winter local time.
const blocks: [espoo: WeeklyFreeTime, osan: WeeklyFreeTime][] = [
  [
    { weekday: 2, from: '15:00', to: '18:00' },
    { weekday: 2, from: '22:00', to: '01:00' },
  ],
  [
    { weekday: 2, from: '16:00', to: '19:00' },
    { weekday: 2, from: '23:00', to: '02:00' },
  ],
  [
    { weekday: 6, from: '09:00', to: '12:00' },
    { weekday: 6, from: '16:00', to: '19:00' },
  ],
  [
    { weekday: 6, from: '11:00', to: '14:00' },
    { weekday: 6, from: '18:00', to: '21:00' },
  ],
];

/** Small dense cases: one band, few languages, overlapping free time, so circles compete. */
const smallCase = fc
  .array(
    fc.record({
      side: fc.integer({ min: 0, max: 1 }),
      native: fc.constantFrom('local', 'local', 'local', 'en'),
      learning: fc.constantFrom('other', 'other', 'en'),
      level: fc.constantFrom(...cefrLevels),
      interests: fc.subarray(['e-sports', 'music', 'k-pop', 'football', 'drawing']),
      blocks: fc.subarray([0, 1, 2, 3], { minLength: 1, maxLength: 2 }),
      preferred: fc.option(fc.integer({ min: 4, max: 8 }), { nil: undefined }),
    }),
    { minLength: 4, maxLength: 12 },
  )
  .map((people) =>
    people.map((p, i): MatchingCandidate => {
      const city = cities[p.side] as MatchingCity;
      const local = p.side === 0 ? 'fi' : 'ko';
      const other = p.side === 0 ? 'ko' : 'fi';
      const native = p.native === 'local' ? local : 'en';
      const learning = p.learning === 'other' ? other : native === 'en' ? other : 'en';
      const candidate: MatchingCandidate = {
        id: `p${String(i).padStart(2, '0')}`,
        cityId: city.id,
        timeZone: city.timeZone,
        ageBand: '16-17',
        nativeLanguages: [native],
        learning: [{ language: learning, level: p.level }],
        interests: p.interests,
        availability: p.blocks.map(
          (b) => (blocks[b] as [WeeklyFreeTime, WeeklyFreeTime])[p.side] as WeeklyFreeTime,
        ),
      };
      if (p.preferred !== undefined) candidate.preferredCircleSize = p.preferred;
      return candidate;
    }),
  );

describe('heuristic against the exact optimum', () => {
  it('never beats the optimum and stays close to it on small cases', () => {
    const gaps: { matched: number; exactMatched: number; score: number; exactScore: number }[] = [];
    fc.assert(
      fc.property(smallCase, (candidates) => {
        const request = { cities, candidates, referenceInstant: new Date('2027-02-01T00:00:00Z') };
        const exact = matchCircles(request, { solver: 'exact' });
        const heuristic = matchCircles(request, { solver: 'heuristic' });
        expect(compareObjectives(heuristic.objective, exact.objective)).toBeLessThanOrEqual(0);
        gaps.push({
          matched: heuristic.objective.matched,
          exactMatched: exact.objective.matched,
          score: heuristic.objective.score,
          exactScore: exact.objective.score,
        });
      }),
      { numRuns: 400, seed: 20270201 },
    );
    const withCircles = gaps.filter((g) => g.exactMatched > 0);
    const optimal = gaps.filter(
      (g) => g.matched === g.exactMatched && Math.abs(g.score - g.exactScore) < 1e-9,
    );
    const matchedRatio =
      withCircles.reduce((sum, g) => sum + g.matched, 0) /
      Math.max(
        1,
        withCircles.reduce((s, g) => s + g.exactMatched, 0),
      );
    const scoreRatio =
      withCircles.reduce((sum, g) => sum + g.score, 0) /
      Math.max(
        1,
        withCircles.reduce((s, g) => s + g.exactScore, 0),
      );
    const worst = Math.min(...withCircles.map((g) => g.score / g.exactScore));
    console.info(
      `heuristic vs exact on ${gaps.length} cases (${withCircles.length} with a circle): optimal in ${optimal.length}, ` +
        `people matched ${(matchedRatio * 100).toFixed(1)} % of optimum, score ${(scoreRatio * 100).toFixed(1)} %, ` +
        `worst case score ${(worst * 100).toFixed(1)} %`,
    );
    expect(withCircles.length).toBeGreaterThan(100);
    expect(matchedRatio).toBeGreaterThanOrEqual(0.85);
    expect(scoreRatio).toBeGreaterThanOrEqual(0.85);
  }, 120_000);
});
