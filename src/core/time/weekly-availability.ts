import { minutesOfDay, type TimeOfDay } from './time-of-day.js';

/**
 * One recurring stretch of a person's week in their own zone: weekday 1 (Monday) to 7 (Sunday), from
 * `start` to `end`. An `end` at or before `start` runs past midnight into the next day.
 */
export interface WeeklySlot {
  weekday: number;
  start: TimeOfDay;
  end: TimeOfDay;
}

/** Someone invited to a session, with the hours they are usually free in their own zone. */
export interface Invitee {
  id: string;
  timeZone: string;
  weekly: readonly WeeklySlot[];
}

/** Minutes in a week. */
export const minutesPerWeek = 10_080;

/**
 * A week of availability as sorted, merged [start, end) minute intervals counted from Monday 00:00, laid
 * over two weeks so that a stretch crossing Sunday midnight is one interval.
 *
 * @example
 * mergeWeekly([{ weekday: 7, start: '22:00', end: '02:00' }])
 * // [[0, 120], [9960, 10200], [20040, 20160]]
 */
export function mergeWeekly(slots: readonly WeeklySlot[]): [number, number][] {
  const raw: [number, number][] = [];
  for (const slot of slots) {
    const start = (slot.weekday - 1) * 1440 + minutesOfDay(slot.start);
    let end = (slot.weekday - 1) * 1440 + minutesOfDay(slot.end);
    if (end <= start) end += 1440;
    raw.push([start, end], [start + minutesPerWeek, end + minutesPerWeek]);
    // A stretch from Sunday into Monday also covers the start of the first week.
    if (end > minutesPerWeek) raw.push([0, end - minutesPerWeek]);
  }
  raw.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of raw) {
    const clippedEnd = Math.min(end, 2 * minutesPerWeek);
    const last = merged.at(-1);
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], clippedEnd);
    else merged.push([start, clippedEnd]);
  }
  return merged;
}

/**
 * Whether merged intervals cover [minute, minute + length), with `minute` in the first week.
 *
 * @example
 * coversWeekly(mergeWeekly([{ weekday: 1, start: '09:00', end: '12:00' }]), 600, 60) // true
 */
export function coversWeekly(
  merged: readonly (readonly [number, number])[],
  minute: number,
  length: number,
): boolean {
  for (const [start, end] of merged) {
    if (start > minute) return false;
    if (end >= minute + length) return true;
  }
  return false;
}

/**
 * For each minute of the week, 1 when a stretch of `length` minutes starting then is inside the
 * availability: one array lookup per check in the slot finder's inner loop.
 *
 * @example
 * startsCovering(mergeWeekly([{ weekday: 1, start: '09:00', end: '12:00' }]), 60)[660] // 1 (Monday 11:00)
 */
export function startsCovering(merged: readonly (readonly [number, number])[], length: number): Uint8Array {
  const starts = new Uint8Array(minutesPerWeek);
  for (const [start, end] of merged) {
    const from = Math.min(start, minutesPerWeek);
    const to = Math.min(end - length + 1, minutesPerWeek);
    if (to > from) starts.fill(1, from, to);
  }
  return starts;
}

/**
 * Minute of the week (0 = Monday 00:00) of a local epoch millisecond (a wall clock counted as if UTC).
 *
 * @example
 * minuteOfWeek(Date.UTC(2027, 2, 29, 10, 30)) // 630 (Monday 10:30)
 */
export function minuteOfWeek(localMs: number): number {
  const minute = Math.floor(localMs / 60_000);
  // 1970-01-01 was a Thursday: minute 0 of the epoch is minute 3 × 1440 of its week.
  return (((minute + 3 * 1440) % minutesPerWeek) + minutesPerWeek) % minutesPerWeek;
}
