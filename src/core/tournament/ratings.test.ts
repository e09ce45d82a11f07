import { describe, expect, it } from 'vitest';
import { gamesOfMatch, initialGlicko, updateGlicko } from './glicko-rating.js';
import { initialSkill, skillOrdinal, updateTeamSkill } from './team-skill.js';

describe('updateGlicko', () => {
  it("reproduces Glickman's worked example", () => {
    const players = [
      { id: 'p', rating: 1500, rd: 200, volatility: 0.06 },
      { id: 'a', rating: 1400, rd: 30, volatility: 0.06 },
      { id: 'b', rating: 1550, rd: 100, volatility: 0.06 },
      { id: 'c', rating: 1700, rd: 300, volatility: 0.06 },
    ];
    const [p] = updateGlicko(players, [
      { a: 'p', b: 'a', score: 1 },
      { a: 'p', b: 'b', score: 0 },
      { a: 'p', b: 'c', score: 0 },
    ]);
    expect(p?.rating).toBeCloseTo(1464.06, 1);
    expect(p?.rd).toBeCloseTo(151.52, 1);
    expect(p?.volatility).toBeCloseTo(0.05999, 4);
  });

  it('moves the winner up, the loser down, and makes an idle player less certain', () => {
    const [a, b, idle] = updateGlicko(
      [
        { id: 'a', ...initialGlicko },
        { id: 'b', ...initialGlicko },
        { id: 'idle', rating: 1600, rd: 100, volatility: 0.06 },
      ],
      gamesOfMatch('a', 'b', [2, 1]),
    );
    expect(a?.rating).toBeGreaterThan(1500);
    expect(b?.rating).toBeLessThan(1500);
    expect(idle?.rating).toBe(1600);
    expect(idle?.rd).toBeGreaterThan(100);
  });

  it('turns a best-of result into games', () => {
    expect(gamesOfMatch('a', 'b', [1.5, 0.5]).map((g) => g.score)).toEqual([1, 0.5]);
  });
});

describe('updateTeamSkill', () => {
  it('raises the winning team, lowers the losing one; the ordinal is mu − 3 sigma', () => {
    const team = (id: string, members: string[]) => ({
      id,
      members: members.map((m) => ({ id: m, ...initialSkill() })),
    });
    const [blue, red] = updateTeamSkill([team('blue', ['p1', 'p2']), team('red', ['p3', 'p4'])], [1, 2]);
    expect(blue?.members.every((m) => m.mu > 25)).toBe(true);
    expect(red?.members.every((m) => m.mu < 25)).toBe(true);
    expect(skillOrdinal({ mu: 25, sigma: 25 / 3 })).toBeCloseTo(0, 10);
    expect(skillOrdinal(blue as never)).toBeGreaterThan(skillOrdinal(red as never));
  });

  it('refuses ranks that do not match the teams', () => {
    expect(() => updateTeamSkill([], [1])).toThrow(RangeError);
  });
});
