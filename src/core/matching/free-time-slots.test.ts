import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  freeWindows,
  hasSharedRun,
  intersectSlots,
  longestFreeRunMinutes,
  slotMinutes,
  slotsFromIntervals,
  slotsPerWeek,
} from './free-time-slots.js';
import { minutesPerWeek, type WeeklyInterval } from './weekly-time.js';

const interval = fc
  .tuple(fc.integer({ min: 0, max: minutesPerWeek - 1 }), fc.integer({ min: 1, max: 600 }))
  .map(([start, length]): WeeklyInterval => [start, Math.min(minutesPerWeek, start + length)]);
const intervals = fc.array(interval, { maxLength: 6 });

/** The longest run by walking slot by slot, twice round the loop. */
function naiveLongestRun(free: (slot: number) => boolean): number {
  let best = 0;
  let run = 0;
  for (let step = 0; step < 2 * slotsPerWeek; step += 1) {
    run = free(step % slotsPerWeek) ? run + 1 : 0;
    best = Math.max(best, Math.min(run, slotsPerWeek));
  }
  return best * slotMinutes;
}

const isFree = (slots: Uint32Array, slot: number): boolean =>
  (((slots[slot >>> 5] ?? 0) >>> (slot & 31)) & 1) === 1;

describe('free time slots', () => {
  it('rounds intervals inwards to whole slots', () => {
    const slots = slotsFromIntervals([[3, 62]]);
    expect(isFree(slots, 0)).toBe(false);
    expect(isFree(slots, 1)).toBe(true);
    expect(isFree(slots, 11)).toBe(true);
    expect(isFree(slots, 12)).toBe(false);
  });

  it('joins Sunday night to Monday morning', () => {
    const slots = slotsFromIntervals([
      [0, 30],
      [minutesPerWeek - 40, minutesPerWeek],
    ]);
    expect(longestFreeRunMinutes(slots)).toBe(70);
    expect(freeWindows(slots, 60)).toEqual([{ start: minutesPerWeek - 40, end: minutesPerWeek + 30 }]);
  });

  it('measures the longest run like a slot-by-slot walk', () => {
    fc.assert(
      fc.property(intervals, intervals, (a, b) => {
        const x = slotsFromIntervals(a);
        const y = slotsFromIntervals(b);
        const both = intersectSlots(x, y);
        const expected = naiveLongestRun((slot) => isFree(both, slot));
        expect(longestFreeRunMinutes(x, y)).toBe(expected);
        for (const minutes of [5, 60, 90, 200]) expect(hasSharedRun(x, y, minutes)).toBe(expected >= minutes);
      }),
      { numRuns: 300 },
    );
  });

  it('lists windows that are free throughout and maximal', () => {
    fc.assert(
      fc.property(intervals, (a) => {
        const slots = slotsFromIntervals(a);
        for (const window of freeWindows(slots, 60)) {
          expect(window.end - window.start).toBeGreaterThanOrEqual(60);
          for (let minute = window.start; minute < window.end; minute += slotMinutes) {
            expect(isFree(slots, (minute / slotMinutes) % slotsPerWeek)).toBe(true);
          }
          if (window.end - window.start < minutesPerWeek) {
            expect(isFree(slots, (window.end / slotMinutes) % slotsPerWeek)).toBe(false);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
