import { daysOffBetween } from './holidays.js';
import {
  type AudienceChoice,
  audienceFor,
  hoursFor,
  type SchedulingCity,
  sensibleWindow,
} from './sensible-hours.js';
import type { SeriesBurden } from './slot-finder.js';
import { minutesOfDay } from './time-of-day.js';
import { zonedParts } from './zoned-time.js';

/** A session that took place (or is planned) at a fixed instant. */
export interface Occurrence {
  start: Date;
  durationMinutes: number;
}

/**
 * Who carried an inconvenient hour at one occurrence, by the slot finder's own measure: a city carries
 * the early hour when the session starts less than the comfort margin after its sensible window opens
 * that local day (or before it opens), the late hour when it ends less than the margin before the window
 * closes (or after). On a day without a window (a day off) the audience's usual window is the measure.
 * Feeding these to `findSlots` as `fairnessHistory` spares the city that carried the hour last time.
 *
 * @example
 * // Staff, 08:00–09:00 in Espoo is 15:00–16:00 in Osan: early in Espoo, late in Osan (window ends 17:00).
 * burdenOf({ start: new Date('2027-01-12T06:00:00Z'), durationMinutes: 60 }, 'staff', [
 *   { id: 'espoo', timeZone: 'Europe/Helsinki', country: 'FI' },
 *   { id: 'osan', timeZone: 'Asia/Seoul', country: 'KR' },
 * ])
 * // { early: ['espoo'], late: ['osan'] }
 */
export function burdenOf(
  occurrence: Occurrence,
  audience: AudienceChoice,
  cities: readonly SchedulingCity[],
  options: { comfortMarginMinutes?: number } = {},
): SeriesBurden {
  const marginMinutes = options.comfortMarginMinutes ?? 120;
  const early: string[] = [];
  const late: string[] = [];
  for (const city of cities) {
    const cityAudience = audienceFor(audience, city.id);
    const local = zonedParts(occurrence.start, city.timeZone);
    const date = local.date;
    const daysOff = daysOffBetween(city.country, date, date, city.extraDaysOff);
    const hours = hoursFor(city, cityAudience);
    const window = sensibleWindow(date, cityAudience, city, daysOff) ?? hours.window ?? hours.otherDays;
    if (window === null) continue;
    const opens = minutesOfDay(window.start);
    const closes = minutesOfDay(window.end);
    const starts = minutesOfDay(local.time);
    const ends = starts + occurrence.durationMinutes;
    // As in the slot finder: a short window cannot keep the full margin from both edges.
    const margin = Math.max(0, Math.min(marginMinutes, (closes - opens - occurrence.durationMinutes) / 2));
    if (starts - opens < margin) early.push(city.id);
    if (closes - ends < margin) late.push(city.id);
  }
  return { early, late };
}
