import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  localWeekTime,
  minutesPerWeek,
  parseClockTime,
  referenceWeekStart,
  weeklyUtcIntervals,
  zoneOffsetMinutes,
} from './weekly-time.js';

const winter = referenceWeekStart(new Date('2027-01-13T12:00:00Z'));
const summer = referenceWeekStart(new Date('2027-07-14T12:00:00Z'));

describe('weekly time', () => {
  it('starts the reference week on Monday 00:00 UTC', () => {
    expect(new Date(winter).toISOString()).toBe('2027-01-11T00:00:00.000Z');
    expect(new Date(referenceWeekStart(new Date('2027-01-17T23:59:00Z'))).toISOString()).toBe(
      '2027-01-11T00:00:00.000Z',
    );
  });

  it('knows the Helsinki offset on both sides of DST and Seoul without DST', () => {
    expect(zoneOffsetMinutes('Europe/Helsinki', winter)).toBe(120);
    expect(zoneOffsetMinutes('Europe/Helsinki', summer)).toBe(180);
    expect(zoneOffsetMinutes('Asia/Seoul', winter)).toBe(540);
    expect(zoneOffsetMinutes('Asia/Seoul', summer)).toBe(540);
  });

  it('converts Espoo evenings to UTC weekly minutes, an hour earlier in summer', () => {
    const tuesday = [{ weekday: 2, from: '16:00', to: '19:00' }];
    expect(weeklyUtcIntervals(tuesday, 'Europe/Helsinki', winter)).toEqual([
      [1440 + 14 * 60, 1440 + 17 * 60],
    ]);
    expect(weeklyUtcIntervals(tuesday, 'Europe/Helsinki', summer)).toEqual([
      [1440 + 13 * 60, 1440 + 16 * 60],
    ]);
  });

  it('wraps Monday-morning Seoul time to the end of the UTC week', () => {
    // Monday 07:00–09:00 in Seoul is Sunday 22:00 – Monday 00:00 UTC.
    expect(weeklyUtcIntervals([{ weekday: 1, from: '07:00', to: '09:00' }], 'Asia/Seoul', winter)).toEqual([
      [minutesPerWeek - 120, minutesPerWeek],
    ]);
    expect(weeklyUtcIntervals([{ weekday: 1, from: '08:00', to: '10:00' }], 'Asia/Seoul', winter)).toEqual([
      [0, 60],
      [minutesPerWeek - 60, minutesPerWeek],
    ]);
  });

  it('runs past midnight and accepts 24:00', () => {
    expect(weeklyUtcIntervals([{ weekday: 3, from: '22:00', to: '01:00' }], 'UTC', winter)).toEqual([
      [2 * 1440 + 22 * 60, 3 * 1440 + 60],
    ]);
    expect(weeklyUtcIntervals([{ weekday: 3, from: '22:00', to: '24:00' }], 'UTC', winter)).toEqual([
      [2 * 1440 + 22 * 60, 3 * 1440],
    ]);
  });

  it('reads each day of a DST week on its own side', () => {
    // 2027-03-28 is the last Sunday of March: Helsinki moves to UTC+3 that night.
    const week = referenceWeekStart(new Date('2027-03-24T00:00:00Z'));
    const intervals = weeklyUtcIntervals(
      [
        { weekday: 6, from: '12:00', to: '13:00' },
        { weekday: 7, from: '12:00', to: '13:00' },
      ],
      'Europe/Helsinki',
      week,
    );
    expect(intervals).toEqual([
      [5 * 1440 + 10 * 60, 5 * 1440 + 11 * 60],
      [6 * 1440 + 9 * 60, 6 * 1440 + 10 * 60],
    ]);
  });

  it('shows a weekly minute in each city', () => {
    expect(localWeekTime(winter, 1440 + 14 * 60, 'Europe/Helsinki')).toEqual({ weekday: 2, time: '16:00' });
    expect(localWeekTime(winter, 1440 + 14 * 60, 'Asia/Seoul')).toEqual({ weekday: 2, time: '23:00' });
    expect(localWeekTime(winter, minutesPerWeek - 60, 'Asia/Seoul')).toEqual({ weekday: 1, time: '08:00' });
  });

  it('reads exactly the clock times "00:00"–"23:59" and "24:00"', () => {
    const strict = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;
    const nearClock = fc
      .tuple(fc.integer({ min: 0, max: 29 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom(':', '.', ''))
      .map(([h, m, sep]) => `${String(h).padStart(2, '0')}${sep}${String(m).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.oneof(nearClock, fc.string({ maxLength: 6 })), (value) => {
        const match = strict.exec(value);
        const expected =
          match === null ? undefined : value === '24:00' ? 1440 : Number(match[1]) * 60 + Number(match[2]);
        expect(parseClockTime(value)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
    expect(parseClockTime('16:30')).toBe(990);
    expect(parseClockTime('24:01')).toBeUndefined();
    expect(parseClockTime('1:30')).toBeUndefined();
    expect(parseClockTime('٠١:٣٠')).toBeUndefined();
  });
});
