import type { Locale } from '../../../core/i18n/locales.js';

// Finnish writes "klo 8.05" (no leading zero), as the web does; the other languages keep "08:05".
function hourStyle(locale: Locale): 'numeric' | '2-digit' {
  return locale === 'fi' ? 'numeric' : '2-digit';
}

// Building an Intl.DateTimeFormat costs far more than using one: keep one per locale, zone and style.
const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(locale: Locale, timeZone: string, style: 'full' | 'short'): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${style}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(
      locale,
      style === 'full'
        ? {
            timeZone,
            weekday: 'long',
            year: 'numeric',
            month: 'long',
            day: 'numeric',
            hour: hourStyle(locale),
            minute: '2-digit',
            // A 24-hour clock everywhere: "PM 5:00" across seven time zones invites mistakes.
            hourCycle: 'h23',
            timeZoneName: 'short',
          }
        : { timeZone, weekday: 'short', hour: hourStyle(locale), minute: '2-digit', hourCycle: 'h23' },
    );
    formats.set(key, format);
  }
  return format;
}

/**
 * The server's only date formatting (e-mails, calendar descriptions). Shows an instant in the reader's
 * zone and, for cross-city items, in each city's zone.
 *
 * @example
 * formatInstant(new Date('2027-11-01T08:00:00Z'), 'ko', 'Asia/Seoul') // '2027년 11월 1일 월요일 17:00 GMT+9'
 */
export function formatInstant(instant: Date, locale: Locale, timeZone: string): string {
  return formatFor(locale, timeZone, 'full').format(instant);
}

export interface ZoneLabel {
  label: string;
  timeZone: string;
}

/**
 * "Tue 10:00 Espoo · Tue 17:00 Osan": one instant in several cities' local time.
 *
 * @example
 * formatInZones(new Date('2026-01-13T08:00:00Z'), 'en', [{ label: 'Espoo', timeZone: 'Europe/Helsinki' }, ...])
 */
export function formatInZones(instant: Date, locale: Locale, zones: readonly ZoneLabel[]): string {
  return zones
    .map(({ label, timeZone }) => `${shortWeekdayTime(instant, locale, timeZone)} ${label}`)
    .join(' · ');
}

/** "Tue 10:00"; in Finnish "ti klo 10.00", since Intl leaves out the "klo" it writes after a date. */
function shortWeekdayTime(instant: Date, locale: Locale, timeZone: string): string {
  const parts = formatFor(locale, timeZone, 'short').formatToParts(instant);
  if (locale !== 'fi') return parts.map((part) => part.value).join('');
  const weekday = parts.find((part) => part.type === 'weekday')?.value ?? '';
  const hour = parts.find((part) => part.type === 'hour')?.value ?? '';
  const minute = parts.find((part) => part.type === 'minute')?.value ?? '';
  return `${weekday} klo ${hour}.${minute}`;
}
