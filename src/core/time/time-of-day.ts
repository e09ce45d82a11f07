/**
 * A wall-clock time of day, "HH:MM" on a 24-hour clock ("00:00" to "23:59"). Windows of sensible hours
 * may also end at "24:00", the midnight that closes a day.
 */
export type TimeOfDay = string;

const timePattern = /^([01]\d|2[0-4]):([0-5]\d)$/;

/**
 * True for "HH:MM" from "00:00" to "24:00".
 *
 * @example
 * isTimeOfDay('15:30') // true
 * isTimeOfDay('24:30') // false
 */
export function isTimeOfDay(value: string): value is TimeOfDay {
  const match = timePattern.exec(value);
  if (match === null) return false;
  return match[1] !== '24' || match[2] === '00';
}

/**
 * Minutes since midnight for "HH:MM".
 *
 * @example
 * minutesOfDay('15:30') // 930
 */
export function minutesOfDay(time: TimeOfDay): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * "HH:MM" for minutes since midnight (1440 gives "24:00").
 *
 * @example
 * timeOfDayFromMinutes(930) // '15:30'
 */
export function timeOfDayFromMinutes(minutes: number): TimeOfDay {
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, '0')}:${String(minutes - hours * 60).padStart(2, '0')}`;
}
