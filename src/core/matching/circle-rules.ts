import { type FreeTimeSlots, fullWeek, intersectSlots, longestFreeRunMinutes } from './free-time-slots.js';
import { canLearnFrom, type PreparedCandidate } from './prepared-candidate.js';

/** The hard rules of a circle, with the defaults the partnership agreed. */
export interface CircleRules {
  minSize: number;
  maxSize: number;
  /** The shortest shared weekly window a circle needs to meet in, in minutes. */
  minSharedMinutes: number;
}

export const defaultCircleRules: CircleRules = { minSize: 4, maxSize: 8, minSharedMinutes: 60 };

/** A rule a group breaks. */
export type CircleViolation = 'size' | 'city_balance' | 'age_band' | 'partner_language' | 'shared_time';

/** The free time everyone in a group shares. */
export function sharedSlots(members: readonly PreparedCandidate[]): FreeTimeSlots {
  const shared = fullWeek();
  for (const member of members) intersectSlots(shared, member.slots, shared);
  return shared;
}

/** Whether everyone learns a language that someone from the other city speaks natively. */
export function everyoneHasPartnerLanguage(members: readonly PreparedCandidate[]): boolean {
  return members.every((learner) =>
    members.some((speaker) => speaker.side !== learner.side && canLearnFrom(learner, speaker)),
  );
}

/**
 * Every rule a group breaks; empty for a valid circle: 4–8 people, both cities with counts at most
 * one apart, one age band, everyone's learning language native to someone of the other city, and
 * a shared weekly window of at least an hour.
 *
 * @example
 * circleViolations([aino, minji], defaultCircleRules) // ['size']
 */
export function circleViolations(
  members: readonly PreparedCandidate[],
  rules: CircleRules = defaultCircleRules,
): CircleViolation[] {
  const violations: CircleViolation[] = [];
  if (members.length < rules.minSize || members.length > rules.maxSize) violations.push('size');
  const first = members.filter((member) => member.side === 0).length;
  if (Math.abs(first - (members.length - first)) > 1) violations.push('city_balance');
  if (members.some((member) => member.band !== members[0]?.band)) violations.push('age_band');
  if (!everyoneHasPartnerLanguage(members)) violations.push('partner_language');
  if (longestFreeRunMinutes(sharedSlots(members)) < rules.minSharedMinutes) violations.push('shared_time');
  return violations;
}

/** True when a group breaks no rule. */
export function isValidCircle(
  members: readonly PreparedCandidate[],
  rules: CircleRules = defaultCircleRules,
): boolean {
  // Cheapest rules first; the same rules as circleViolations.
  if (members.length < rules.minSize || members.length > rules.maxSize) return false;
  let first = 0;
  for (const member of members) {
    if (member.band !== members[0]?.band) return false;
    if (member.side === 0) first += 1;
  }
  if (Math.abs(first - (members.length - first)) > 1) return false;
  if (!everyoneHasPartnerLanguage(members)) return false;
  return longestFreeRunMinutes(sharedSlots(members)) >= rules.minSharedMinutes;
}
