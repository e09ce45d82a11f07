import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MatchingCandidate, MatchingCity } from './candidate.js';
import { type MatchingRequest, matchCircles } from './match-circles.js';
import { sampleCandidates } from './sample-candidates.js';
import { minutesPerWeek, referenceWeekStart, weeklyUtcIntervals } from './weekly-time.js';

const espoo: MatchingCity = { id: 'espoo', timeZone: 'Europe/Helsinki' };
const osan: MatchingCity = { id: 'osan', timeZone: 'Asia/Seoul' };
const cities = [espoo, osan] as const;
const winterWeek = new Date('2027-01-13T12:00:00Z');

function youth(
  id: string,
  city: MatchingCity,
  overrides: Partial<MatchingCandidate> = {},
): MatchingCandidate {
  const fromEspoo = city === espoo;
  return {
    id,
    cityId: city.id,
    timeZone: city.timeZone,
    ageBand: '16-17',
    nativeLanguages: [fromEspoo ? 'fi' : 'ko'],
    learning: [{ language: fromEspoo ? 'ko' : 'fi', level: 'A2' }],
    interests: ['e-sports', 'music'],
    // Tuesday 15:00–17:00 in Espoo is 22:00–24:00 in Osan in winter.
    availability: [
      fromEspoo ? { weekday: 2, from: '15:00', to: '17:00' } : { weekday: 2, from: '22:00', to: '24:00' },
    ],
    ...overrides,
  };
}

/** Random requests: a few bands, both cities, free time drawn wide enough that circles do form. */
const request = fc
  .record({
    seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
    espoo: fc.integer({ min: 0, max: 30 }),
    osan: fc.integer({ min: 0, max: 30 }),
    week: fc.date({ min: new Date('2026-01-01'), max: new Date('2029-12-31'), noInvalidDate: true }),
  })
  .map(
    (r): MatchingRequest => ({
      cities,
      candidates: sampleCandidates({
        seed: r.seed,
        cities,
        counts: [r.espoo, r.osan],
        bands: ['13-15', '16-17'],
      }),
      referenceInstant: r.week,
    }),
  );

/** Minute-by-minute free time: the oracle the slot arithmetic is checked against. */
function minuteSet(candidate: MatchingCandidate, weekStart: number): { has: (minute: number) => boolean } {
  const minutes = new Uint8Array(minutesPerWeek);
  for (const [start, end] of weeklyUtcIntervals(candidate.availability, candidate.timeZone, weekStart)) {
    minutes.fill(1, start, end);
  }
  return { has: (minute) => minutes[minute] === 1 };
}

const learnsFrom = (learner: MatchingCandidate, speaker: MatchingCandidate): boolean =>
  learner.learning.some((entry) => speaker.nativeLanguages.includes(entry.language));

describe('matchCircles', () => {
  it('puts Espoo learners of Korean with Osan learners of Finnish whose evenings overlap', () => {
    const candidates = [
      youth('e1', espoo),
      youth('e2', espoo),
      youth('e3', espoo),
      youth('o1', osan),
      youth('o2', osan),
      youth('o3', osan),
      youth('o4', osan, { availability: [{ weekday: 2, from: '08:00', to: '10:00' }] }),
      youth('e4', espoo, { ageBand: '13-15' }),
    ];
    const result = matchCircles({ cities, candidates, referenceInstant: winterWeek });
    expect(result.circles).toHaveLength(1);
    const circle = result.circles[0];
    expect(circle?.members).toEqual(['e1', 'e2', 'e3', 'o1', 'o2', 'o3']);
    expect(circle?.membersByCity).toEqual({ espoo: ['e1', 'e2', 'e3'], osan: ['o1', 'o2', 'o3'] });
    expect(circle?.sharedWindows).toEqual([
      {
        startMinute: 1440 + 13 * 60,
        endMinute: 1440 + 15 * 60,
        minutes: 120,
        local: [
          {
            cityId: 'espoo',
            timeZone: 'Europe/Helsinki',
            start: { weekday: 2, time: '15:00' },
            end: { weekday: 2, time: '17:00' },
          },
          {
            cityId: 'osan',
            timeZone: 'Asia/Seoul',
            start: { weekday: 2, time: '22:00' },
            end: { weekday: 3, time: '00:00' },
          },
        ],
      },
    ]);
    expect(circle?.scores.interests).toBe(1);
    expect(result.unmatched).toEqual([
      { id: 'e4', reason: 'age_band_too_small' },
      { id: 'o4', reason: 'no_shared_time' },
    ]);
  });

  it('takes the DST side of the reference week into account', () => {
    // Espoo 17:00–18:00 and Osan 00:00–01:00 (next day) meet in winter (7 h apart) but not in summer (6 h).
    const candidates = [
      ...['e1', 'e2'].map((id) =>
        youth(id, espoo, { availability: [{ weekday: 2, from: '17:00', to: '18:00' }] }),
      ),
      ...['o1', 'o2'].map((id) =>
        youth(id, osan, { availability: [{ weekday: 3, from: '00:00', to: '01:00' }] }),
      ),
    ];
    const summer = matchCircles({ cities, candidates, referenceInstant: new Date('2027-07-14T00:00:00Z') });
    const winter = matchCircles({ cities, candidates, referenceInstant: winterWeek });
    expect(winter.circles).toHaveLength(1);
    expect(summer.circles).toHaveLength(0);
    expect(summer.unmatched.map((u) => u.reason)).toEqual(Array(4).fill('no_shared_time'));
  });

  it('names people it cannot use', () => {
    const candidates = [
      youth('x1', { id: 'tallinn', timeZone: 'Europe/Tallinn' }),
      youth('x2', espoo, { timeZone: 'Mars/Olympus' }),
      youth('x3', espoo, { availability: [{ weekday: 8, from: '10:00', to: '11:00' }] }),
      youth('e1', espoo, { learning: [{ language: 'ja', level: 'A1' }] }),
      youth('e2', espoo),
      youth('o1', osan),
      youth('o2', osan),
    ];
    const reasons = Object.fromEntries(
      matchCircles({ cities, candidates, referenceInstant: winterWeek }).unmatched.map((u) => [
        u.id,
        u.reason,
      ]),
    );
    expect(reasons).toEqual({
      x1: 'city_not_in_run',
      x2: 'invalid_profile',
      x3: 'invalid_profile',
      e1: 'no_partner_language',
      e2: 'no_fitting_circle',
      o1: 'no_fitting_circle',
      o2: 'no_fitting_circle',
    });
  });

  it('reports city imbalance when one city has too many', () => {
    const candidates = [
      ...['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7'].map((id) => youth(id, espoo)),
      ...['o1', 'o2', 'o3'].map((id) => youth(id, osan)),
    ];
    const result = matchCircles({ cities, candidates, referenceInstant: winterWeek });
    expect(result.objective.matched).toBe(7);
    expect(result.unmatched.map((u) => u.reason)).toEqual([
      'city_imbalance',
      'city_imbalance',
      'city_imbalance',
    ]);
  });
});

