import type { Match, Slot } from './match.js';

export interface SettledMatches {
  matches: Match[];
  /** Ids of matches whose entrants, status or winner changed. */
  changed: string[];
  /** A match that already has a result but whose entrants would change: a correction came too late. */
  conflict: string | null;
}

/**
 * Brings every match up to date with the matches it depends on: fills "winner of X" and "loser of
 * X" slots, marks matches ready, completes byes (a side that can never be filled), and skips a
 * grand-final reset when the winners-bracket champion won the first grand final. Matches must be
 * in dependency order (every creator in this folder emits them so). Pure: unchanged matches are
 * returned as the same objects.
 *
 * @example
 * settleMatches(createdMatches).matches.filter((m) => m.status === 'ready')
 */
export function settleMatches(matches: readonly Match[]): SettledMatches {
  const byId = new Map<string, Match>();
  const out: Match[] = [];
  const changed: string[] = [];
  let conflict: string | null = null;
  for (const match of matches) {
    let resolved = true;
    const slots = match.slots.map((slot): Slot => {
      if (slot.from === null) return slot;
      const source = byId.get(slot.from.matchId);
      if (source === undefined) throw new Error(`match ${match.id} depends on unknown ${slot.from.matchId}`);
      if (source.status === 'completed') {
        const entrantId = slot.from.type === 'winner' ? source.winnerId : source.loserId;
        return entrantId === slot.entrantId ? slot : { entrantId, from: slot.from };
      }
      if (source.status !== 'skipped') resolved = false;
      return slot.entrantId === null ? slot : { entrantId: null, from: slot.from };
    }) as unknown as [Slot, Slot];
    const [a, b] = [slots[0].entrantId, slots[1].entrantId];
    let next: Match;
    if (match.role === 'reset') {
      next = settleReset(match, slots, byId);
    } else if (!resolved) {
      next = { ...match, slots, status: 'pending', winnerId: null, loserId: null };
    } else if (a !== null && b !== null) {
      next =
        match.result === null ? { ...match, slots, status: 'ready', winnerId: null, loserId: null } : match;
    } else {
      next = { ...match, slots, status: 'completed', result: null, winnerId: a ?? b, loserId: null };
    }
    const entrantsMoved = slots[0] !== match.slots[0] || slots[1] !== match.slots[1];
    if (match.result !== null && (entrantsMoved || next.result === null) && conflict === null)
      conflict = match.id;
    if (next !== match && next.result !== null && entrantsMoved) next = { ...next, slots };
    const same =
      next.status === match.status &&
      next.winnerId === match.winnerId &&
      next.loserId === match.loserId &&
      next.result === match.result &&
      !entrantsMoved;
    const kept = same ? match : next;
    if (!same) changed.push(match.id);
    byId.set(match.id, kept);
    out.push(kept);
  }
  return { matches: out, changed, conflict };
}

function settleReset(match: Match, slots: [Slot, Slot], byId: Map<string, Match>): Match {
  const sourceId = slots[0].from?.matchId;
  const first = sourceId === undefined ? undefined : byId.get(sourceId);
  if (first === undefined || first.status !== 'completed') {
    return { ...match, slots, status: 'pending', result: null, winnerId: null, loserId: null };
  }
  // The winners-bracket champion sits in side 0 of the first grand final and has not lost yet.
  if (first.winnerId === first.slots[0].entrantId) {
    return { ...match, slots, status: 'skipped', result: null, winnerId: null, loserId: null };
  }
  return match.result === null ? { ...match, slots, status: 'ready', winnerId: null, loserId: null } : match;
}
