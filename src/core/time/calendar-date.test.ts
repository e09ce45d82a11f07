import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  calendarDateFromEpochDay,
  datesBetween,
  epochDayOf,
  isCalendarDate,
  isoWeekday,
} from './calendar-date.js';
import { isTimeOfDay, minutesOfDay, timeOfDayFromMinutes } from './time-of-day.js';

describe('calendar dates', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
  });

  it('knows the weekday', () => {
    expect(isoWeekday('2027-03-28')).toBe(7);
    expect(isoWeekday('2027-03-29')).toBe(1);
    expect(isoWeekday('1970-01-01')).toBe(4);
  });

  it('lists an inclusive range', () => {
    expect(datesBetween('2026-12-30', '2027-01-01')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01']);
    expect(datesBetween('2027-01-02', '2027-01-01')).toEqual([]);
  });

  it('epoch days round-trip and agree with Date', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30_000, max: 60_000 }), (day) => {
        const date = calendarDateFromEpochDay(day);
        expect(isCalendarDate(date)).toBe(true);
        expect(epochDayOf(date)).toBe(day);
        expect(isoWeekday(date)).toBe(((new Date(day * 86_400_000).getUTCDay() + 6) % 7) + 1);
      }),
    );
  });
});

describe('time of day', () => {
  it('parses and formats', () => {
    expect(minutesOfDay('15:30')).toBe(930);
    expect(timeOfDayFromMinutes(930)).toBe('15:30');
    expect(timeOfDayFromMinutes(1440)).toBe('24:00');
    expect(isTimeOfDay('24:00')).toBe(true);
    expect(isTimeOfDay('24:30')).toBe(false);
    expect(isTimeOfDay('9:30')).toBe(false);
  });
});
