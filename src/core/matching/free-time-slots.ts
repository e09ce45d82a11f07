import { minutesPerWeek, type WeeklyInterval } from './weekly-time.js';

/**
 * Weekly free time as a bit set of 5-minute slots (bit i = minutes [5i, 5i+5) of the reference
 * week), so intersecting a whole circle's free time is a handful of word ANDs. A slot is free only
 * if the whole of it is free: intervals are rounded inwards, never outwards.
 */
export type FreeTimeSlots = Uint32Array;

export const slotMinutes = 5;
export const slotsPerWeek = minutesPerWeek / slotMinutes;
const wordCount = Math.ceil(slotsPerWeek / 32);

/**
 * The slots fully inside some interval.
 *
 * @example
 * countSlots(slotsFromIntervals([[0, 62]])) // 12 (the last 2 minutes fill no whole slot)
 */
export function slotsFromIntervals(intervals: readonly WeeklyInterval[]): FreeTimeSlots {
  const slots = new Uint32Array(wordCount);
  for (const [start, end] of intervals) {
    const first = Math.ceil(start / slotMinutes);
    const last = Math.min(Math.floor(end / slotMinutes), slotsPerWeek);
    let slot = first;
    while (slot < last) {
      const word = slot >>> 5;
      const bit = slot & 31;
      const take = Math.min(32 - bit, last - slot);
      const mask = take === 32 ? 0xffffffff : ((1 << take) - 1) << bit;
      slots[word] = (slots[word] as number) | mask;
      slot += take;
    }
  }
  return slots;
}

/** A week with every slot free: the neutral start for intersecting a group. */
export function fullWeek(): FreeTimeSlots {
  // slotsPerWeek is a multiple of 32, so every word is full.
  return new Uint32Array(wordCount).fill(0xffffffff);
}

/**
 * The slots free in both; writes into `into` when given (it may be `a`).
 *
 * @example
 * intersectSlots(slotsFromIntervals([[0, 120]]), slotsFromIntervals([[60, 240]])) // slots of [60, 120)
 */
export function intersectSlots(a: FreeTimeSlots, b: FreeTimeSlots, into?: FreeTimeSlots): FreeTimeSlots {
  const out = into ?? new Uint32Array(wordCount);
  for (let i = 0; i < wordCount; i += 1) out[i] = (a[i] as number) & (b[i] as number);
  return out;
}

function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** How many slots are free. */
export function countSlots(slots: FreeTimeSlots): number {
  let count = 0;
  for (let i = 0; i < wordCount; i += 1) count += popcount(slots[i] as number);
  return count;
}

/** How many slots both have free, without allocating. */
export function countSharedSlots(a: FreeTimeSlots, b: FreeTimeSlots): number {
  let count = 0;
  for (let i = 0; i < wordCount; i += 1) count += popcount((a[i] as number) & (b[i] as number));
  return count;
}

function trailingOnes(word: number): number {
  const zeros = ~word;
  return zeros === 0 ? 32 : 31 - Math.clz32(zeros & -zeros);
}

function leadingOnes(word: number): number {
  return Math.clz32(~word);
}

/** The longest run of ones strictly inside a word that is neither empty nor full. */
function longestInnerRun(word: number): number {
  let length = 0;
  for (let y = word; y !== 0; y &= y >>> 1) length += 1;
  return length;
}

/**
 * The longest run of free slots, in minutes, reading the week as a loop (Sunday night runs on into
 * Monday morning). `other`, when given, is intersected on the fly.
 *
 * @example
 * longestFreeRunMinutes(slotsFromIntervals([[0, 30], [minutesPerWeek - 40, minutesPerWeek]])) // 70
 */
export function longestFreeRunMinutes(slots: FreeTimeSlots, other?: FreeTimeSlots): number {
  let run = 0;
  let best = 0;
  let leading = -1;
  for (let i = 0; i < wordCount; i += 1) {
    const word =
      (other === undefined ? (slots[i] as number) : (slots[i] as number) & (other[i] as number)) | 0;
    if (word === -1) {
      run += 32;
      continue;
    }
    run += trailingOnes(word);
    if (leading < 0) leading = run;
    if (run > best) best = run;
    if (word !== 0) {
      const inner = longestInnerRun(word);
      if (inner > best) best = inner;
    }
    run = leadingOnes(word);
  }
  if (leading < 0) return minutesPerWeek; // never interrupted: the whole week is free
  best = Math.max(best, run + leading);
  return best * slotMinutes;
}

/**
 * Whether two people (or a group and a person) share a free run of at least `minMinutes`, faster
 * than measuring the longest run: it stops at the first long enough.
 *
 * @example
 * hasSharedRun(slotsFromIntervals([[0, 120]]), slotsFromIntervals([[60, 240]]), 60) // true
 */
