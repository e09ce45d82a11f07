import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MatchingCity } from './candidate.js';
import { addPairSums, type ScoreSums, scoreCircle, totalFromSums } from './circle-score.js';
import { type PreparedCandidate, prepareCandidate, Vocabulary } from './prepared-candidate.js';
import { sampleCandidates } from './sample-candidates.js';
import { referenceWeekStart } from './weekly-time.js';

const cities: readonly [MatchingCity, MatchingCity] = [
  { id: 'espoo', timeZone: 'Europe/Helsinki' },
  { id: 'osan', timeZone: 'Asia/Seoul' },
];

const groups = fc.integer({ min: 1, max: 2 ** 31 - 1 }).map((seed) => {
  const weekStart = referenceWeekStart(new Date('2027-02-01T00:00:00Z'));
  const languages = new Vocabulary();
  const interests = new Vocabulary();
  return sampleCandidates({ seed, cities, counts: [5, 5] })
    .map((c) => prepareCandidate(c, ['espoo', 'osan'], weekStart, languages, interests))
    .filter((p): p is PreparedCandidate => typeof p !== 'string');
});

const sumsOf = (members: readonly PreparedCandidate[]): ScoreSums => {
  const sums = { interests: 0, levelGaps: 0, levelPairs: 0 };
  members.forEach((member, k) => {
    addPairSums(sums, member, members.slice(0, k), 1);
  });
  return sums;
};

describe('score sums', () => {
  it('give the same total as scoreCircle, also after one member joins, leaves or is replaced', () => {
    fc.assert(
      fc.property(groups, fc.integer({ min: 2, max: 8 }), (people, size) => {
        const members = people.slice(0, size);
        const sums = sumsOf(members);
        expect(totalFromSums(sums, members)).toBeCloseTo(scoreCircle(members).total, 9);
        const incoming = people[size] as PreparedCandidate;
        const outgoing = members[0] as PreparedCandidate;
        const joined = addPairSums({ ...sums }, incoming, members, 1);
        expect(totalFromSums(joined, members, undefined, incoming)).toBeCloseTo(
          scoreCircle([...members, incoming]).total,
          9,
        );
        const left = addPairSums({ ...sums }, outgoing, members, -1);
        expect(totalFromSums(left, members, undefined, undefined, outgoing)).toBeCloseTo(
          scoreCircle(members.slice(1)).total,
          9,
        );
        const replaced = addPairSums(
          addPairSums({ ...sums }, outgoing, members, -1),
          incoming,
          members,
          1,
          outgoing,
        );
        expect(totalFromSums(replaced, members, undefined, incoming, outgoing)).toBeCloseTo(
          scoreCircle([...members.slice(1), incoming]).total,
          9,
        );
      }),
      { numRuns: 200 },
    );
  });
});
