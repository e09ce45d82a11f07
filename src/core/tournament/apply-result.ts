import { judgeScores, type ScoreProblem, walkoverScores } from './best-of.js';
import type { Match, MatchResult, TournamentState } from './match.js';
import { settleMatches } from './settle-matches.js';
import { currentSwissRound } from './swiss.js';

export type ResultProblem =
  | 'MATCH_NOT_FOUND'
  | 'MATCH_NOT_READY'
  | 'MATCH_ALREADY_DECIDED'
  | 'WINNER_MISMATCH'
  | 'DOWNSTREAM_DECIDED'
  | ScoreProblem;

export type ApplyResultOutcome =
  | {
      ok: true;
      state: TournamentState;
      /** Ids of every match that changed (the one decided and those it fed): what the server writes. */
      changed: string[];
    }
  | { ok: false; code: ResultProblem };

export interface ApplyResultOptions {
  /**
   * An organizer correcting a decided match. Allowed while no later match that depends on it has
   * a result; changing only the scores (same winner) is always allowed.
   */
  correction?: boolean;
}

/**
 * Records a match result and returns the new state: winners and losers move on to the matches
 * waiting for them, byes further down the bracket complete, an unneeded grand-final reset is
 * skipped, and the tournament completes with its last match. The given state is not modified.
 * Refusals are values: a match that is not ready, one already decided (unless corrected), scores
 * that cannot end a best-of-N, a draw where none is allowed.
 *
 * @example
 * const next = applyResult(state, 'W1-1', { scores: [2, 1] });
 * if (next.ok) next.state.matches.find((m) => m.id === 'W2-1')?.slots[0].entrantId // W1-1's winner
 * applyResult(state, 'W2-1', { scores: [2, 0] }) // { ok: false, code: 'MATCH_NOT_READY' }
 */
export function applyResult(
  state: TournamentState,
  matchId: string,
  result: MatchResult,
  options: ApplyResultOptions = {},
): ApplyResultOutcome {
  const index = state.matches.findIndex((m) => m.id === matchId);
  const match = state.matches[index];
  if (match === undefined) return { ok: false, code: 'MATCH_NOT_FOUND' };
  if (match.status === 'pending' || match.status === 'skipped') return { ok: false, code: 'MATCH_NOT_READY' };
  if (match.status === 'completed') {
    if (match.result === null) return { ok: false, code: 'MATCH_NOT_READY' };
    if (options.correction !== true) return { ok: false, code: 'MATCH_ALREADY_DECIDED' };
  }
  const [a, b] = [match.slots[0].entrantId, match.slots[1].entrantId];
  if (a === null || b === null) return { ok: false, code: 'MATCH_NOT_READY' };

  let outcome: 0 | 1 | 'draw';
  let scores = result.scores;
  if (result.forfeitedBy !== undefined) {
    outcome = result.forfeitedBy === 0 ? 1 : 0;
    scores = walkoverScores(match.bestOf, outcome);
  } else {
    const judged = judgeScores(match.bestOf, result.scores, state.allowDraws && match.bracket === null);
    if (!judged.ok) return { ok: false, code: judged.code };
    outcome = judged.outcome;
  }
  const winnerId = outcome === 'draw' ? null : outcome === 0 ? a : b;
  const loserId = outcome === 'draw' ? null : outcome === 0 ? b : a;
  if (result.winnerId !== undefined && result.winnerId !== winnerId)
    return { ok: false, code: 'WINNER_MISMATCH' };

  const decided: Match = {
    ...match,
    status: 'completed',
    result:
      result.forfeitedBy === undefined
        ? { scores: [scores[0], scores[1]] }
        : { scores: [scores[0], scores[1]], forfeitedBy: result.forfeitedBy },
    winnerId,
    loserId,
  };
  const matches = [...state.matches];
  matches[index] = decided;
  const linked = state.format === 'single_elimination' || state.format === 'double_elimination';
  let changed = [matchId];
  let settled = matches;
  if (linked) {
    const after = settleMatches(matches);
    if (after.conflict !== null) return { ok: false, code: 'DOWNSTREAM_DECIDED' };
    settled = after.matches;
    changed = [matchId, ...after.changed.filter((id) => id !== matchId)];
  }
  const next: TournamentState = { ...state, matches: settled };
  return { ok: true, state: { ...next, status: isComplete(next) ? 'completed' : 'running' }, changed };
}

/** Whether every match is decided (and, in a Swiss, the last round has been paired). */
export function isComplete(state: TournamentState): boolean {
  if (state.format === 'swiss' && currentSwissRound(state) < (state.swissRounds ?? 0)) return false;
  return state.matches.every((m) => m.status === 'completed' || m.status === 'skipped');
}
