import type { CalendarDate } from './calendar-date.js';
import type { TimeOfDay } from './time-of-day.js';

/** The wall-clock reading of an instant in a time zone, with the zone's offset from UTC at that instant. */
export interface ZonedParts {
  /** "YYYY-MM-DD" */
  date: CalendarDate;
  /** "HH:MM" */
  time: TimeOfDay;
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: number;
  /** Local time minus UTC in minutes: 180 for Helsinki in summer, 540 for Seoul. */
  offsetMinutes: number;
}

/** A zone's offset from UTC, in minutes and in ISO form. */
export interface ZoneOffset {
  /** 180 for UTC+3, -300 for UTC-5. */
  minutes: number;
  /** "+03:00", "-05:00", "+00:00". */
  text: string;
}

/** A wall-clock reading without a zone: a date and "HH:MM" (seconds and milliseconds optional: "HH:MM:SS.sss"). */
export interface LocalDateTime {
  date: CalendarDate;
  time: string;
}

/**
 * What to do with a wall-clock time that happens twice (fall back) or never (spring forward), as in Temporal:
 * `compatible` takes the earlier of two and, in a gap, moves forward by the gap's length; `earlier` and
 * `later` pick the instant before or after.
 */
export type Disambiguation = 'compatible' | 'earlier' | 'later';

/** How a wall-clock time maps to instants in a zone: once, twice (overlap) or never (gap). */
export type LocalResolution =
  | { kind: 'unique'; instant: Date }
  | { kind: 'overlap'; earlier: Date; later: Date }
  | { kind: 'gap'; earlier: Date; later: Date };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    // Used only to read the wall clock of a zone, never to display: en-US with h23 gives plain digits.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const weekdays: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

interface WallFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

function wallFields(epochMs: number, timeZone: string): WallFields {
  const fields: WallFields = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, weekday: 0 };
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) {
    switch (part.type) {
      case 'year':
      case 'month':
      case 'day':
      case 'hour':
      case 'minute':
      case 'second':
        fields[part.type] = Number(part.value);
        break;
      case 'weekday':
        fields.weekday = weekdays[part.value] ?? 0;
        break;
      default:
        break;
    }
  }
  return fields;
}

function floorMod(value: number, divisor: number): number {
  return ((value % divisor) + divisor) % divisor;
}

/** Local wall-clock minus UTC, in milliseconds, at an epoch millisecond. */
export function offsetMsAt(epochMs: number, timeZone: string): number {
  const f = wallFields(epochMs, timeZone);
  const millisecond = floorMod(epochMs, 1000);
  return Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second, millisecond) - epochMs;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/**
 * The wall clock of an instant in an IANA zone.
 *
 * @example
 * zonedParts(new Date('2027-03-28T07:00:00Z'), 'Europe/Helsinki')
 * // { date: '2027-03-28', time: '10:00', hour: 10, weekday: 7, offsetMinutes: 180, ... }
 */
export function zonedParts(instant: Date, timeZone: string): ZonedParts {
  const epochMs = instant.getTime();
  const f = wallFields(epochMs, timeZone);
  const millisecond = floorMod(epochMs, 1000);
  const offsetMs = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second, millisecond) - epochMs;
  return {
    date: `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}`,
    time: `${pad(f.hour)}:${pad(f.minute)}`,
    year: f.year,
    month: f.month,
    day: f.day,
    hour: f.hour,
    minute: f.minute,
    second: f.second,
    millisecond,
    weekday: f.weekday,
    offsetMinutes: offsetMs / 60_000,
  };
}

/**
 * "+03:00" for 180 minutes, "-09:30" for -570, "+00:00" for 0. Offsets with seconds (local mean time
 * before 1921 in Helsinki) get "+01:39:49".
 *
 * @example
 * formatOffset(-570) // '-09:30'
 */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const totalSeconds = Math.round(Math.abs(minutes) * 60);
  const hours = Math.floor(totalSeconds / 3600);
  const mins = Math.floor((totalSeconds % 3600) / 60);
  const secs = totalSeconds % 60;
  return `${sign}${pad(hours)}:${pad(mins)}${secs === 0 ? '' : `:${pad(secs)}`}`;
}

/**
 * The offset of a zone from UTC at an instant.
 *
 * @example
 * offsetAt(new Date('2027-03-28T07:00:00Z'), 'Europe/Helsinki') // { minutes: 180, text: '+03:00' }
 * offsetAt(new Date('2027-01-10T07:00:00Z'), 'Pacific/Chatham') // { minutes: 825, text: '+13:45' }
 */
export function offsetAt(instant: Date, timeZone: string): ZoneOffset {
  const minutes = offsetMsAt(instant.getTime(), timeZone) / 60_000;
  return { minutes, text: formatOffset(minutes) };
}

/**
 * An instant as ISO 8601 with the zone's offset, as the sessions contract's `localTimes` show it.
 * Milliseconds appear only when not zero.
 *
 * @example
 * isoWithOffset(new Date('2027-03-28T07:00:00Z'), 'Europe/Helsinki') // '2027-03-28T10:00:00+03:00'
 * isoWithOffset(new Date('2027-03-28T07:00:00Z'), 'Asia/Seoul') // '2027-03-28T16:00:00+09:00'
 */
