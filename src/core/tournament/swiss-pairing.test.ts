import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairSwissRound, type SwissPlayer } from './swiss-pairing.js';

/** Every perfect matching of `ids` that avoids the given meetings (brute force). */
function* allPairings(
  ids: readonly string[],
  met: (a: string, b: string) => boolean,
): Generator<Array<[string, string]>> {
  const [first, ...rest] = ids;
  if (first === undefined) {
    yield [];
    return;
  }
  for (const other of rest) {
    if (met(first, other)) continue;
    for (const tail of allPairings(
      rest.filter((x) => x !== other),
      met,
    )) {
      yield [[first, other], ...tail];
    }
  }
}

/** A field with a random history: random scores, random past meetings, random byes. */
const field = fc
  .integer({ min: 1, max: 11 })
  .chain((n) =>
    fc.record({
      scores: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: n, maxLength: n }),
      met: fc.array(fc.boolean(), { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 }),
      byes: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
    }),
  )
  .map(({ scores, met, byes }) => {
    const n = scores.length;
    const ids = scores.map((_, i) => `p${i}`);
    const opponents: string[][] = ids.map(() => []);
    let k = 0;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        if (met[k++]) {
          opponents[i]?.push(`p${j}`);
          opponents[j]?.push(`p${i}`);
        }
      }
    }
    return ids.map(
      (id, i): SwissPlayer => ({
        id,
        score: (scores[i] ?? 0) / 2,
        rank: i + 1,
        opponents: opponents[i] ?? [],
        hadBye: byes[i] ?? false,
      }),
    );
  });

describe('pairSwissRound', () => {
  it('finds a rematch-free pairing exactly when one exists, with the right bye (brute force up to 11)', () => {
    fc.assert(
      fc.property(field, (players) => {
        const metSet = new Set(players.flatMap((p) => p.opponents.map((o) => `${p.id}|${o}`)));
        const met = (a: string, b: string) => metSet.has(`${a}|${b}`);
        const standing = [...players].sort((a, b) => b.score - a.score || a.rank - b.rank);
        const pairable = (ids: string[]) => !allPairings(ids, met).next().done;
        // Brute force: the bye goes to the lowest in the standings without one whose absence leaves a pairable field.
        let expectedBye: string | null | undefined;
        if (players.length % 2 === 0) {
          expectedBye = pairable(standing.map((p) => p.id)) ? null : undefined;
        } else {
          expectedBye = [...standing]
            .reverse()
            .find((c) => !c.hadBye && pairable(standing.filter((p) => p !== c).map((p) => p.id)))?.id;
        }
        const pairing = pairSwissRound(players);
        if (expectedBye === undefined) {
          expect(pairing).toEqual({ ok: false, code: 'NO_PAIRING' });
          return;
        }
        if (!pairing.ok) throw new Error('no pairing found where brute force found one');
        expect(pairing.bye).toBe(expectedBye);
        const seen = new Set<string>();
        for (const [a, b] of pairing.pairs) {
          expect(met(a, b)).toBe(false);
          expect(seen.has(a) || seen.has(b)).toBe(false);
          seen.add(a).add(b);
        }
        expect(seen.size + (pairing.bye === null ? 0 : 1)).toBe(players.length);
      }),
      { numRuns: 400 },
    );
  });

  it('pairs the top half of a score group against the bottom half', () => {
    const players = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map(
      (id, i): SwissPlayer => ({ id, score: 0, rank: i + 1, opponents: [], hadBye: false }),
    );
    const pairing = pairSwissRound(players);
    if (!pairing.ok) throw new Error(pairing.code);
    expect(pairing.pairs.map((p) => [...p].sort())).toEqual([
      ['a', 'e'],
      ['b', 'f'],
      ['c', 'g'],
      ['d', 'h'],
    ]);
  });

  it('floats the lowest-ranked of an odd score group who can be paired, to the top of the group below', () => {
    const player = (id: string, score: number, rank: number, opponents: string[] = []): SwissPlayer => ({
      id,
      score,
      rank,
      opponents,
      hadBye: false,
    });
    const simple = pairSwissRound([
      player('a', 2, 1),
      player('b', 2, 2),
      player('c', 2, 3),
      player('d', 1, 4),
      player('e', 1, 5),
      player('f', 1, 6),
    ]);
    if (!simple.ok) throw new Error(simple.code);
    expect(simple.pairs.map((p) => [...p].sort())).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
    // c has already met d, e and f: c cannot float, so b floats down instead.
    const blocked = pairSwissRound([
      player('a', 2, 1),
      player('b', 2, 2),
      player('c', 2, 3, ['d', 'e', 'f']),
      player('d', 1, 4, ['c']),
      player('e', 1, 5, ['c']),
      player('f', 1, 6, ['c']),
    ]);
    if (!blocked.ok) throw new Error(blocked.code);
    expect(blocked.pairs.map((p) => [...p].sort())).toEqual([
      ['a', 'c'],
      ['b', 'd'],
      ['e', 'f'],
    ]);
  });

  it('gives the bye to the lowest-ranked player without one', () => {
    const players = ['a', 'b', 'c', 'd', 'e'].map(
      (id, i): SwissPlayer => ({ id, score: 4 - i, rank: i + 1, opponents: [], hadBye: id === 'e' }),
    );
    const pairing = pairSwissRound(players);
    expect(pairing.ok && pairing.bye).toBe('d');
  });

  it('pairs 10,000 fresh players', () => {
    const players = Array.from(
      { length: 10_000 },
      (_, i): SwissPlayer => ({ id: `p${i}`, score: 0, rank: i + 1, opponents: [], hadBye: false }),
    );
    const pairing = pairSwissRound(players);
    expect(pairing.ok && pairing.pairs.length).toBe(5_000);
  });
});
