import { type CalendarDate, isoWeekday } from './calendar-date.js';
import type { DayOff, HolidayCountry } from './holidays.js';
import type { TimeOfDay } from './time-of-day.js';

/** Who a session is for; each audience has its own sensible hours. */
export type Audience = 'everyone' | 'youth' | 'staff' | 'school';

/** Every audience, in a fixed order. */
export const audiences: readonly Audience[] = ['everyone', 'youth', 'staff', 'school'];

/**
 * One audience for every city, or one per city id: an Espoo class in school time meets Osan youth after
 * school as `{ espoo: 'school', osan: 'youth' }`.
 */
export type AudienceChoice = Audience | Readonly<Record<string, Audience>>;

/** A local window of wall-clock time within one day: start included, end excluded, end may be "24:00". */
export interface HoursWindow {
  start: TimeOfDay;
  end: TimeOfDay;
}

/**
 * The sensible hours of one audience: `window` on the days `on` names, `otherDays` on the rest (null: no
 * sensible time that day). School days are working days outside school holidays; working days are Monday
 * to Friday that are not days off.
 */
export interface AudienceHours {
  on: 'school-days' | 'working-days' | 'every-day';
  window: HoursWindow | null;
  otherDays: HoursWindow | null;
}

/**
 * Silta's default sensible hours, local to each city: youth after school on school days (15–21) and
 * 10–20 on other days; staff in working hours (8–17) on working days; everyone 8–21; a school class in
 * school time (8–15) on school days.
 *
 * @example
 * defaultSensibleHours.youth.window // { start: '15:00', end: '21:00' }
 */
export const defaultSensibleHours: Readonly<Record<Audience, AudienceHours>> = {
  youth: {
    on: 'school-days',
    window: { start: '15:00', end: '21:00' },
    otherDays: { start: '10:00', end: '20:00' },
  },
  staff: { on: 'working-days', window: { start: '08:00', end: '17:00' }, otherDays: null },
  everyone: { on: 'every-day', window: { start: '08:00', end: '21:00' }, otherDays: null },
  school: { on: 'school-days', window: { start: '08:00', end: '15:00' }, otherDays: null },
};

/** An inclusive range of calendar dates, such as a school holiday. */
export interface DateRange {
  from: CalendarDate;
  to: CalendarDate;
}

/** A city as the scheduling code sees it: its zone, its holidays, and any local overrides. */
export interface SchedulingCity {
  /** The city's id in Silta, e.g. "espoo". */
  id: string;
  /** IANA zone, e.g. "Europe/Helsinki". */
  timeZone: string;
  country: HolidayCountry;
  /** Per-audience overrides of the default sensible hours. */
  hours?: Partial<Record<Audience, Partial<AudienceHours>>>;
  /** One-off days off declared by a coordinator (elections, declared holidays). */
  extraDaysOff?: readonly DayOff[];
  /** School holidays: not school days, though still working days. */
  schoolHolidays?: readonly DateRange[];
}

/**
 * The audience of one city under a choice.
 *
 * @example
 * audienceFor({ espoo: 'school', osan: 'youth' }, 'osan') // 'youth'
 * audienceFor('staff', 'osan') // 'staff'
 */
export function audienceFor(choice: AudienceChoice, cityId: string): Audience {
  if (typeof choice === 'string') return choice;
  const audience = choice[cityId];
  if (audience === undefined) throw new RangeError(`No audience chosen for city ${cityId}`);
  return audience;
}

/**
 * A city's sensible hours for an audience: the defaults with the city's overrides on top.
 *
 * @example
 * hoursFor({ id: 'osan', timeZone: 'Asia/Seoul', country: 'KR', hours: { youth: { window: { start: '16:00', end: '21:00' } } } }, 'youth').window
 * // { start: '16:00', end: '21:00' }
 */
export function hoursFor(city: SchedulingCity, audience: Audience): AudienceHours {
  return { ...defaultSensibleHours[audience], ...city.hours?.[audience] };
}

/** What kind of day a date is in a city. */
export interface DayKind {
  dayOff: boolean;
  workingDay: boolean;
  schoolDay: boolean;
}

/**
 * Whether a date is a day off, a working day (Monday–Friday and not a day off) and a school day (a working
 * day outside the city's school holidays) in a city, given the city's days off.
 *
 * @example
 * dayKindOf('2026-12-24', espoo, daysOffBetween('FI', '2026-12-01', '2026-12-31'))
 * // { dayOff: true, workingDay: false, schoolDay: false }
 */
export function dayKindOf(
  date: CalendarDate,
  city: SchedulingCity,
  daysOff: ReadonlySet<CalendarDate>,
): DayKind {
  const dayOff = daysOff.has(date);
  const workingDay = !dayOff && isoWeekday(date) <= 5;
  const inSchoolHoliday = (city.schoolHolidays ?? []).some((range) => range.from <= date && date <= range.to);
  return { dayOff, workingDay, schoolDay: workingDay && !inSchoolHoliday };
}

/**
 * The sensible local window for an audience on a date in a city, or null when there is none. Days off
 * (public holidays, de facto and one-off days off) have no window for any audience: Silta schedules
 * nothing on them.
 *
 * @example
 * sensibleWindow('2027-03-29', 'youth', espoo, new Set()) // { start: '15:00', end: '21:00' } (a Monday)
 * sensibleWindow('2027-03-28', 'youth', espoo, new Set()) // { start: '10:00', end: '20:00' } (a Sunday)
 * sensibleWindow('2027-03-28', 'staff', espoo, new Set()) // null
 */
export function sensibleWindow(
  date: CalendarDate,
  audience: Audience,
  city: SchedulingCity,
  daysOff: ReadonlySet<CalendarDate>,
): HoursWindow | null {
  const kind = dayKindOf(date, city, daysOff);
  if (kind.dayOff) return null;
  const hours = hoursFor(city, audience);
  const onDay = hours.on === 'every-day' || (hours.on === 'working-days' ? kind.workingDay : kind.schoolDay);
  return onDay ? hours.window : hours.otherDays;
}
