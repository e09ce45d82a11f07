import type { WeeklyFreeTime } from './candidate.js';

/** Minutes in a week. Weekly minutes count from Monday 00:00 UTC of the reference week. */
export const minutesPerWeek = 7 * 24 * 60;

const minuteMs = 60_000;
const dayMs = 24 * 60 * minuteMs;

/** A stretch of a week in UTC weekly minutes, `[start, end)`, with `0 <= start < end <= minutesPerWeek`. */
export type WeeklyInterval = readonly [start: number, end: number];

/** A weekday and wall-clock time in some zone. */
export interface WeekTime {
  weekday: number;
  time: string;
}

// The zone conversion lives here (not in src/core/time) so the matching stays self-contained.
const formatters = new Map<string, Intl.DateTimeFormat>();
// Per zone, offsets by quarter-hour bucket: numeric keys, so a run's many lookups allocate nothing.
const offsetCache = new Map<string, Map<number, number>>();
let cachedOffsets = 0;
const quarterHourMs = 15 * minuteMs;

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The offset of a zone from UTC in minutes at an instant (positive east of Greenwich).
 * Throws a RangeError for a zone the runtime does not know.
 *
 * @example
 * zoneOffsetMinutes('Europe/Helsinki', Date.parse('2027-01-11T12:00:00Z')) // 120
 * zoneOffsetMinutes('Europe/Helsinki', Date.parse('2027-07-12T12:00:00Z')) // 180
 */
export function zoneOffsetMinutes(timeZone: string, epochMs: number): number {
  // Zone transitions fall on quarter hours, so one lookup per zone and quarter hour is exact.
  const bucket = Math.floor(epochMs / quarterHourMs);
  let zoneOffsets = offsetCache.get(timeZone);
  if (zoneOffsets === undefined) {
    zoneOffsets = new Map();
    offsetCache.set(timeZone, zoneOffsets);
  }
  const cached = zoneOffsets.get(bucket);
  if (cached !== undefined) return cached;
  const at = bucket * quarterHourMs;
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(at)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
  );
  const offset = Math.round((wall - at) / minuteMs);
  if (cachedOffsets > 200_000) {
    offsetCache.clear();
    cachedOffsets = 0;
    zoneOffsets = new Map();
    offsetCache.set(timeZone, zoneOffsets);
  }
  zoneOffsets.set(bucket, offset);
  cachedOffsets += 1;
  return offset;
}

/**
 * Monday 00:00 UTC of the ISO week that contains an instant, as epoch milliseconds. Weekly minutes
 * are counted from it, and each person's wall-clock times are read on that week's dates, so the
 * daylight-saving side of every zone is the one in force that week.
 *
 * @example
 * new Date(referenceWeekStart(new Date('2027-03-31T09:00:00Z'))).toISOString() // '2027-03-29T00:00:00.000Z'
 */
export function referenceWeekStart(instant: Date): number {
  const dayStart = Math.floor(instant.getTime() / dayMs) * dayMs;
  const isoWeekday = ((new Date(dayStart).getUTCDay() + 6) % 7) + 1;
  return dayStart - (isoWeekday - 1) * dayMs;
}

/** The instant at which a wall-clock time (minutes after a UTC-midnight date) happens in a zone. */
function zonedToEpoch(timeZone: string, localMs: number): number {
  const first = localMs - zoneOffsetMinutes(timeZone, localMs) * minuteMs;
  return localMs - zoneOffsetMinutes(timeZone, first) * minuteMs;
}

/** The ASCII digit at a position of a string, or NaN. */
function digitAt(value: string, at: number): number {
  const code = value.charCodeAt(at) - 48;
  return code >= 0 && code <= 9 ? code : Number.NaN;
}

/**
 * Minutes after midnight of an "HH:MM" time ("24:00" is 1440), or undefined when malformed.
 *
 * @example
 * parseClockTime('16:30') // 990
 */
