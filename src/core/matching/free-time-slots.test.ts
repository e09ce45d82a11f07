import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  freeRuns,
  freeWindows,
  halfHourMask,
  halfHoursMeet,
  hasSharedRun,
  intersectRuns,
  intersectSlots,
  longestFreeRunMinutes,
  longestRunStart,
  sharedRunTime,
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

  it('compares runs exactly as the slots: shared slots and the longest shared run round the week', () => {
    fc.assert(
      fc.property(intervals, intervals, (a, b) => {
        const slotsA = slotsFromIntervals(a);
        const slotsB = slotsFromIntervals(b);
        const runs = freeRuns(slotsA);
        // Runs are sorted, disjoint, maximal within the week and cover exactly the free slots.
        for (let k = 0; k < runs.length; k += 2) {
          expect(runs[k] as number).toBeLessThan(runs[k + 1] as number);
          if (k > 0) expect(runs[k] as number).toBeGreaterThan(runs[k - 1] as number);
        }
        const covered = Array.from({ length: slotsPerWeek }, () => false);
        for (let k = 0; k < runs.length; k += 2) covered.fill(true, runs[k], runs[k + 1]);
        expect(covered).toEqual(Array.from({ length: slotsPerWeek }, (_, s) => isFree(slotsA, s)));
        const shared = new Int32Array(2);
        sharedRunTime(runs, freeRuns(slotsB), shared);
        const both = (slot: number): boolean => isFree(slotsA, slot) && isFree(slotsB, slot);
        let count = 0;
        for (let s = 0; s < slotsPerWeek; s += 1) if (both(s)) count += 1;
        expect(shared[0]).toBe(count);
        expect((shared[1] as number) * slotMinutes).toBe(naiveLongestRun(both));
        // The half-hour masks hold the half hours free throughout, and meet whenever 55 minutes are shared.
        const mask = halfHourMask(runs);
        for (let half = 0; half < slotsPerWeek / 6; half += 1) {
          const whole = [0, 1, 2, 3, 4, 5].every((k) => isFree(slotsA, half * 6 + k));
          if (((((mask[half >>> 5] as number) >>> (half & 31)) & 1) === 1) !== whole) {
            expect.fail(`half hour ${half}`);
          }
        }
        // Intersected runs are the runs of the intersected slots; the longest starts where freeWindows says.
        const sharedRuns = intersectRuns(runs, freeRuns(slotsB));
        expect([...sharedRuns]).toEqual([...freeRuns(intersectSlots(slotsA, slotsB))]);
        const longest = freeWindows(intersectSlots(slotsA, slotsB), 0)[0];
        if (longest === undefined) expect(longestRunStart(sharedRuns, 1)).toBe(-1);
        else expect(longestRunStart(sharedRuns, 1) * slotMinutes).toBe(longest.start);
        if ((shared[1] as number) * slotMinutes >= 55) {
          expect(halfHoursMeet(mask, halfHourMask(freeRuns(slotsB)))).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
    const whole = freeRuns(slotsFromIntervals([[0, minutesPerWeek]]));
    const shared = new Int32Array(2);
    sharedRunTime(whole, whole, shared);
    expect([...shared]).toEqual([slotsPerWeek, slotsPerWeek]);
    // Sunday night runs on into Monday morning: 40 + 30 minutes shared make one 70-minute run.
    const sundayNight = freeRuns(slotsFromIntervals([[minutesPerWeek - 40, minutesPerWeek]]));
    const overMidnight = freeRuns(
      slotsFromIntervals([
        [0, 30],
        [minutesPerWeek - 60, minutesPerWeek],
      ]),
    );
    sharedRunTime(whole, overMidnight, shared);
    expect([...shared]).toEqual([18, 18]);
    sharedRunTime(sundayNight, overMidnight, shared);
    expect([...shared]).toEqual([8, 8]);
    expect(longestRunStart(overMidnight, 18)).toBe(slotsPerWeek - 12);
    expect(longestRunStart(overMidnight, 19)).toBe(-1);
    expect(longestRunStart(whole, 1)).toBe(0);
    expect(longestRunStart(Int32Array.of(), 0)).toBe(-1);
  });
});
