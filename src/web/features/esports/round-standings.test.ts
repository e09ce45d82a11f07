import { describe, expect, it } from 'vitest';
import type { Entrant, Match } from './esports-api.js';
import { standingsAfterRound } from './round-standings.js';

const entrant = (id: string, rating: number): Entrant => ({
  id,
  name: id,
  cityId: 'espoo',
  rating,
  seed: null,
  teamId: null,
  status: 'registered',
});

function match(round: number, a: string | null, b: string | null, winnerId: string | null): Match {
  return {
    id: `${round}-${a}-${b}`,
    tournamentId: 't',
    key: `S${round}`,
    round,
    bracket: null,
    group: null,
    role: null,
    bestOf: 3,
    entrant1Id: a,
    entrant2Id: b,
    status: winnerId === null && a !== null && b !== null ? 'ready' : 'completed',
    winnerId,
    scores: a !== null && b !== null && winnerId !== null ? (winnerId === a ? [2, 0] : [0, 2]) : null,
    forfeit: false,
    report: null,
    dispute: null,
    scheduledAt: null,
    proposal: null,
    localTimes: {},
  };
}

const entrants = [entrant('a', 4), entrant('b', 3), entrant('c', 2), entrant('d', 1)];
const matches = [
  match(1, 'a', 'b', 'b'),
  match(1, 'c', 'd', 'c'),
  match(2, 'b', 'c', 'b'),
  match(2, 'a', 'd', 'a'),
];

describe('standingsAfterRound', () => {
  it('counts only the rounds played so far', () => {
    const afterOne = standingsAfterRound(entrants, matches, 1);
    expect(afterOne.map((row) => [row.entrantId, row.points])).toEqual([
      ['b', 1],
      ['c', 1],
      ['a', 0],
      ['d', 0],
    ]);
    // b beat a (0 points after round 1), c beat d (0): Buchholz ties, rating decides.
    expect(afterOne[0]?.buchholz).toBe(0);
  });

  it('breaks ties by Buchholz, then Sonneborn–Berger', () => {
    const afterTwo = standingsAfterRound(entrants, matches, 2);
    expect(afterTwo[0]).toMatchObject({ entrantId: 'b', points: 2, buchholz: 2, sonnebornBerger: 2 });
    // a and c both have one point; a met b (2) and d (0), c met d (0) and b (2): rating decides.
    expect(afterTwo.slice(1, 3).map((row) => row.entrantId)).toEqual(['a', 'c']);
  });

  it('leaves an unplayed match out of the points', () => {
    const open = [...matches.slice(0, 2), match(2, 'b', 'c', null)];
    const rows = standingsAfterRound(entrants, open, 2);
    expect(rows.find((row) => row.entrantId === 'b')?.points).toBe(1);
  });
});
