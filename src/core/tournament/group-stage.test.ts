import { describe, expect, it } from 'vitest';
import { createGroupStage, playoffEntrants, snakeGroups } from './group-stage.js';
import { playOut, seededRandom } from './simulated-play.js';
import { createSingleElimination } from './single-elimination.js';
import { computeStandings } from './standings.js';

const entrants = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `e${i + 1}`, rating: 2000 - i }));

describe('two stages: groups then playoffs', () => {
  it('snake-seeds groups', () => {
    expect(snakeGroups([1, 2, 3, 4, 5, 6, 7, 8], 4)).toEqual([
      [1, 8],
      [2, 7],
      [3, 6],
      [4, 5],
    ]);
  });

  it('plays a round robin per group and keeps group mates apart in the first playoff round', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const groups = playOut(createGroupStage(entrants(16), { groups: 4 }), seededRandom(seed));
      expect(groups.status).toBe('completed');
      for (let g = 1; g <= 4; g++) expect(computeStandings(groups, g)).toHaveLength(4);
      const qualified = playoffEntrants(groups, 2);
      expect(qualified).toHaveLength(8);
      // Group winners take seeds 1-4.
      const winners = [1, 2, 3, 4].map((g) => computeStandings(groups, g)[0]?.entrantId);
      expect(
        qualified
          .slice(0, 4)
          .map((e) => e.id)
          .sort(),
      ).toEqual([...winners].sort());
      const playoffs = createSingleElimination(qualified, { seeding: 'hand' });
      const groupOf = new Map(qualified.map((e) => [e.id, e.group]));
      for (const m of playoffs.matches.filter((x) => x.round === 1)) {
        const [a, b] = m.slots.map((s) => groupOf.get(s.entrantId ?? ''));
        expect(a).not.toBe(b);
      }
    }
  });
});
