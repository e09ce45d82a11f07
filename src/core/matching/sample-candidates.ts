import type { AgeBand, CefrLevel, MatchingCandidate, MatchingCity, WeeklyFreeTime } from './candidate.js';

/** A small fast seeded generator (mulberry32), so samples are the same on every machine. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How a sample population is drawn. */
export interface SampleSettings {
  seed: number;
  cities: readonly [MatchingCity, MatchingCity];
  /** People per city. */
  counts: readonly [number, number];
  /** Bands to draw from (all four by default). */
  bands?: readonly AgeBand[];
  /** Languages people of each city speak natively, the first the most common. */
  nativeLanguages?: readonly [readonly string[], readonly string[]];
}

const interestVocabulary = [
  'e-sports',
  'music',
  'k-pop',
  'football',
  'drawing',
  'cooking',
  'nature',
  'films',
  'reading',
  'coding',
  'dance',
  'photography',
];
const levels: CefrLevel[] = ['A1', 'A1', 'A2', 'A2', 'B1', 'B2', 'C1', 'C2'];

/**
 * A reproducible population of young people of two cities, for tests, benchmarks and demo data:
 * natives of each city's languages learning the other's (or English), after-school and weekend
 * free time in their own zone, interests from a shared vocabulary.
 *
 * @example
 * sampleCandidates({ seed: 1, cities: [espoo, osan], counts: [6, 6] }).length // 12
 */
export function sampleCandidates(settings: SampleSettings): MatchingCandidate[] {
  const random = seededRandom(settings.seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const bands = settings.bands ?? ['13-15', '16-17', '18-24', '25-29'];
  const natives = settings.nativeLanguages ?? [
    ['fi', 'fi', 'fi', 'sv', 'en'],
    ['ko', 'ko', 'ko', 'ko', 'en'],
  ];
  const candidates: MatchingCandidate[] = [];
  for (const side of [0, 1] as const) {
    const city = settings.cities[side];
    const ownLanguages = natives[side];
    const otherLanguages = natives[side === 0 ? 1 : 0];
    for (let n = 0; n < settings.counts[side]; n += 1) {
      const native = pick(ownLanguages);
      const nativeLanguages = random() < 0.15 ? [...new Set([native, pick(ownLanguages)])] : [native];
      const learnable = [...new Set([...otherLanguages, 'en'])].filter((l) => !nativeLanguages.includes(l));
      const learning = [{ language: learnable[0] ?? 'en', level: pick(levels) }];
      if (random() < 0.3) {
        const second = pick(learnable);
        if (second !== learning[0]?.language) learning.push({ language: second, level: pick(levels) });
      }
      if (random() < 0.05) learning.splice(0, 1, { language: 'ja', level: pick(levels) });
      const interests = [
        ...new Set(Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(interestVocabulary))),
      ];
      const availability: WeeklyFreeTime[] = [];
      const blocks = 2 + Math.floor(random() * 4);
      for (let b = 0; b < blocks; b += 1) {
        const weekend = random() < 0.35;
        const weekday = weekend ? 6 + Math.floor(random() * 2) : 1 + Math.floor(random() * 5);
        // After school and weekends, leaning to the hours the other city is awake (Seoul is 6–7 h ahead).
        const startHour =
          side === 0
            ? weekend
              ? 8 + Math.floor(random() * 8)
              : 14 + Math.floor(random() * 5)
            : weekend
              ? 13 + Math.floor(random() * 8)
              : 18 + Math.floor(random() * 5);
        const startMinute = pick([0, 0, 15, 30, 45]);
        const length = 60 + 30 * Math.floor(random() * 6);
        const endTotal = Math.min(24 * 60, startHour * 60 + startMinute + length);
        const clock = (total: number): string =>
          `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
        availability.push({ weekday, from: clock(startHour * 60 + startMinute), to: clock(endTotal) });
      }
      const candidate: MatchingCandidate = {
        id: `${city.id}-${String(n).padStart(5, '0')}`,
        cityId: city.id,
        timeZone: city.timeZone,
        ageBand: pick(bands),
        nativeLanguages,
        learning,
        interests,
        availability,
      };
      if (random() < 0.6) candidate.preferredCircleSize = 4 + Math.floor(random() * 5);
      candidates.push(candidate);
    }
  }
  return candidates;
}
