/** The age bands young people are shown in and grouped by; nobody shares a circle across bands. */
export const ageBands = ['13-15', '16-17', '18-24', '25-29'] as const;
export type AgeBand = (typeof ageBands)[number];

/** CEFR levels in ascending order, so an index difference measures how far two learners are apart. */
export const cefrLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type CefrLevel = (typeof cefrLevels)[number];

/** A language someone is learning, with their level in it. */
export interface LearningLanguage {
  language: string;
  level: CefrLevel;
}

/**
 * A weekly stretch of free time in the person's own zone. `weekday` is ISO (1 = Monday, 7 = Sunday);
 * `from` and `to` are "HH:MM" wall-clock times; `to` may be "24:00", and a `to` at or before `from`
 * runs past midnight into the next day.
 *
 * @example
 * const mondayEvening: WeeklyFreeTime = { weekday: 1, from: '16:00', to: '19:00' };
 */
export interface WeeklyFreeTime {
  weekday: number;
  from: string;
  to: string;
}

/**
 * A young person as the matching sees them: nothing identifying beyond an id, and age only as a band.
 *
 * @example
 * const aino: MatchingCandidate = {
 *   id: 'u1', cityId: 'espoo', timeZone: 'Europe/Helsinki', ageBand: '16-17',
 *   nativeLanguages: ['fi'], learning: [{ language: 'ko', level: 'A2' }],
 *   interests: ['e-sports', 'music'], availability: [{ weekday: 2, from: '16:00', to: '19:00' }],
 *   preferredCircleSize: 6,
 * };
 */
export interface MatchingCandidate {
  id: string;
  cityId: string;
  /** IANA zone the availability is written in (usually the city's). */
  timeZone: string;
  ageBand: AgeBand;
  nativeLanguages: readonly string[];
  learning: readonly LearningLanguage[];
  interests: readonly string[];
  availability: readonly WeeklyFreeTime[];
  preferredCircleSize?: number;
}

/** One of the two cities a matching run pairs, with the zone its local times are shown in. */
export interface MatchingCity {
  id: string;
  timeZone: string;
}
