import Holidays from 'date-holidays';
import { addDays, type CalendarDate } from './calendar-date.js';
import { holidayCorrections } from './holiday-corrections.js';

/** Countries whose public holidays Silta knows (ISO 3166-1 alpha-2). */
export type HolidayCountry = 'FI' | 'KR';

/** The languages of Silta's UI. */
export type HolidayLanguage = 'fi' | 'sv' | 'en' | 'ko';

/** A holiday's name in the languages it has one in (never a fallback in another language). */
export type HolidayNames = Partial<Record<HolidayLanguage, string>>;

/**
 * `public`: a public holiday by law; `substitute`: a Korean substitute holiday (대체공휴일); `de-facto`: a
 * working day in law that nearly everyone has off (Finnish Midsummer Eve, Christmas Eve, New Year's Eve);
 * `one-off`: a day off a coordinator declared (an election, a declared holiday).
 */
export type HolidayKind = 'public' | 'substitute' | 'de-facto' | 'one-off';

/** One day off in one country. A holiday of several days (Seollal, Chuseok) gives one entry per day. */
export interface Holiday {
  date: CalendarDate;
  names: HolidayNames;
  kind: HolidayKind;
}

/** A one-off day off a coordinator adds for a city: an election day, a declared holiday. */
export interface DayOff {
  date: CalendarDate;
  names?: HolidayNames;
}

const languages: readonly HolidayLanguage[] = ['fi', 'sv', 'en', 'ko'];
const nativeLanguage: Record<HolidayCountry, HolidayLanguage> = { FI: 'fi', KR: 'ko' };
const dayMs = 86_400_000;
const cache = new Map<string, readonly Holiday[]>();

function packageHolidays(country: HolidayCountry, year: number): readonly Holiday[] {
  const key = `${country}:${year}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;

  const calendar = new Holidays(country);
  const byLanguage = new Map(languages.map((language) => [language, calendar.getHolidays(year, language)]));
  const english = byLanguage.get('en') ?? [];
  const native = byLanguage.get(nativeLanguage[country]) ?? [];
  const corrections = holidayCorrections[country] ?? [];
  const holidays: Holiday[] = [];
  english.forEach((entry, index) => {
    let kind: HolidayKind;
    if (entry.substitute === true) kind = 'substitute';
    else if (entry.type === 'public') kind = 'public';
    else if (entry.type === 'bank') kind = 'de-facto';
    else return; // observances (Mother's Day) and optional days are working days.

    const names: HolidayNames = {};
    const nativeName = native[index]?.name;
    for (const language of languages) {
      const name = byLanguage.get(language)?.[index]?.name;
      // For a language it lacks, date-holidays falls back to the country's language or English: no name.
      const fallback =
        (language !== 'en' && name === entry.name) ||
        (language !== nativeLanguage[country] && name === nativeName);
      if (name !== undefined && !fallback) names[language] = name;
    }
    const shift = corrections.find((correction) => correction.rule === entry.rule)?.shiftDays ?? 0;
    const days = Math.max(1, Math.round((entry.end.getTime() - entry.start.getTime()) / dayMs));
    const first = addDays(entry.date.slice(0, 10), shift);
    for (let day = 0; day < days; day += 1) holidays.push({ date: addDays(first, day), names, kind });
  });
  const frozen = Object.freeze(holidays);
  cache.set(key, frozen);
  return frozen;
}

/**
 * The days off of a country in a year, oldest first: public holidays from date-holidays with Silta's
 * corrections (Seollal starts on the eve of the lunar new year), Korean substitute holidays, Finnish de
 * facto days off, and the coordinators' one-off days off that fall in the year. Names come in fi, sv, en and
 * ko where date-holidays has them.
 *
 * @example
 * holidaysFor('KR', 2026).filter((h) => h.names.en === 'Korean New Year').map((h) => h.date)
 * // ['2026-02-16', '2026-02-17', '2026-02-18']
 * holidaysFor('FI', 2026, [{ date: '2026-04-12', names: { en: 'Municipal elections' } }])
 * // [..., { date: '2026-04-12', kind: 'one-off', names: { en: 'Municipal elections' } }, ...]
 */
export function holidaysFor(
  country: HolidayCountry,
  year: number,
  extraDaysOff: readonly DayOff[] = [],
): Holiday[] {
  const prefix = `${year}-`;
  const oneOff: Holiday[] = extraDaysOff
    .filter((day) => day.date.startsWith(prefix))
    .map((day) => ({ date: day.date, names: { ...day.names }, kind: 'one-off' }));
  // A stable sort keeps the package's order among holidays of the same day.
  return [...packageHolidays(country, year), ...oneOff].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
}

/**
 * The set of dates from `from` to `to` (both included) that are days off in a country, for quick
 * lookups by the sensible-hours and slot-finder code.
 *
 * @example
 * daysOffBetween('FI', '2026-12-20', '2027-01-10').has('2026-12-24') // true
 */
export function daysOffBetween(
  country: HolidayCountry,
  from: CalendarDate,
  to: CalendarDate,
  extraDaysOff: readonly DayOff[] = [],
): Set<CalendarDate> {
  const days = new Set<CalendarDate>();
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
    for (const holiday of holidaysFor(country, year, extraDaysOff)) {
      if (holiday.date >= from && holiday.date <= to) days.add(holiday.date);
    }
  }
  return days;
}

/** True for a country Silta has holidays for. */
export function isHolidayCountry(value: string): value is HolidayCountry {
  return value === 'FI' || value === 'KR';
}
