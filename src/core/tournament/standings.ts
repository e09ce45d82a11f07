import type { Match, TournamentState } from './match.js';

/** One line of a round-robin or Swiss table. */
export interface StandingRow {
  entrantId: string;
  rank: number;
  points: number;
  wins: number;
  draws: number;
  losses: number;
  byes: number;
  played: number;
  /** Sum of the points of everyone met (a bye adds nothing). */
  buchholz: number;
  /** Points of the opponents beaten, plus half the points of those drawn with. */
  sonnebornBerger: number;
  /** Games won minus games lost. */
  gameDifference: number;
}

export interface EntrantRecord {
  points: number;
  wins: number;
  draws: number;
  losses: number;
  byes: number;
  gamesFor: number;
  gamesAgainst: number;
  /** Every opponent of a match that exists, played or not: the no-rematch rule counts them all. */
  opponents: string[];
  /** Opponents of decided matches with this entrant's outcome: 1, ½ or 0. */
  outcomes: Array<{ opponentId: string; outcome: number }>;
  /** Home (side 0) games minus away games. */
  sideBalance: number;
}

/**
 * Win, draw, loss, bye and opponent records of every entrant from the matches given (a group, or
 * the whole event). A Swiss bye counts as a win.
 *
 * @example
 * entrantRecords(state.matches, state.entrants.map((e) => e.id)).get('a')?.points
 */
export function entrantRecords(
  matches: readonly Match[],
  entrantIds: readonly string[],
): Map<string, EntrantRecord> {
  const records = new Map<string, EntrantRecord>();
  for (const id of entrantIds) {
    records.set(id, {
      points: 0,
      wins: 0,
      draws: 0,
      losses: 0,
      byes: 0,
      gamesFor: 0,
      gamesAgainst: 0,
      opponents: [],
      outcomes: [],
      sideBalance: 0,
    });
  }
  for (const match of matches) {
    const [a, b] = [match.slots[0].entrantId, match.slots[1].entrantId];
    if (a === null || b === null) {
      const alone = a ?? b;
      const record = alone === null ? undefined : records.get(alone);
      if (record !== undefined && match.status === 'completed') {
        record.byes++;
        record.wins++;
        record.points++;
      }
      continue;
    }
    const [ra, rb] = [records.get(a), records.get(b)];
    if (ra === undefined || rb === undefined) continue;
    ra.opponents.push(b);
    rb.opponents.push(a);
    ra.sideBalance++;
    rb.sideBalance--;
    if (match.status !== 'completed' || match.result === null) continue;
    const outcomeA = match.winnerId === a ? 1 : match.winnerId === b ? 0 : 0.5;
    for (const [record, outcome, opponentId, own, other] of [
      [ra, outcomeA, b, 0, 1],
      [rb, 1 - outcomeA, a, 1, 0],
    ] as const) {
      record.outcomes.push({ opponentId, outcome });
      record.points += outcome;
      if (outcome === 1) record.wins++;
      else if (outcome === 0) record.losses++;
      else record.draws++;
      record.gamesFor += match.result.scores[own];
      record.gamesAgainst += match.result.scores[other];
    }
  }
  return records;
}

/**
 * The table of a round robin or a Swiss (or of one group, given its number). Swiss order: points,
 * Buchholz, Sonneborn–Berger, rating, seed. Round-robin order: points, Sonneborn–Berger (everyone
 * meets the same field, so Buchholz says nothing), game difference, rating, seed.
 *
 * @example
 * computeStandings(state)[0] // { entrantId: 'b', rank: 1, points: 3, buchholz: 4.5, ... }
 */
export function computeStandings(state: TournamentState, group?: number): StandingRow[] {
  const matches = group === undefined ? state.matches : state.matches.filter((m) => m.group === group);
  const ids = new Set<string>();
  for (const m of matches) for (const s of m.slots) if (s.entrantId !== null) ids.add(s.entrantId);
  const entrants = state.entrants.filter((e) => group === undefined || ids.has(e.id));
  const records = entrantRecords(
    matches,
    entrants.map((e) => e.id),
  );
  const pointsOf = (id: string) => records.get(id)?.points ?? 0;
  const rows = entrants.map((entrant) => {
    const r = records.get(entrant.id) as EntrantRecord;
    let buchholz = 0;
    let sonnebornBerger = 0;
    for (const { opponentId, outcome } of r.outcomes) {
      buchholz += pointsOf(opponentId);
      sonnebornBerger += outcome * pointsOf(opponentId);
    }
    const row: StandingRow = {
      entrantId: entrant.id,
      rank: 0,
      points: r.points,
      wins: r.wins,
      draws: r.draws,
      losses: r.losses,
      byes: r.byes,
      played: r.outcomes.length,
      buchholz,
      sonnebornBerger,
      gameDifference: r.gamesFor - r.gamesAgainst,
    };
    return { row, entrant };
  });
  const swiss = state.format === 'swiss';
  rows.sort(
    (x, y) =>
      y.row.points - x.row.points ||
      (swiss
        ? y.row.buchholz - x.row.buchholz || y.row.sonnebornBerger - x.row.sonnebornBerger
        : y.row.sonnebornBerger - x.row.sonnebornBerger || y.row.gameDifference - x.row.gameDifference) ||
      y.entrant.rating - x.entrant.rating ||
      x.entrant.seed - y.entrant.seed,
  );
  return rows.map(({ row }, i) => ({ ...row, rank: i + 1 }));
}
