import type { CalendarDate } from '../time/calendar-date.js';

/** The lowest age at which Silta admits anyone, in every city. */
export const minimumAge = 13;

/**
 * Completed years between a birth date and a day. Someone born on 29 February turns a year older
 * on 1 March in common years (as Finnish and Korean law count it).
 *
 * @example
 * ageOn('2010-06-15', '2026-06-14') // 15
 * ageOn('2010-06-15', '2026-06-15') // 16
 */
export function ageOn(birthDate: CalendarDate, day: CalendarDate): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [dy, dm, dd] = day.split('-').map(Number) as [number, number, number];
  const hadBirthday = dm > bm || (dm === bm && dd >= bd);
  return dy - by - (hadBirthday ? 0 : 1);
}

/** The rules of a city's jurisdiction that decide what a young person may do alone. */
export interface AgeRules {
  consentAge: number;
  majorityAge: number;
}

export type AdmissionDecision =
  | { admitted: false; reason: 'too_young' | 'born_in_future' }
  | { admitted: true; needsGuardianConsent: boolean; minor: boolean; age: number };

/**
 * Decides whether a person may have an account, and whether a guardian must consent first,
 * from the birth date and the rules of the person's city.
 */
export function decideAdmission(
  birthDate: CalendarDate,
  today: CalendarDate,
  rules: AgeRules,
): AdmissionDecision {
  if (birthDate > today) return { admitted: false, reason: 'born_in_future' };
  const age = ageOn(birthDate, today);
  if (age < minimumAge) return { admitted: false, reason: 'too_young' };
  return {
    admitted: true,
    needsGuardianConsent: age < rules.consentAge,
    minor: age < rules.majorityAge,
    age,
  };
}
