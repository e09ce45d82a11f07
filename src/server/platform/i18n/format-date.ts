import type { Locale } from '../../../core/i18n/locales.js';

/**
 * The server's only date formatting (e-mails, calendar descriptions). Shows an instant in the reader's
 * zone and, for cross-city items, in each city's zone.
 */
export function formatInstant(instant: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    // A 24-hour clock everywhere: "PM 5:00" across seven time zones invites mistakes.
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).format(instant);
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
    .map(({ label, timeZone }) => {
      const local = new Intl.DateTimeFormat(locale, {
        timeZone,
        weekday: 'short',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(instant);
      return `${local} ${label}`;
    })
    .join(' · ');
}
