import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coversWeekly,
  mergeWeekly,
  minuteOfWeek,
  minutesPerWeek,
  startsCovering,
} from './weekly-availability.js';

describe('weekly availability', () => {
  it('merges slots and carries a Sunday-night slot into Monday', () => {
    expect(mergeWeekly([{ weekday: 7, start: '22:00', end: '02:00' }])).toEqual([
      [0, 120],
      [9960, 10200],
      [20040, 20160],
    ]);
    expect(
      mergeWeekly([
        { weekday: 1, start: '09:00', end: '12:00' },
        { weekday: 1, start: '11:00', end: '13:00' },
      ]).slice(0, 1),
    ).toEqual([[540, 780]]);
  });

  it('checks coverage, also across the end of the week', () => {
    const merged = mergeWeekly([
      { weekday: 7, start: '23:00', end: '24:00' },
      { weekday: 1, start: '00:00', end: '01:00' },
    ]);
    expect(coversWeekly(merged, 6 * 1440 + 23 * 60, 120)).toBe(true);
    expect(coversWeekly(merged, 6 * 1440 + 23 * 60, 121)).toBe(false);
    expect(coversWeekly(merged, 0, 60)).toBe(true);
  });

  it('startsCovering agrees with coversWeekly', () => {
    const slot = fc.record({
      weekday: fc.integer({ min: 1, max: 7 }),
      start: fc
        .integer({ min: 0, max: 95 })
        .map((q) => `${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`),
      end: fc
        .integer({ min: 1, max: 96 })
        .map((q) => `${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`),
    });
    fc.assert(
      fc.property(
        fc.array(slot, { maxLength: 6 }),
        fc.integer({ min: 1, max: 600 }),
        fc.integer({ min: 0, max: minutesPerWeek - 1 }),
        (slots, length, minute) => {
          const merged = mergeWeekly(slots);
          expect(startsCovering(merged, length)[minute] === 1).toBe(coversWeekly(merged, minute, length));
        },
      ),
    );
  });

  it('finds the minute of the week of a local time', () => {
    expect(minuteOfWeek(Date.UTC(2027, 2, 29, 10, 30))).toBe(630);
    expect(minuteOfWeek(Date.UTC(2027, 2, 28, 23, 59))).toBe(minutesPerWeek - 1);
  });
});
