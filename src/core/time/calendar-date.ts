/**
 * A calendar date ("YYYY-MM-DD") with no time and no zone, such as a birth date or a holiday.
 * Dates are compared as strings: the format sorts chronologically.
 */
export type CalendarDate = string;

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real Gregorian date in ISO form ("2024-02-29" yes, "2023-02-29" no). */
export function isCalendarDate(value: string): value is CalendarDate {
  const match = datePattern.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The calendar date an instant falls on in an IANA time zone.
 *
 * @example
 * calendarDateIn(new Date('2026-01-01T20:00:00Z'), 'Asia/Seoul') // '2026-01-02'
 */
export function calendarDateIn(instant: Date, timeZone: string): CalendarDate {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

const knownZones = new Map<string, boolean>();

/** Whether a string names an IANA time zone this runtime knows (answers are remembered: asking Intl is slow). */
export function isTimeZone(value: string): boolean {
  const known = knownZones.get(value);
  if (known !== undefined) return known;
  let valid = value.trim() !== '';
  if (valid) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
    } catch {
      valid = false;
    }
  }
  if (knownZones.size < 10_000) knownZones.set(value, valid);
  return valid;
}

const dayMs = 86_400_000;

/** Days since 1970-01-01 for a calendar date (the date read as a UTC day). */
export function epochDayOf(date: CalendarDate): number {
  return Math.round(
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / dayMs,
  );
}

/** The calendar date a number of days after 1970-01-01; the inverse of `epochDayOf`. */
export function calendarDateFromEpochDay(epochDay: number): CalendarDate {
  return new Date(epochDay * dayMs).toISOString().slice(0, 10);
}

/**
 * A date some days later (or earlier, with a negative count).
 *
 * @example
 * addDays('2026-02-28', 1) // '2026-03-01'
 * addDays('2026-01-01', -1) // '2025-12-31'
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return calendarDateFromEpochDay(epochDayOf(date) + days);
}

/**
 * ISO weekday of a date: 1 is Monday, 7 is Sunday.
 *
 * @example
 * isoWeekday('2027-03-28') // 7 (a Sunday)
 */
export function isoWeekday(date: CalendarDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((epochDayOf(date) + 3) % 7) + 7) % 7) + 1;
}

/**
 * Every date from `from` to `to`, both included (empty when `to` is before `from`).
 *
 * @example
 * datesBetween('2026-12-30', '2027-01-01') // ['2026-12-30', '2026-12-31', '2027-01-01']
 */
export function datesBetween(from: CalendarDate, to: CalendarDate): CalendarDate[] {
  const dates: CalendarDate[] = [];
  for (let day = epochDayOf(from), last = epochDayOf(to); day <= last; day += 1) {
    dates.push(calendarDateFromEpochDay(day));
  }
  return dates;
}