describe('matchCircles properties', () => {
  it('never breaks a rule, places everyone once and gives accurate reasons', () => {
    fc.assert(
      fc.property(
        request,
        fc.constantFrom('auto', 'heuristic') as fc.Arbitrary<'auto' | 'heuristic'>,
        (req, solver) => {
          const result = matchCircles(req, { solver });
          const byId = new Map(req.candidates.map((c) => [c.id, c]));
          const weekStart = referenceWeekStart(req.referenceInstant);
          const seen = new Set<string>();
          for (const circle of result.circles) {
            const members = circle.members.map((id) => byId.get(id) as MatchingCandidate);
            for (const id of circle.members) {
              expect(seen.has(id)).toBe(false);
              seen.add(id);
            }
            expect(members.length).toBeGreaterThanOrEqual(4);
            expect(members.length).toBeLessThanOrEqual(8);
            const fromEspoo = members.filter((m) => m.cityId === 'espoo').length;
            expect(members.every((m) => m.cityId === 'espoo' || m.cityId === 'osan')).toBe(true);
            expect(Math.abs(fromEspoo - (members.length - fromEspoo))).toBeLessThanOrEqual(1);
            expect(new Set(members.map((m) => m.ageBand)).size).toBe(1);
            for (const m of members) {
              expect(members.some((o) => o.cityId !== m.cityId && learnsFrom(m, o))).toBe(true);
            }
            // The first window is at least an hour, and every member is free for all of it.
            const window = circle.sharedWindows[0];
            expect(window?.minutes).toBeGreaterThanOrEqual(60);
            for (const m of members) {
              const free = minuteSet(m, weekStart);
              for (let t = window?.startMinute ?? 0; t < (window?.endMinute ?? 0); t += 1) {
                expect(free.has(t % minutesPerWeek)).toBe(true);
              }
            }
          }
          for (const { id, reason } of result.unmatched) {
            expect(seen.has(id)).toBe(false);
            seen.add(id);
            const person = byId.get(id) as MatchingCandidate;
            const band = req.candidates.filter((c) => c.ageBand === person.ageBand);
            const speakers = band.filter((c) => c.cityId !== person.cityId && learnsFrom(person, c));
            const own = band.filter((c) => c.cityId === person.cityId).length;
            if (reason === 'age_band_too_small') expect(Math.min(own, band.length - own)).toBeLessThan(2);
            else expect(Math.min(own, band.length - own)).toBeGreaterThanOrEqual(2);
            if (reason === 'no_partner_language') expect(speakers).toEqual([]);
            if (reason === 'no_shared_time') {
              expect(speakers.length).toBeGreaterThan(0);
              const mine = minuteSet(person, weekStart);
              for (const speaker of speakers) {
                const theirs = minuteSet(speaker, weekStart);
                let run = 0;
                let best = 0;
                for (let t = 0; t < 2 * minutesPerWeek && best < 70; t += 1) {
                  run = mine.has(t % minutesPerWeek) && theirs.has(t % minutesPerWeek) ? run + 1 : 0;
                  best = Math.max(best, run);
                }
                // Free time counts in whole 5-minute slots, so an hour that is not slot-aligned may fall short.
                expect(best).toBeLessThan(70);
              }
            }
            if (reason === 'city_imbalance') {
              expect(own).toBeGreaterThan(band.length - own);
            }
          }
          expect(seen.size).toBe(new Set(req.candidates.map((c) => c.id)).size);
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);

  it('gives the same result for the same people in any order', () => {
    fc.assert(
      fc.property(request, fc.integer(), (req, shift) => {
        const rotated = [...req.candidates];
        const k = rotated.length === 0 ? 0 : Math.abs(shift) % rotated.length;
        const reordered = { ...req, candidates: [...rotated.slice(k), ...rotated.slice(0, k)].reverse() };
        expect(matchCircles(reordered)).toEqual(matchCircles(req));
      }),
      { numRuns: 20 },
    );
  }, 120_000);
});