export function hasSharedRun(a: FreeTimeSlots, b: FreeTimeSlots, minMinutes: number): boolean {
  const needed = Math.ceil(minMinutes / slotMinutes);
  if (needed <= 0) return true;
  let run = 0;
  let leading = -1;
  for (let i = 0; i < wordCount; i += 1) {
    const word = (a[i] as number) & (b[i] as number);
    if (word === -1) {
      run += 32;
      if (run >= needed) return true;
      continue;
    }
    if (word === 0) {
      if (leading < 0) leading = run;
      run = 0;
      continue;
    }
    run += trailingOnes(word);
    if (run >= needed) return true;
    if (leading < 0) leading = run;
    if (needed <= 32) {
      let y = word;
      for (let k = 1; k < needed && y !== 0; k += 1) y &= y >>> 1;
      if (y !== 0) return true;
    }
    run = leadingOnes(word);
  }
  if (leading < 0) return true; // the whole week is free
  return run + leading >= needed;
}

/** A shared free window in UTC weekly minutes; `end` exceeds the week's length when it wraps. */
export interface FreeWindow {
  start: number;
  end: number;
}

/**
 * The maximal free runs of at least `minMinutes`, longest first (earliest first among equals).
 *
 * @example
 * freeWindows(slotsFromIntervals([[60, 180], [300, 330]]), 60) // [{ start: 60, end: 180 }]
 */
export function freeWindows(slots: FreeTimeSlots, minMinutes: number): FreeWindow[] {
  const isFree = (slot: number): boolean => (((slots[slot >>> 5] as number) >>> (slot & 31)) & 1) === 1;
  let firstBusy = -1;
  for (let slot = 0; slot < slotsPerWeek; slot += 1) {
    if (!isFree(slot)) {
      firstBusy = slot;
      break;
    }
  }
  if (firstBusy < 0) return [{ start: 0, end: minutesPerWeek }];
  const windows: FreeWindow[] = [];
  // Walk once round the loop starting just after a busy slot, so no run is cut in two.
  let runStart = -1;
  for (let step = 1; step <= slotsPerWeek; step += 1) {
    const slot = firstBusy + step;
    const free = step < slotsPerWeek && isFree(slot % slotsPerWeek);
    if (free && runStart < 0) runStart = slot;
    if (!free && runStart >= 0) {
      const start = (runStart % slotsPerWeek) * slotMinutes;
      const end = start + (slot - runStart) * slotMinutes;
      if (end - start >= minMinutes) windows.push({ start, end });
      runStart = -1;
    }
  }
  return windows.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
}

/**
 * Free time as its maximal runs of slots, `[start0, end0, start1, end1, …]` in slot numbers with
 * `end` exclusive, in week order and cut at the week's end (a run over Sunday midnight is two runs,
 * one ending at slotsPerWeek and one starting at 0). Comparing two people's runs costs a few steps
 * per run instead of a pass over the whole week.
 *
 * @example
 * freeRuns(slotsFromIntervals([[60, 180], [300, 330]])) // Int32Array [12, 36, 60, 66]
 */
export function freeRuns(slots: FreeTimeSlots): Int32Array {
  const runs: number[] = [];
  let start = -1;
  for (let word = 0; word < wordCount; word += 1) {
    const bits = slots[word] as number;
    if (start < 0 && bits === 0) continue;
    if (start >= 0 && bits === -1 >>> 0) continue;
    for (let bit = 0; bit < 32; bit += 1) {
      const free = ((bits >>> bit) & 1) === 1;
      if (free && start < 0) start = word * 32 + bit;
      else if (!free && start >= 0) {
        runs.push(start, word * 32 + bit);
        start = -1;
      }
    }
  }
  if (start >= 0) runs.push(start, slotsPerWeek);
  return Int32Array.from(runs);
}

/**
 * What two people's runs (see freeRuns) share: writes the number of shared slots to `into[0]` and
 * the longest shared run in slots (reading the week as a loop) to `into[1]`.
 *
 * @example
 * const shared = new Int32Array(2);
 * sharedRunTime(freeRuns(a.slots), freeRuns(b.slots), shared); // shared[1] * slotMinutes ≥ 60?
 */
export function sharedRunTime(a: Int32Array, b: Int32Array, into: Int32Array): void {
  sharedRunTimeWithin(a, 0, a.length, b, 0, b.length, into);
}

/**
 * sharedRunTime on slices `a[aFrom..aTo)` and `b[bFrom..bTo)`, so many people's runs can sit in one
 * array (no view objects in a hot loop).
 */