export function parseClockTime(value: string): number | undefined {
  // Read by character codes: profiles (and free time is parsed for every person of a run) are
  // strict "HH:MM", 00:00–23:59 or 24:00.
  if (typeof value !== 'string' || value.length !== 5 || value.charCodeAt(2) !== 58) return undefined;
  const hours = digitAt(value, 0) * 10 + digitAt(value, 1);
  const minutes = digitAt(value, 3) * 10 + digitAt(value, 4);
  if (Number.isNaN(hours) || Number.isNaN(minutes)) return undefined;
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return undefined;
  return hours * 60 + minutes;
}

/** True when a free-time entry is well formed (ISO weekday, valid times, not empty). */
export function isWeeklyFreeTime(entry: WeeklyFreeTime): boolean {
  const from = parseClockTime(entry.from);
  const to = parseClockTime(entry.to);
  return (
    Number.isInteger(entry.weekday) &&
    entry.weekday >= 1 &&
    entry.weekday <= 7 &&
    from !== undefined &&
    from !== 1440 &&
    to !== undefined &&
    !(from === 0 && to === 0)
  );
}

/**
 * A person's weekly free time as UTC weekly intervals of the reference week, sorted and merged.
 * Each wall-clock time is read on its own date of that week, so a week that contains a DST change
 * shifts only the days after it. Malformed entries are skipped (check them with isWeeklyFreeTime).
 *
 * @example
 * // Tuesday 16:00–19:00 in Helsinki, winter (UTC+2): Tuesday 14:00–17:00 UTC.
 * weeklyUtcIntervals([{ weekday: 2, from: '16:00', to: '19:00' }], 'Europe/Helsinki',
 *   referenceWeekStart(new Date('2027-01-13T00:00:00Z'))) // [[2280, 2460]]
 */
export function weeklyUtcIntervals(
  availability: readonly WeeklyFreeTime[],
  timeZone: string,
  weekStartMs: number,
): WeeklyInterval[] {
  const raw: [number, number][] = [];
  for (const entry of availability) {
    if (!isWeeklyFreeTime(entry)) continue;
    const from = parseClockTime(entry.from) as number;
    let to = parseClockTime(entry.to) as number;
    if (to <= from) to += 1440;
    const dayLocalMs = weekStartMs + (entry.weekday - 1) * dayMs;
    const startMs = zonedToEpoch(timeZone, dayLocalMs + from * minuteMs);
    const endMs = zonedToEpoch(timeZone, dayLocalMs + to * minuteMs);
    const length = Math.round((endMs - startMs) / minuteMs);
    if (length <= 0) continue;
    const start = (((Math.round((startMs - weekStartMs) / minuteMs) % minutesPerWeek) + minutesPerWeek) %
      minutesPerWeek) as number;
    const end = start + Math.min(length, minutesPerWeek);
    if (end <= minutesPerWeek) raw.push([start, end]);
    else {
      raw.push([start, minutesPerWeek]);
      raw.push([0, end - minutesPerWeek]);
    }
  }
  raw.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of raw) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * The weekday and wall-clock time in a zone of a weekly minute of the reference week (minutes past
 * the week's end wrap to its start).
 *
 * @example
 * // Tuesday 14:00 UTC in January: 16:00 in Espoo, 23:00 in Osan.
 * localWeekTime(referenceWeekStart(new Date('2027-01-13T00:00:00Z')), 2280, 'Asia/Seoul')
 * // { weekday: 2, time: '23:00' }
 */
export function localWeekTime(weekStartMs: number, minute: number, timeZone: string): WeekTime {
  const epoch = weekStartMs + (((minute % minutesPerWeek) + minutesPerWeek) % minutesPerWeek) * minuteMs;
  const local = new Date(epoch + zoneOffsetMinutes(timeZone, epoch) * minuteMs);
  const hours = String(local.getUTCHours()).padStart(2, '0');
  const minutes = String(local.getUTCMinutes()).padStart(2, '0');
  return { weekday: ((local.getUTCDay() + 6) % 7) + 1, time: `${hours}:${minutes}` };
}
