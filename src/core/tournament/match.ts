import type { SeededEntrant } from './entrant.js';

export type TournamentFormat = 'single_elimination' | 'double_elimination' | 'round_robin' | 'swiss';

/** Which part of an elimination bracket a match belongs to; `null` in round robin and Swiss. */
export type Bracket = 'winners' | 'losers' | 'grand_final';

/**
 * `pending`: an entrant is not known yet. `ready`: both entrants known, no result. `completed`:
 * decided (a bye is completed at once). `skipped`: never played (a grand-final reset that was not
 * needed). Reporting, confirming and disputing are the server's states on top of these.
 */
export type MatchStatus = 'pending' | 'ready' | 'completed' | 'skipped';

/** Where a slot's entrant comes from: fixed at creation, or the winner or loser of an earlier match. */
export type SlotSource = { type: 'winner'; matchId: string } | { type: 'loser'; matchId: string };

/**
 * One side of a match. `from` is null for a slot fixed at creation (an entrant, or a bye when
 * `entrantId` is null). A slot with `from` gets its entrant once that match is decided; it stays
 * null if that match produced nobody (a bye's loser).
 */
export interface Slot {
  entrantId: string | null;
  from: SlotSource | null;
}

/**
 * Game scores of a match, side 0 first (games won; a drawn game counts half to each side where the
 * game allows draws). `forfeitedBy` marks a no-show or a walkover: the other side wins whatever
 * the scores.
 */
export interface MatchResult {
  scores: readonly [number, number];
  forfeitedBy?: 0 | 1;
  /** Optional cross-check: who the reporter says won (`null` for a draw). */
  winnerId?: string | null;
}

/**
 * A match as the server persists it. Side 0 is home (or white): round robin and Swiss balance it.
 */
export interface Match {
  id: string;
  round: number;
  bracket: Bracket | null;
  /** Group number (1-based) in a group stage, otherwise null. */
  group: number | null;
  /** `third_place` and `reset` (the grand final's second match) need special handling. */
  role: 'third_place' | 'reset' | null;
  slots: readonly [Slot, Slot];
  bestOf: number;
  status: MatchStatus;
  /** Null for a bye, a pending or ready match, and a skipped one. */
  result: MatchResult | null;
  winnerId: string | null;
  loserId: string | null;
}

/** The whole of a tournament's state: pure data, safe to persist and to rebuild. */
export interface TournamentState {
  format: TournamentFormat;
  entrants: readonly SeededEntrant[];
  matches: readonly Match[];
  /** Whether a match may end level (round robin and Swiss of games that allow draws). */
  allowDraws: boolean;
  /** Swiss only: the number of rounds announced. */
  swissRounds: number | null;
  status: 'running' | 'completed';
}

/** Picks the best-of for a match when a tournament is created: one number, or by round and bracket. */
export type BestOfRule = number | ((round: number, bracket: Bracket | null) => number);

export function bestOfFor(rule: BestOfRule | undefined, round: number, bracket: Bracket | null): number {
  if (rule === undefined) return 1;
  return typeof rule === 'number' ? rule : rule(round, bracket);
}

/** A match with both sides fixed at creation. */
export function fixedMatch(
  fields: Pick<Match, 'id' | 'round' | 'bracket' | 'group' | 'bestOf'>,
  entrant0: string | null,
  entrant1: string | null,
): Match {
  return {
    ...fields,
    role: null,
    slots: [
      { entrantId: entrant0, from: null },
      { entrantId: entrant1, from: null },
    ],
    status: 'pending',
    result: null,
    winnerId: null,
    loserId: null,
  };
}

/** A match whose sides come from earlier matches. */
export function linkedMatch(
  fields: Pick<Match, 'id' | 'round' | 'bracket' | 'bestOf'> & { role?: Match['role'] },
  from0: SlotSource,
  from1: SlotSource,
): Match {
  return {
    id: fields.id,
    round: fields.round,
    bracket: fields.bracket,
    group: null,
    bestOf: fields.bestOf,
    role: fields.role ?? null,
    slots: [
      { entrantId: null, from: from0 },
      { entrantId: null, from: from1 },
    ],
    status: 'pending',
    result: null,
    winnerId: null,
    loserId: null,
  };
}

/** Whether the match is a bye: decided without being played. */
export function isBye(match: Match): boolean {
  return match.status === 'completed' && match.result === null;
}
