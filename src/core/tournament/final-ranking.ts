import type { TournamentState } from './match.js';

export interface FinalRank {
  entrantId: string;
  /** Entrants knocked out at the same stage share a rank (5th–8th are all 5). */
  rank: number;
}

/**
 * The ranking of an elimination tournament: by how far each entrant went. Single elimination:
 * champion, runner-up, then the third-place match (or both semi-final losers 3rd), then by the
 * round lost in. Double elimination: by the round of the second loss, the grand final last.
 * While the tournament runs, entrants still in it share the top rank.
 *
 * @example
 * finalRanking(finishedEightPlayerBracket).map((r) => r.rank) // [1, 2, 3, 3, 5, 5, 5, 5]
 */
export function finalRanking(state: TournamentState): FinalRank[] {
  const stage = new Map<string, number>();
  const losses = new Map<string, number>();
  const alive = Number.POSITIVE_INFINITY;
  for (const e of state.entrants) stage.set(e.id, alive);
  const finalStage = 1_000;
  for (const match of state.matches) {
    if (match.status !== 'completed' || match.loserId === null) continue;
    const loser = match.loserId;
    if (state.format === 'single_elimination') {
      if (match.role === 'third_place') {
        const winner = match.winnerId;
        if (winner !== null) stage.set(winner, (stage.get(winner) ?? 0) + 0.5);
      } else {
        stage.set(loser, match.round);
      }
    } else if (state.format === 'double_elimination') {
      const count = (losses.get(loser) ?? 0) + 1;
      losses.set(loser, count);
      const isDecider = match.bracket === 'grand_final';
      if (count >= 2 || (isDecider && match.role === 'reset')) {
        stage.set(loser, isDecider ? finalStage + match.round : match.round);
      }
    }
  }
  // The winners-bracket champion who wins the first grand final ends it: its loser is second.
  if (state.format === 'double_elimination') {
    const first = state.matches.find((m) => m.bracket === 'grand_final' && m.role !== 'reset');
    const reset = state.matches.find((m) => m.role === 'reset');
    const decided = first?.status === 'completed' && (reset === undefined || reset.status === 'skipped');
    if (decided && first?.loserId != null) stage.set(first.loserId, finalStage + 1);
  }
  const sorted = [...state.entrants].sort(
    (a, b) => (stage.get(b.id) ?? 0) - (stage.get(a.id) ?? 0) || a.seed - b.seed,
  );
  return sorted.map((e) => ({
    entrantId: e.id,
    rank: 1 + sorted.filter((o) => (stage.get(o.id) ?? 0) > (stage.get(e.id) ?? 0)).length,
  }));
}
