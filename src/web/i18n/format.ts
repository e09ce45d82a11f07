import type { Locale } from '../../core/i18n/locales.js';
import { type CalendarDate, calendarDateIn } from '../../core/time/calendar-date.js';

/**
 * The web app's only door to date and time formatting: everything goes through Intl here, so that
 * every page shows times the same way, in the viewer's zone and in each city's zone.
 */

const formats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/** A place with a name and an IANA zone, such as a partnership city. */
export interface ZonedPlace {
  name: string;
  timeZone: string;
}

/** The zone the browser runs in, e.g. "Europe/Helsinki". */
export function browserTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Every IANA zone this browser knows, for a zone picker. */
export function supportedTimeZones(): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

/** The calendar date it is now in a zone. */
export function todayIn(timeZone: string, now: Date = new Date()): CalendarDate {
  return calendarDateIn(now, timeZone);
}

/**
 * Every clock reading uses the 24-hour clock in every language: "PM 5:00" read across seven hours of
 * time difference invites mistakes (the server's e-mails and calendars use 24 h too).
 */
const clock = { hourCycle: 'h23', hour: '2-digit', minute: '2-digit' } as const;

/**
 * Finnish writes a clock time as "klo 8.05": a period, no leading zero, "klo" before it (as Intl's own
 * Finnish date-and-time pattern does). Swedish, English and Korean keep what Intl gives: "08:05".
 */
function clockTime(instant: Date, locale: Locale, timeZone: string): string {
  if (locale !== 'fi') return dateTimeFormat(locale, { timeZone, ...clock }).format(instant);
  return dateTimeFormat(locale, { timeZone, ...clock, hour: 'numeric' }).format(instant);
}

function withKlo(locale: Locale, time: string): string {
  return locale === 'fi' ? `klo ${time}` : time;
}

/** Clock time, e.g. "klo 8.05" (fi), "08:05" (sv, en, ko). */
export function formatTime(instant: Date, locale: Locale, timeZone: string): string {
  return withKlo(locale, clockTime(instant, locale, timeZone));
}

/**
 * A wall-clock time with no date or zone, as "HH:MM" ("09:00"), in the viewer's language: "klo 9.00"
 * (fi), "09:00" (sv, en, ko). For weekly free-time slots and the like.
 */
export function formatClockTime(hhmm: string, locale: Locale): string {
  const [hours, minutes] = hhmm.split(':').map(Number) as [number, number];
  // "24:00" ends a day in a weekly slot; Intl's 24-hour clock has no 24.
  if (hours === 24) return formatClockTime(`00:${hhmm.slice(3)}`, locale).replace(/\b0?0(?=[.:])/, '24');
  return formatTime(new Date(Date.UTC(2000, 0, 1, hours, minutes)), locale, 'UTC');
}

/** Short weekday and time, e.g. "Tue 10:00", "ti klo 10.00". */
export function formatWeekdayTime(instant: Date, locale: Locale, timeZone: string): string {
  if (locale === 'fi') {
    const weekday = dateTimeFormat(locale, { timeZone, weekday: 'short' }).format(instant);
    return `${weekday} ${formatTime(instant, locale, timeZone)}`;
  }
  return dateTimeFormat(locale, { timeZone, weekday: 'short', ...clock }).format(instant);
}

/** Date and time for records such as the audit log, in the viewer's zone. */
export function formatDateTime(instant: Date, locale: Locale, timeZone: string): string {
  return dateTimeFormat(locale, {
    timeZone,
    dateStyle: 'medium',
    timeStyle: 'short',
    hourCycle: 'h23',
  }).format(instant);
}