export function sharedRunTimeWithin(
  a: Int32Array,
  aFrom: number,
  aTo: number,
  b: Int32Array,
  bFrom: number,
  bTo: number,
  into: Int32Array,
): void {
  let i = aFrom;
  let j = bFrom;
  let total = 0;
  let longest = 0;
  let fromWeekStart = 0;
  let toWeekEnd = 0;
  while (i < aTo && j < bTo) {
    const start = Math.max(a[i] as number, b[j] as number);
    const endA = a[i + 1] as number;
    const endB = b[j + 1] as number;
    const end = Math.min(endA, endB);
    if (end > start) {
      const length = end - start;
      total += length;
      if (length > longest) longest = length;
      if (start === 0) fromWeekStart = length;
      if (end === slotsPerWeek) toWeekEnd = length;
    }
    if (endA <= endB) i += 2;
    else j += 2;
  }
  // A shared run over Sunday midnight was cut in two; a wholly free week is one run, not two.
  if (fromWeekStart > 0 && toWeekEnd > 0 && fromWeekStart < slotsPerWeek) {
    longest = Math.max(longest, fromWeekStart + toWeekEnd);
  }
  into[0] = total;
  into[1] = longest;
}

/** Words in a half-hour mask (see halfHourMask). */
export const halfHourWords = Math.ceil(slotsPerWeek / (30 / slotMinutes) / 32);

/**
 * The aligned half hours of the week a person is free for entirely, as a bit mask (bit h = minutes
 * [30h, 30h + 30)), from their runs (see freeRuns). Any shared run of 55 minutes or more contains
 * an aligned half hour both are free for, so two people whose masks do not meet cannot share an
 * hour: a test of a few words that rules out most pairs before their runs are compared.
 *
 * @example
 * halfHourMask(freeRuns(slotsFromIntervals([[50, 130]]))) // bits 2 and 3 (minutes 60–90 and 90–120)
 */
export function halfHourMask(runs: Int32Array): Uint32Array {
  const perHalfHour = 30 / slotMinutes;
  const mask = new Uint32Array(halfHourWords);
  for (let k = 0; k < runs.length; k += 2) {
    const last = Math.floor((runs[k + 1] as number) / perHalfHour);
    for (let half = Math.ceil((runs[k] as number) / perHalfHour); half < last; half += 1) {
      mask[half >>> 5] = (mask[half >>> 5] as number) | (1 << (half & 31));
    }
  }
  return mask;
}

/** Whether two half-hour masks share a half hour. */
export function halfHoursMeet(a: Uint32Array, b: Uint32Array): boolean {
  for (let i = 0; i < halfHourWords; i += 1) if (((a[i] as number) & (b[i] as number)) !== 0) return true;
  return false;
}

/**
 * The runs (see freeRuns) of the time free in both.
 *
 * @example
 * intersectRuns(Int32Array.of(0, 24), Int32Array.of(12, 48)) // Int32Array [12, 24]
 */
export function intersectRuns(a: Int32Array, b: Int32Array): Int32Array {
  // Each step keeps at most one run and moves past one, so a.length + b.length bounds the result.
  const out = new Int32Array(a.length + b.length);
  let size = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i] as number, b[j] as number);
    const endA = a[i + 1] as number;
    const endB = b[j + 1] as number;
    const end = Math.min(endA, endB);
    if (end > start) {
      out[size] = start;
      out[size + 1] = end;
      size += 2;
    }
    if (endA <= endB) i += 2;
    else j += 2;
  }
  return out.slice(0, size);
}

/**
 * Where the longest run starts (a slot number; a run over Sunday midnight starts on Sunday), the
 * earliest among equally long ones, or -1 when no run is at least `minSlots` long. Orders circles
 * and pairs by when they can meet.
 *
 * @example
 * longestRunStart(Int32Array.of(12, 24, 60, 96), 12) // 60
 */
export function longestRunStart(runs: Int32Array, minSlots: number): number {
  let bestStart = -1;
  let bestLength = 0;
  const count = runs.length;
  const wraps = count >= 4 && runs[0] === 0 && runs[count - 1] === slotsPerWeek;
  for (let k = wraps ? 2 : 0; k < count; k += 2) {
    const start = runs[k] as number;
    let length = (runs[k + 1] as number) - start;
    if (wraps && k === count - 2) length += runs[1] as number;
    if (length > bestLength || (length === bestLength && start < bestStart)) {
      bestLength = length;
      bestStart = start;
    }
  }
  if (count === 2 && runs[0] === 0 && runs[1] === slotsPerWeek) return 0;
  return bestLength >= minSlots && bestLength > 0 ? bestStart : -1;
}
