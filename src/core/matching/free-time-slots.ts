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

/**
 * The aligned half hours (0–335 of the week) a person is free for entirely. Any shared run of an
 * hour or more contains a half hour both are free for, so people who share none of these cannot
 * share an hour: an index on them finds the candidates for a shared window without comparing
 * everyone with everyone.
 *
 * @example
 * freeHalfHours(slotsFromIntervals([[50, 130]])) // [2, 3] (minutes 60–90 and 90–120)
 */
export function freeHalfHours(slots: FreeTimeSlots): number[] {
  const halfHours: number[] = [];
  const perHalfHour = 30 / slotMinutes;
  const mask = (1 << perHalfHour) - 1;
  for (let half = 0; half < slotsPerWeek / perHalfHour; half += 1) {
    const slot = half * perHalfHour;
    // 6 slots never straddle a word boundary here: 32 is not a multiple of 6, so read bit by bit.
    let bits = 0;
    for (let k = 0; k < perHalfHour; k += 1) {
      const s = slot + k;
      bits |= (((slots[s >>> 5] as number) >>> (s & 31)) & 1) << k;
    }
    if (bits === mask) halfHours.push(half);
  }
  return halfHours;
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
