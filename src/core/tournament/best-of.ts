/** Why a result was refused. */
export type ScoreProblem = 'SCORE_INCONSISTENT' | 'DRAW_NOT_ALLOWED';

export type ScoreJudgement = { ok: true; outcome: 0 | 1 | 'draw' } | { ok: false; code: ScoreProblem };

/**
 * Judges game scores of a best-of-N match: who won, or why the scores cannot be a finished match.
 * A match stops as soon as one side cannot be caught, so best-of-5 ends 3-0, 3-1 or 3-2, never 4-0.
 * Where draws are allowed a drawn game counts half to each side and a level match is a draw once
 * all N games are played (best-of-2 ending 1-1, a drawn single chess game 0.5-0.5).
 *
 * @example
 * judgeScores(3, [2, 1], false) // { ok: true, outcome: 0 }
 * judgeScores(3, [3, 0], false) // { ok: false, code: 'SCORE_INCONSISTENT' }
 * judgeScores(2, [1, 1], true)  // { ok: true, outcome: 'draw' }
 */
export function judgeScores(
  bestOf: number,
  scores: readonly [number, number],
  allowDraws: boolean,
): ScoreJudgement {
  const [a, b] = scores;
  const step = allowDraws ? 2 : 1;
  for (const score of scores) {
    if (!Number.isFinite(score) || score < 0 || !Number.isInteger(score * step)) {
      return { ok: false, code: 'SCORE_INCONSISTENT' };
    }
  }
  const played = a + b;
  if (!Number.isInteger(played) || played === 0 || played > bestOf)
    return { ok: false, code: 'SCORE_INCONSISTENT' };
  if (a === b) {
    if (!allowDraws) return { ok: false, code: 'DRAW_NOT_ALLOWED' };
    return played === bestOf ? { ok: true, outcome: 'draw' } : { ok: false, code: 'SCORE_INCONSISTENT' };
  }
  const lead = Math.abs(a - b);
  const left = bestOf - played;
  // Decided: the trailing side cannot catch up. Not over-played: it was still open before the last game.
  if (lead <= left || lead - 1 > left + 1) return { ok: false, code: 'SCORE_INCONSISTENT' };
  return { ok: true, outcome: a > b ? 0 : 1 };
}

/**
 * The scores a walkover is recorded with: the games the winner needed, none for the loser.
 *
 * @example
 * walkoverScores(3, 1) // [0, 2]
 */
export function walkoverScores(bestOf: number, winner: 0 | 1): [number, number] {
  const needed = Math.floor(bestOf / 2) + 1;
  return winner === 0 ? [needed, 0] : [0, needed];
}
