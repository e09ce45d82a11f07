import type { CircleRules } from './circle-rules.js';
import { sharedRunTime, slotMinutes } from './free-time-slots.js';
import { canLearnFrom, type PreparedCandidate } from './prepared-candidate.js';

/**
 * Why someone stayed out of every circle, checked in this order (the first that holds is given):
 * - `invalid_profile`: unknown zone, age band or level, malformed free time, or a repeated id;
 * - `city_not_in_run`: their city is not one of the run's two;
 * - `age_band_too_small`: their band lacks the people of either city that even the smallest circle needs;
 * - `no_partner_language`: nobody of the other city in their band speaks natively a language they learn;
 * - `no_shared_time`: none of those native speakers shares a long enough weekly window with them;
 * - `city_imbalance`: their city outnumbers the other in their band and every circle there already
 *   has as many of their city as balance and size allow;
 * - `no_fitting_circle`: each rule can be met alone, but no circle was found that meets them all together.
 */
export type UnmatchedReason =
  | 'invalid_profile'
  | 'city_not_in_run'
  | 'age_band_too_small'
  | 'no_partner_language'
  | 'no_shared_time'
  | 'city_imbalance'
  | 'no_fitting_circle';

/**
 * Explains unmatched people of one age band, from everyone in the band and the circles formed there.
 *
 * @example
 * const explain = unmatchedExplainer(bandPeople, bandCircles, defaultCircleRules);
 * explain(aino) // 'no_shared_time'
 */
export function unmatchedExplainer(
  band: readonly PreparedCandidate[],
  circles: readonly (readonly PreparedCandidate[])[],
  rules: CircleRules,
): (person: PreparedCandidate) => UnmatchedReason {
  const perSide = [0, 0];
  for (const p of band) perSide[p.side] = (perSide[p.side] as number) + 1;
  // Whether every circle already holds as many of a side as balance and size allow.
  const saturated = ([0, 1] as const).map((side) =>
    circles.every((circle) => {
      const same = circle.filter((p) => p.side === side).length;
      return circle.length >= rules.maxSize || same > circle.length - same;
    }),
  );
  const perCity = Math.max(1, Math.floor(rules.minSize / 2));
  const shared = new Int32Array(2);
  const minSlots = Math.ceil(rules.minSharedMinutes / slotMinutes);
  return (person) => {
    const own = perSide[person.side] as number;
    const other = (perSide[1 - person.side] as number) ?? 0;
    if (own < perCity || other < perCity || own + other < rules.minSize) return 'age_band_too_small';
    let speakers = 0;
    let sharing = false;
    for (const p of band) {
      if (p.side === person.side || !canLearnFrom(person, p)) continue;
      speakers += 1;
      sharedRunTime(person.runs, p.runs, shared);
      if ((shared[1] as number) >= minSlots) {
        sharing = true;
        break;
      }
    }
    if (speakers === 0) return 'no_partner_language';
    if (!sharing) return 'no_shared_time';
    if (own > other && saturated[person.side]) return 'city_imbalance';
    return 'no_fitting_circle';
  };
}

/**
 * The reason for one unmatched person (see unmatchedExplainer to explain many).
 *
 * @example
 * explainUnmatched(aino, bandPeople, bandCircles, defaultCircleRules) // 'no_shared_time'
 */
export function explainUnmatched(
  person: PreparedCandidate,
  band: readonly PreparedCandidate[],
  circles: readonly (readonly PreparedCandidate[])[],
  rules: CircleRules,
): UnmatchedReason {
  return unmatchedExplainer(band, circles, rules)(person);
}
