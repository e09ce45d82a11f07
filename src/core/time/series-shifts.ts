import { addDays, type CalendarDate } from './calendar-date.js';
import type { TimeOfDay } from './time-of-day.js';
import { instantFromLocal, isoUtc, isoWithOffset, zonedParts } from './zoned-time.js';

/** A weekly (or every N weeks) series anchored at a wall-clock time in one zone. */
export interface WeeklySeries {
  anchorTimeZone: string;
  /** Local date of the first occurrence in the anchor zone. */
  firstDate: CalendarDate;
  /** Local start time in the anchor zone, "HH:MM". */
  time: TimeOfDay;
  /** 1 for weekly, 2 for every other week, … */
  everyWeeks: number;
  /** Number of occurrences. */
  count: number;
}

/** One occurrence of a series. */
export interface SeriesOccurrence {
  index: number;
  /** ISO UTC. */
  startsAt: string;
  /** Start in each city as ISO with offset. */
  localTimes: Record<string, string>;
}

/** An occurrence whose local time in a city differs from the occurrence before it. */
export interface SeriesShift {
  /** Index of the moved occurrence (0 is the first). */
  index: number;
  city: string;
  startsAt: string;
  /** The previous occurrence's local start in the city, ISO with offset. */
  previousLocalTime: string;
  /** This occurrence's local start in the city, ISO with offset. */
  localTime: string;
  /** How far the local clock time moved: -60 when 17:00 becomes 16:00. */
  minutesMoved: number;
}

/**
 * The occurrences of a series: the same wall-clock time in the anchor zone every N weeks (a time that
 * falls in a spring-forward gap moves forward by the gap, as calendar apps do).
 *
 * @example
 * seriesOccurrences({ anchorTimeZone: 'Europe/Helsinki', firstDate: '2027-03-21', time: '10:00', everyWeeks: 1, count: 2 },
 *   { espoo: 'Europe/Helsinki', osan: 'Asia/Seoul' })
 * // [ { index: 0, startsAt: '2027-03-21T08:00:00Z', localTimes: { espoo: '2027-03-21T10:00:00+02:00', osan: '2027-03-21T17:00:00+09:00' } },
 * //   { index: 1, startsAt: '2027-03-28T07:00:00Z', localTimes: { espoo: '2027-03-28T10:00:00+03:00', osan: '2027-03-28T16:00:00+09:00' } } ]
 */
export function seriesOccurrences(
  series: WeeklySeries,
  cityZones: Readonly<Record<string, string>>,
): SeriesOccurrence[] {
  const occurrences: SeriesOccurrence[] = [];
  for (let index = 0; index < series.count; index += 1) {
    const date = addDays(series.firstDate, index * 7 * series.everyWeeks);
    const instant = instantFromLocal({ date, time: series.time }, series.anchorTimeZone);
    const localTimes: Record<string, string> = {};
    for (const [city, zone] of Object.entries(cityZones)) localTimes[city] = isoWithOffset(instant, zone);
    occurrences.push({ index, startsAt: isoUtc(instant), localTimes });
  }
  return occurrences;
}

/**
 * Occurrences whose local start in some city differs from the previous occurrence's, so that the people
 * of that city can be told before it happens. A series at 10:00 in Helsinki is at 17:00 in Seoul in
 * winter and 16:00 in summer: it moves on the last Sundays of March and October.
 *
 * @example
 * findSeriesShifts({ anchorTimeZone: 'Europe/Helsinki', firstDate: '2027-03-21', time: '10:00', everyWeeks: 1, count: 2 },
 *   { osan: 'Asia/Seoul' })
 * // [{ index: 1, city: 'osan', startsAt: '2027-03-28T07:00:00Z', previousLocalTime: '2027-03-21T17:00:00+09:00',
 * //    localTime: '2027-03-28T16:00:00+09:00', minutesMoved: -60 }]
 */
export function findSeriesShifts(
  series: WeeklySeries,
  cityZones: Readonly<Record<string, string>>,
): SeriesShift[] {
  const occurrences = seriesOccurrences(series, cityZones);
  const shifts: SeriesShift[] = [];
  for (let index = 1; index < occurrences.length; index += 1) {
    const previous = occurrences[index - 1];
    const current = occurrences[index];
    if (previous === undefined || current === undefined) continue;
    for (const [city, zone] of Object.entries(cityZones)) {
      const before = clockMinutes(new Date(previous.startsAt), zone);
      const after = clockMinutes(new Date(current.startsAt), zone);
      if (before === after) continue;
      // Compare across midnight the short way round: 23:30 to 00:30 is +60, not -1380.
      let moved = after - before;
      if (moved > 720) moved -= 1440;
      if (moved < -720) moved += 1440;
      shifts.push({
        index,
        city,
        startsAt: current.startsAt,
        previousLocalTime: previous.localTimes[city] ?? '',
        localTime: current.localTimes[city] ?? '',
        minutesMoved: moved,
      });
    }
  }
  return shifts;
}

function clockMinutes(instant: Date, timeZone: string): number {
  const parts = zonedParts(instant, timeZone);
  return parts.hour * 60 + parts.minute;
}