/** The day of an instant in a zone, with its weekday: "Tuesday 13 January 2026". */
export function formatLongDay(instant: Date, locale: Locale, timeZone: string): string {
  return dateTimeFormat(locale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(instant);
}

/** A short day with its weekday: "Tue, Jan 13", "ti 13.1.", "1월 13일 (화)". */
export function formatShortDay(instant: Date, locale: Locale, timeZone: string): string {
  return dateTimeFormat(locale, { timeZone, weekday: 'short', day: 'numeric', month: 'short' }).format(
    instant,
  );
}

/** A month of a year, e.g. "January 2026", "tammikuu 2026", "2026년 1월". */
export function formatMonth(month: CalendarMonth, locale: Locale): string {
  return dateTimeFormat(locale, { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(
    calendarDateToUtc(`${month}-01`),
  );
}

/** A start and end clock time in one zone: "10:00–11:30", "klo 10.00–11.30". */
export function formatTimeRange(start: Date, end: Date, locale: Locale, timeZone: string): string {
  // Built by hand so that both ends read exactly as formatTime does, with "klo" once in Finnish.
  return withKlo(locale, `${clockTime(start, locale, timeZone)}–${clockTime(end, locale, timeZone)}`);
}

/** "YYYY-MM". */
export type CalendarMonth = string;

/**
 * An instant in the viewer's zone and in each place's zone: "Tue 10:00 Espoo · 17:00 Osan" (with
 * `withDate`, for times weeks away: "Sat 28 Nov 10:00 Espoo · 17:00 Osan"). The weekday is repeated
 * only where the date differs from the first part. The viewer's own time comes
 * first, labelled, unless the viewer is in one of the places' zones.
 */
export function formatAcrossZones(
  instant: Date,
  locale: Locale,
  places: readonly ZonedPlace[],
  viewer?: { timeZone: string; label: string },
  options: { withDate?: boolean } = {},
): string {
  const parts: { text: string; day: string }[] = [];
  const day = (zone: string) => calendarDateIn(instant, zone);
  // The first part names the day: its weekday, or with `withDate` the date too ("Sat 28 Nov 10:00").
  const firstTime = (zone: string) =>
    options.withDate === true
      ? `${formatShortDay(instant, locale, zone)} ${formatTime(instant, locale, zone)}`
      : formatWeekdayTime(instant, locale, zone);
  if (viewer !== undefined && !places.some((place) => place.timeZone === viewer.timeZone)) {
    parts.push({ text: `${firstTime(viewer.timeZone)} ${viewer.label}`, day: day(viewer.timeZone) });
  }
  for (const place of places) {
    const firstDay = parts[0]?.day;
    const placeDay = day(place.timeZone);
    const time =
      firstDay === undefined
        ? firstTime(place.timeZone)
        : firstDay !== placeDay
          ? formatWeekdayTime(instant, locale, place.timeZone)
          : formatTime(instant, locale, place.timeZone);
    parts.push({ text: `${time} ${place.name}`, day: placeDay });
  }
  return parts.map((part) => part.text).join(' · ');
}

function calendarDateToUtc(date: CalendarDate): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

/** A calendar date with no zone, e.g. "29 September 2021". */
export function formatDate(date: CalendarDate, locale: Locale): string {
  return dateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'long' }).format(calendarDateToUtc(date));
}

/** A range of calendar dates, e.g. "29 September 2021 – 29 September 2026". */
export function formatDateRange(start: CalendarDate, end: CalendarDate, locale: Locale): string {
  return dateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'long' }).formatRange(
    calendarDateToUtc(start),
    calendarDateToUtc(end),
  );
}

/** Minutes a zone is ahead of UTC at an instant (Helsinki in summer: 180). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const name =
    dateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(instant)
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name);
  if (match === null) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/** Hours `other` is ahead of `reference` at an instant; negative when behind (Osan vs Espoo: 6 or 7). */
export function hoursAhead(instant: Date, referenceZone: string, otherZone: string): number {
  return (zoneOffsetMinutes(instant, otherZone) - zoneOffsetMinutes(instant, referenceZone)) / 60;
}

/** "UTC+3", "UTC+5:30", "UTC". */
export function formatUtcOffset(instant: Date, timeZone: string): string {
  const minutes = zoneOffsetMinutes(instant, timeZone);
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '−' : '+';
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `UTC${sign}${hours}${rest === 0 ? '' : `:${String(rest).padStart(2, '0')}`}`;
}

/**
 * A zone named as people say it, never as an IANA id: a partnership city's time through `cityTime`
 * ("Espoo, paikallinen aika", "오산 시간"), else the zone's own name in the viewer's language ("Itä-Euroopan
 * aika", "영국 시간").
 */
export function formatZoneName(
  timeZone: string,
  locale: Locale,
  places: readonly ZonedPlace[],
  cityTime: (city: string) => string,
  instant: Date = new Date(),
): string {
  const cities = places.filter((place) => place.timeZone === timeZone).map((place) => place.name);
  if (cities.length > 0) return cityTime(formatList(cities, locale));
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 'UTC';
  return (
    dateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' })
      .formatToParts(instant)
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone
  );
}

/** A country's name in the viewer's language ("FI" → "Suomi"). */
export function countryName(code: string, locale: Locale): string {
  return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
}

/** A language's name in the viewer's language ("ko" → "korea"). */
export function languageName(code: string, locale: Locale): string {
  return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
}

/** A list joined the way the language does it ("A, B and C"). */
export function formatList(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/** Milliseconds until the next whole minute, so that clocks tick on the minute. */
export function msUntilNextMinute(now: Date): number {
  return 60_000 - (now.getTime() % 60_000);
}
