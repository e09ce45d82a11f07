import { describe, expect, it } from 'vitest';
import { judgeScores, walkoverScores } from './best-of.js';

describe('judgeScores', () => {
  it.each([
    [1, [1, 0], 0],
    [3, [2, 1], 0],
    [3, [0, 2], 1],
    [5, [3, 2], 0],
    [5, [1, 3], 1],
  ] as const)('best-of-%i %j is won by side %i', (bestOf, scores, winner) => {
    expect(judgeScores(bestOf, scores, false)).toEqual({ ok: true, outcome: winner });
  });

  it.each([
    [3, [3, 0]],
    [5, [4, 0]],
    [3, [1, 0]],
    [3, [1, 1]],
    [1, [0, 0]],
    [3, [-1, 2]],
    [3, [1.5, 0.5]],
    [3, [Number.NaN, 2]],
  ] as const)('best-of-%i %j is not a finished match', (bestOf, scores) => {
    const judged = judgeScores(bestOf, scores, false);
    expect(judged.ok).toBe(false);
  });

  it('accepts draws only where allowed and only once every game is played', () => {
    expect(judgeScores(2, [1, 1], true)).toEqual({ ok: true, outcome: 'draw' });
    expect(judgeScores(1, [0.5, 0.5], true)).toEqual({ ok: true, outcome: 'draw' });
    expect(judgeScores(2, [1, 1], false)).toEqual({ ok: false, code: 'DRAW_NOT_ALLOWED' });
    expect(judgeScores(4, [1, 1], true)).toEqual({ ok: false, code: 'SCORE_INCONSISTENT' });
    expect(judgeScores(3, [2.5, 0.5], true)).toEqual({ ok: true, outcome: 0 });
  });

  it('records a walkover as the games needed to win', () => {
    expect(walkoverScores(5, 0)).toEqual([3, 0]);
    expect(walkoverScores(1, 1)).toEqual([0, 1]);
  });
});
