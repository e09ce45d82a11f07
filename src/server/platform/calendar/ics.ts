import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod, ICalEventRepeatingFreq, ICalEventStatus } from 'ical-generator';
import { zonedParts } from '../../../core/time/zoned-time.js';

/** The wall-clock time of an instant in a zone, as the floating "YYYY-MM-DDTHH:MM:SS" written after TZID. */
function wallClock(instant: Date, timeZone: string): string {
  const parts = zonedParts(instant, timeZone);
  return `${parts.date}T${parts.time}:${String(parts.second).padStart(2, '0')}`;
}

export interface CalendarEvent {
  /** Stable for ever: the same UID on every version of the event. */
  uid: string;
  sequence: number;
  /** When this version was made (DTSTAMP). */
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  url?: string;
  location?: string;
  cancelled: boolean;
}

/**
 * An RFC 5545 calendar for one or more events. One-off events are written in UTC; METHOD is REQUEST
 * (or CANCEL for a cancellation notice), PUBLISH for subscription feeds.
 */
export function buildCalendar(
  events: readonly CalendarEvent[],
  options: { method: 'REQUEST' | 'CANCEL' | 'PUBLISH'; name?: string; refreshMinutes?: number },
): string {
  const calendar = ical({
    prodId: { company: 'Silta', product: 'Silta', language: 'EN' },
    method:
      options.method === 'CANCEL'
        ? ICalCalendarMethod.CANCEL
        : options.method === 'REQUEST'
          ? ICalCalendarMethod.REQUEST
          : ICalCalendarMethod.PUBLISH,
    ...(options.name === undefined ? {} : { name: options.name }),
    ...(options.refreshMinutes === undefined ? {} : { ttl: options.refreshMinutes * 60 }),
  });
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      stamp: event.stamp,
      start: event.start,
      end: event.end,
      summary: event.summary,
      description: event.description,
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      ...(event.url === undefined ? {} : { url: event.url }),
      ...(event.location === undefined ? {} : { location: event.location }),
    });
  }
  return calendar.toString();
}

export interface CalendarSeries {
  uid: string;
  sequence: number;
  stamp: Date;
  /** The first occurrence's start and end. */
  start: Date;
  end: Date;
  /** IANA zone the series is anchored in: written as TZID with a matching VTIMEZONE. */
  timeZone: string;
  everyWeeks: number;
  count: number;
  /** Starts of cancelled occurrences (EXDATE). */
  excluded: Date[];
  summary: string;
  description: string;
  url?: string;
}

/**
 * A weekly series as one recurring VEVENT: DTSTART with TZID, RRULE, EXDATE for cancelled occurrences
 * and the zone's VTIMEZONE, so that calendar apps (Outlook included) keep the anchor city's wall-clock
 * time across daylight saving.
 */
export function buildSeriesCalendar(
  series: CalendarSeries,
  options: { method: 'REQUEST' | 'PUBLISH' },
): string {
  const calendar = ical({
    prodId: { company: 'Silta', product: 'Silta', language: 'EN' },
    method: options.method === 'REQUEST' ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.PUBLISH,
  });
  // No calendar-wide zone (that would turn DTSTAMP into local time); the event's zone brings its VTIMEZONE.
  calendar.timezone({ name: null, generator: getVtimezoneComponent });
  calendar.createEvent({
    id: series.uid,
    sequence: series.sequence,
    stamp: series.stamp,
    // Wall-clock times after TZID: the series keeps the anchor city's hour across daylight saving.
    start: wallClock(series.start, series.timeZone),
    end: wallClock(series.end, series.timeZone),
    timezone: series.timeZone,
    repeating: {
      freq: ICalEventRepeatingFreq.WEEKLY,
      interval: series.everyWeeks,
      count: series.count,
      ...(series.excluded.length === 0
        ? {}
        : { exclude: series.excluded.map((instant) => wallClock(instant, series.timeZone)) }),
    },
    summary: series.summary,
    description: series.description,
    ...(series.url === undefined ? {} : { url: series.url }),
  });
  return calendar.toString();
}
