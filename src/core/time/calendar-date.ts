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

/** Whether a string names an IANA time zone this runtime knows. */
export function isTimeZone(value: string): boolean {
  if (value.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
