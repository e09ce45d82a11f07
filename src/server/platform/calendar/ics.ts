import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

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
