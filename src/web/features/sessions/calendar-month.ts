import { addDays, type CalendarDate, calendarDateIn } from '../../../core/time/calendar-date.js';
import { instantFromLocal } from '../../../core/time/zoned-time.js';

import type { CalendarMonth } from '../../i18n/format.js';

export type { CalendarMonth };

/** Whether a value is a month such as "2027-03". */
export function isCalendarMonth(value: string | null | undefined): value is CalendarMonth {
  return value != null && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

/** The month an instant falls in, in a zone. */
export function monthOf(instant: Date, timeZone: string): CalendarMonth {
  return calendarDateIn(instant, timeZone).slice(0, 7);
}

/**
 * A month moved by whole months.
 *
 * @example
 * addMonths('2026-12', 1) // '2027-01'
 */
export function addMonths(month: CalendarMonth, months: number): CalendarMonth {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (monthNumber - 1) + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * The instants a month spans in a zone, for the session list's from/to: midnight of the first day
 * up to the last millisecond before the next month starts, so that a month read in Seoul and one
 * read in Helsinki differ as they should.
 */
export function monthBounds(month: CalendarMonth, timeZone: string): { from: Date; to: Date } {
  const from = instantFromLocal({ date: `${month}-01`, time: '00:00' }, timeZone);
  const next = instantFromLocal({ date: `${addMonths(month, 1)}-01`, time: '00:00' }, timeZone);
  return { from, to: new Date(next.getTime() - 1) };
}

/** The calendar date `days` after an instant's date in a zone ("today + 1" for the slot finder). */
export function dateAfter(instant: Date, timeZone: string, days: number): CalendarDate {
  return addDays(calendarDateIn(instant, timeZone), days);
}