export function isoWithOffset(instant: Date, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  const fraction = p.millisecond === 0 ? '' : `.${pad(p.millisecond, 3)}`;
  return `${p.date}T${p.time}:${pad(p.second)}${fraction}${formatOffset(p.offsetMinutes)}`;
}

/**
 * An instant as ISO 8601 in UTC with a "Z", without milliseconds when they are zero.
 *
 * @example
 * isoUtc(new Date(Date.UTC(2027, 2, 28, 7))) // '2027-03-28T07:00:00Z'
 */
export function isoUtc(instant: Date): string {
  const text = instant.toISOString();
  return text.endsWith('.000Z') ? `${text.slice(0, -5)}Z` : text;
}

const localTimePattern = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

/** Milliseconds of a wall-clock reading as if it were UTC ("local epoch"); NaN when malformed. */
export function localEpochMs(local: LocalDateTime): number {
  const match = localTimePattern.exec(local.time);
  if (match === null || !/^\d{4}-\d{2}-\d{2}$/.test(local.date)) return Number.NaN;
  const fraction = match[4] === undefined ? 0 : Number(match[4].padEnd(3, '0'));
  return Date.UTC(
    Number(local.date.slice(0, 4)),
    Number(local.date.slice(5, 7)) - 1,
    Number(local.date.slice(8, 10)),
    Number(match[1]),
    Number(match[2]),
    Number(match[3] ?? 0),
    fraction,
  );
}

const dayMs = 86_400_000;

/**
 * Resolves a local epoch millisecond (a wall-clock reading counted as if UTC) in a zone, given how to read
 * the zone's offset. Shared by `resolveLocal` and the fast per-range timelines of the slot finder.
 */
export function resolveLocalEpochMs(
  localMs: number,
  offsetMsAtEpoch: (epochMs: number) => number,
): { kind: 'unique'; instant: number } | { kind: 'overlap' | 'gap'; earlier: number; later: number } {
  // Offsets are within ±1 day, so the offsets a day either side bracket any transition near this reading.
  const before = offsetMsAtEpoch(localMs - dayMs);
  const after = offsetMsAtEpoch(localMs + dayMs);
  const candidates = before === after ? [localMs - before] : [localMs - before, localMs - after];
  const valid = candidates
    .filter((epochMs) => offsetMsAtEpoch(epochMs) === localMs - epochMs)
    .sort((a, b) => a - b);
  const [first, second] = valid;
  if (first !== undefined && second !== undefined && first !== second) {
    return { kind: 'overlap', earlier: first, later: second };
  }
  if (first !== undefined) return { kind: 'unique', instant: first };
  // A gap: read the time with the offset before it (later instant) or after it (earlier instant).
  const early = localMs - Math.max(before, after);
  const late = localMs - Math.min(before, after);
  return { kind: 'gap', earlier: early, later: late };
}

/**
 * How a wall-clock time maps to instants in a zone: once, twice in a fall-back overlap, or never in a
 * spring-forward gap (then `earlier`/`later` are the readings with the offsets after/before the gap).
 *
 * @example
 * resolveLocal({ date: '2027-10-31', time: '03:30' }, 'Europe/Helsinki')
 * // { kind: 'overlap', earlier: 2027-10-31T00:30:00Z, later: 2027-10-31T01:30:00Z }
 * resolveLocal({ date: '2027-03-28', time: '03:30' }, 'Europe/Helsinki')
 * // { kind: 'gap', earlier: 2027-03-28T00:30:00Z, later: 2027-03-28T01:30:00Z }
 */
export function resolveLocal(local: LocalDateTime, timeZone: string): LocalResolution {
  const localMs = localEpochMs(local);
  if (Number.isNaN(localMs)) throw new RangeError(`Not a local date and time: ${local.date} ${local.time}`);
  const resolved = resolveLocalEpochMs(localMs, (epochMs) => offsetMsAt(epochMs, timeZone));
  if (resolved.kind === 'unique') return { kind: 'unique', instant: new Date(resolved.instant) };
  return { kind: resolved.kind, earlier: new Date(resolved.earlier), later: new Date(resolved.later) };
}

/**
 * The instant a wall-clock time names in a zone. In a spring-forward gap, `compatible` and `later` move the
 * time forward by the gap (03:30 in Helsinki on 28 March 2027 becomes 04:30 +03:00) and `earlier` moves it
 * back (02:30 +02:00); in a fall-back overlap, `compatible` and `earlier` take the first 03:30, `later` the
 * second.
 *
 * @example
 * instantFromLocal({ date: '2027-03-28', time: '10:00' }, 'Europe/Helsinki') // 2027-03-28T07:00:00Z
 * instantFromLocal({ date: '2027-03-28', time: '03:30' }, 'Europe/Helsinki') // 2027-03-28T01:30:00Z (04:30 local)
 * instantFromLocal({ date: '2027-10-31', time: '03:30' }, 'Europe/Helsinki', 'later') // 2027-10-31T01:30:00Z
 */
export function instantFromLocal(
  local: LocalDateTime,
  timeZone: string,
  disambiguation: Disambiguation = 'compatible',
): Date {
  const resolved = resolveLocal(local, timeZone);
  if (resolved.kind === 'unique') return resolved.instant;
  if (resolved.kind === 'overlap') return disambiguation === 'later' ? resolved.later : resolved.earlier;
  return disambiguation === 'earlier' ? resolved.earlier : resolved.later;
}
