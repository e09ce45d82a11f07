import { type CalendarDate, datesBetween, epochDayOf } from './calendar-date.js';
import { daysOffBetween } from './holidays.js';
import { type AudienceChoice, audienceFor, type SchedulingCity, sensibleWindow } from './sensible-hours.js';
import { minutesOfDay, type TimeOfDay, timeOfDayFromMinutes } from './time-of-day.js';
import {
  coversWeekly,
  type Invitee,
  mergeWeekly,
  minuteOfWeek,
  minutesPerWeek,
  startsCovering,
} from './weekly-availability.js';
import { createZoneTimeline, type ZoneTimeline } from './zone-timeline.js';
import { isoUtc, isoWithOffset } from './zoned-time.js';

/** An interval of time already taken, such as another session of the same audience. */
export interface BusyInterval {
  start: Date;
  end: Date;
}

/** Which cities carried an inconvenient hour at one occurrence of a series: early or late in their window. */
export interface SeriesBurden {
  early: readonly string[];
  late: readonly string[];
}

/** What the slot finder is asked. */
export interface SlotRequest {
  durationMinutes: number;
  /** First local date a slot may start on, in every city. */
  from: CalendarDate;
  /** Last local date a slot may start on, in every city. */
  to: CalendarDate;
  audience: AudienceChoice;
  cities: readonly SchedulingCity[];
  /** Sessions of the same audience already planned: a suggestion never overlaps one. */
  busy?: readonly BusyInterval[];
  /** People whose weekly availability should be met as far as possible. */
  invitees?: readonly Invitee[];
  /** Step between candidate start times in minutes (default 15), aligned to the first city's clock. */
  gridMinutes?: number;
  /** How many suggestions at most (default 10). */
  count?: number;
  /** The burden of each previous occurrence of the series, oldest first. */
  fairnessHistory?: readonly SeriesBurden[];
  /** No suggestion starts before this instant (the caller's "now"). */
  notBefore?: Date;
  /** How near a window's edge a slot counts as early or late (default 120 minutes). */
  comfortMarginMinutes?: number;
}

/**
 * Why a suggestion ranks where it does, as codes with values for the UI to translate.
 * `early_in_city` gives the local start, `late_in_city` the local end. `fairness` gives a city's early and
 * late hours over the recent occurrences of the series and whether it carries one again in this slot.
 */
export type SlotReason =
  | { code: 'early_in_city'; city: string; localTime: TimeOfDay }
  | { code: 'late_in_city'; city: string; localTime: TimeOfDay }
  | { code: 'comfortable_in_all_cities' }
  | { code: 'invitees_available'; available: number; total: number }
  | { code: 'fairness'; city: string; earlyCount: number; lateCount: number; carriesNow: boolean };

/** One suggested start time. */
export interface SlotSuggestion {
  /** ISO UTC, "2027-03-28T07:00:00Z". */
  startsAt: string;
  endsAt: string;
  /** Start in each city as ISO with offset, "2027-03-28T10:00:00+03:00". */
  localTimes: Record<string, string>;
  /** 0 (worst) to 1 (best), four decimals. */
  score: number;
  reasons: SlotReason[];
  /** Who carries an inconvenient hour in this slot; store it to feed `fairnessHistory` next time. */
  burden: SeriesBurden;
}

/** How the parts of the score weigh; invitees drop out (and the rest scale up) when there are none. */
export const slotScoreWeights = { invitees: 0.5, comfort: 0.3, fairness: 0.2 } as const;

// Only the last few occurrences count for fairness, the most recent most.
const fairnessMemory = 6;
const fairnessDecay = 0.5;
const minuteMs = 60_000;
const dayMs = 86_400_000;

interface CityPlan {
  city: SchedulingCity;
  timeline: ZoneTimeline;
  /** Window start and end instants per candidate index, or NaN when the city has no window there. */
  windowStart: Float64Array;
  windowEnd: Float64Array;
}

/**
 * Ranks start times for a session across cities. Hard rules: the whole session lies inside every city's
 * sensible window for its audience on that local date, no city has a day off that date, and no busy
 * interval overlaps. Among the rest, the score weighs the share of invitees free then, comfort (distance
 * from each city's window edges) and fairness (sparing the city that carried the early or late hour in the
 * recent occurrences of the series). Suggestions never overlap one another and spread over different days
 * first; they come sorted by score, best first, then by time. Same request, same answer.
 *
 * @example
 * findSlots({
 *   durationMinutes: 60, from: '2027-03-22', to: '2027-04-04', audience: { espoo: 'school', osan: 'youth' },
 *   cities: [
 *     { id: 'espoo', timeZone: 'Europe/Helsinki', country: 'FI' },
 *     { id: 'osan', timeZone: 'Asia/Seoul', country: 'KR' },
 *   ],
 *   count: 3,
 * })
 * // [{ startsAt: '2027-03-22T08:00:00Z',
 * //    localTimes: { espoo: '2027-03-22T10:00:00+02:00', osan: '2027-03-22T17:00:00+09:00' },
 * //    score: 1, reasons: [{ code: 'comfortable_in_all_cities' }], burden: { early: [], late: [] } }, ...]
 */
export function findSlots(request: SlotRequest): SlotSuggestion[] {
  const durationMs = request.durationMinutes * minuteMs;
  const gridMs = (request.gridMinutes ?? 15) * minuteMs;
  const count = request.count ?? 10;
  const marginMs = (request.comfortMarginMinutes ?? 120) * minuteMs;
  if (!(durationMs > 0) || !(gridMs > 0) || count <= 0 || request.cities.length === 0) return [];
  if (request.from > request.to) return [];

  const dates = datesBetween(request.from, request.to);
  // Local dates in [from, to] span at most a day either side in UTC.
  const spanFrom = epochDayOf(request.from) * dayMs - 2 * dayMs;
  const spanTo = (epochDayOf(request.to) + 3) * dayMs;
  const timelines = new Map<string, ZoneTimeline>();
  const timelineFor = (timeZone: string): ZoneTimeline => {
    let timeline = timelines.get(timeZone);
    if (timeline === undefined) {
      timeline = createZoneTimeline(timeZone, spanFrom, spanTo);
      timelines.set(timeZone, timeline);
    }
    return timeline;
  };

  // Each city's sensible windows as instants, one per local date that has one.
  const cityWindows = request.cities.map((city) => {
    const timeline = timelineFor(city.timeZone);
    const audience = audienceFor(request.audience, city.id);
    const daysOff = daysOffBetween(city.country, request.from, request.to, city.extraDaysOff);
    const windows: [number, number][] = [];
    for (const date of dates) {
      const window = sensibleWindow(date, audience, city, daysOff);
      if (window === null) continue;
      const midnight = epochDayOf(date) * dayMs;
      const start = timeline.instantOf(midnight + minutesOfDay(window.start) * minuteMs);
      const end = timeline.instantOf(midnight + minutesOfDay(window.end) * minuteMs);
      if (end - start >= durationMs) windows.push([start, end]);
    }
    return { city, timeline, windows };
  });
  const [first] = cityWindows;
  if (first === undefined) return [];
  const allWindows = cityWindows.flatMap((c) => c.windows);
  if (allWindows.length === 0) return [];

  // The grid runs on the first city's clock from its midnight before `from`, back far enough to reach
  // every window.
  const anchor = first.timeline.instantOf(epochDayOf(request.from) * dayMs);
  const earliest = Math.min(...allWindows.map((w) => w[0]));
  const latest = Math.max(...allWindows.map((w) => w[1]));
  const origin = anchor - Math.max(0, Math.ceil((anchor - earliest) / gridMs)) * gridMs;
  const cells = Math.max(0, Math.ceil((latest - origin) / gridMs) + 1);

  const plans: CityPlan[] = cityWindows.map(({ city, timeline, windows }) => {
    const windowStart = new Float64Array(cells).fill(Number.NaN);
    const windowEnd = new Float64Array(cells).fill(Number.NaN);
    for (const [start, end] of windows) {
      const firstCell = Math.max(0, Math.ceil((start - origin) / gridMs));
      const lastCell = Math.min(cells - 1, Math.floor((end - durationMs - origin) / gridMs));
      for (let cell = firstCell; cell <= lastCell; cell += 1) {
        windowStart[cell] = start;
        windowEnd[cell] = end;
      }
    }
    return { city, timeline, windowStart, windowEnd };
  });

  const blocked = new Uint8Array(cells);
  for (const interval of request.busy ?? []) {
    const busyStart = interval.start.getTime();
    const busyEnd = interval.end.getTime();
    // A start s overlaps when busyStart - duration < s < busyEnd.
    const firstCell = Math.max(0, Math.floor((busyStart - durationMs - origin) / gridMs) + 1);
    const lastCell = Math.min(cells - 1, Math.ceil((busyEnd - origin) / gridMs) - 1);
    if (lastCell >= firstCell) blocked.fill(1, firstCell, lastCell + 1);
  }

  const notBefore = request.notBefore?.getTime() ?? Number.NEGATIVE_INFINITY;
  const candidates: number[] = [];
  for (let cell = 0; cell < cells; cell += 1) {
    if (blocked[cell] === 1 || origin + cell * gridMs < notBefore) continue;
    if (plans.every((plan) => !Number.isNaN(plan.windowStart[cell] ?? Number.NaN))) candidates.push(cell);
  }
  if (candidates.length === 0) return [];

  const available = countAvailableInvitees(
    request.invitees ?? [],
    candidates,
    origin,
    gridMs,
    durationMs,
    timelineFor,
  );
  const inviteeTotal = request.invitees?.length ?? 0;
  const history = (request.fairnessHistory ?? []).slice(-fairnessMemory);
  const load = fairnessLoad(history);

  const weights =
    inviteeTotal > 0
      ? slotScoreWeights
      : {
          invitees: 0,
          comfort: slotScoreWeights.comfort / (slotScoreWeights.comfort + slotScoreWeights.fairness),
          fairness: slotScoreWeights.fairness / (slotScoreWeights.comfort + slotScoreWeights.fairness),
        };

  interface Scored {
    cell: number;
    start: number;
    score: number;
    day: number;
    early: string[];
    late: string[];
  }
  const scored: Scored[] = candidates.map((cell, index) => {
    const start = origin + cell * gridMs;
    const end = start + durationMs;
    let comfort = 0;
    const early: string[] = [];
    const late: string[] = [];
    for (const plan of plans) {
      const windowStart = plan.windowStart[cell] ?? start;
      const windowEnd = plan.windowEnd[cell] ?? end;
      // A short window cannot keep the full margin from both edges; its middle is then as good as it gets.
      const margin = Math.min(marginMs, (windowEnd - windowStart - durationMs) / 2);
      const fromStart = start - windowStart;
      const toEnd = windowEnd - end;
      comfort += margin <= 0 ? 1 : Math.min(1, Math.min(fromStart, toEnd) / margin);
      if (fromStart < margin) early.push(plan.city.id);
      if (toEnd < margin) late.push(plan.city.id);
    }
    comfort /= plans.length;
    let heaviest = 0;
    for (const city of [...early, ...late]) heaviest = Math.max(heaviest, load.get(city) ?? 0);
    const invitees = inviteeTotal > 0 ? (available[index] ?? 0) / inviteeTotal : 0;
    const raw = weights.invitees * invitees + weights.comfort * comfort + weights.fairness * (1 - heaviest);
    const score = Math.round(raw * 10_000) / 10_000;
    const day = Math.floor((start + first.timeline.offsetMsAt(start)) / dayMs);
    return { cell, start, score, day, early, late };
  });
  scored.sort((a, b) => b.score - a.score || a.start - b.start);

  // Best slot of each day first, then the best of the rest; never two that overlap.
  const chosen: Scored[] = [];
  const daysTaken = new Set<number>();
  const overlapsChosen = (s: Scored) =>
    chosen.some((c) => s.start < c.start + durationMs && c.start < s.start + durationMs);
  for (const pass of [true, false]) {
    for (const candidate of scored) {
      if (chosen.length >= count) break;
      if (pass && daysTaken.has(candidate.day)) continue;
      if (chosen.includes(candidate) || overlapsChosen(candidate)) continue;
      chosen.push(candidate);
      daysTaken.add(candidate.day);
    }
  }
  chosen.sort((a, b) => b.score - a.score || a.start - b.start);

  return chosen.map((slot) => {
    const startDate = new Date(slot.start);
    const localTimes: Record<string, string> = {};
    for (const plan of plans) localTimes[plan.city.id] = isoWithOffset(startDate, plan.city.timeZone);
    const reasons: SlotReason[] = [];
    for (const plan of plans) {
      const localStart = slot.start + plan.timeline.offsetMsAt(slot.start);
      const localEnd = slot.start + durationMs + plan.timeline.offsetMsAt(slot.start + durationMs);
      if (slot.early.includes(plan.city.id)) {
        reasons.push({ code: 'early_in_city', city: plan.city.id, localTime: clockOf(localStart) });
      }
      if (slot.late.includes(plan.city.id)) {
        reasons.push({ code: 'late_in_city', city: plan.city.id, localTime: clockOf(localEnd) });
      }
    }
    if (slot.early.length === 0 && slot.late.length === 0)
      reasons.push({ code: 'comfortable_in_all_cities' });
    if (inviteeTotal > 0) {
      const index = candidates.indexOf(slot.cell);
      reasons.push({ code: 'invitees_available', available: available[index] ?? 0, total: inviteeTotal });
    }
    if (slot.early.length > 0 || slot.late.length > 0) {
      for (const plan of plans) {
        const id = plan.city.id;
        const earlyCount = history.filter((burden) => burden.early.includes(id)).length;
        const lateCount = history.filter((burden) => burden.late.includes(id)).length;
        if (earlyCount + lateCount === 0) continue;
        const carriesNow = slot.early.includes(id) || slot.late.includes(id);
        reasons.push({ code: 'fairness', city: id, earlyCount, lateCount, carriesNow });
      }
    }
    return {
      startsAt: isoUtc(startDate),
      endsAt: isoUtc(new Date(slot.start + durationMs)),
      localTimes,
      score: slot.score,
      reasons,
      burden: { early: slot.early, late: slot.late },
    };
  });
}

function clockOf(localMs: number): TimeOfDay {
  return timeOfDayFromMinutes(Math.floor((((localMs % dayMs) + dayMs) % dayMs) / minuteMs));
}

/** Each city's share of the recent burden, weighted towards the latest occurrences: 0 none, 1 every time. */
function fairnessLoad(history: readonly SeriesBurden[]): Map<string, number> {
  const load = new Map<string, number>();
  let total = 0;
  history.forEach((burden, index) => {
    const weight = fairnessDecay ** (history.length - 1 - index);
    total += weight;
    for (const city of new Set([...burden.early, ...burden.late]))
      load.set(city, (load.get(city) ?? 0) + weight);
  });
  for (const [city, value] of load) load.set(city, value / total);
  return load;
}

/** How many invitees are free for the whole session at each candidate start. */
function countAvailableInvitees(
  invitees: readonly Invitee[],
  candidates: readonly number[],
  origin: number,
  gridMs: number,
  durationMs: number,
  timelineFor: (timeZone: string) => ZoneTimeline,
): Uint16Array {
  const counts = new Uint16Array(candidates.length);
  if (invitees.length === 0) return counts;
  const durationMinutes = Math.ceil(durationMs / minuteMs);
  const byZone = new Map<string, Invitee[]>();
  for (const invitee of invitees) {
    const group = byZone.get(invitee.timeZone);
    if (group === undefined) byZone.set(invitee.timeZone, [invitee]);
    else group.push(invitee);
  }
  for (const [timeZone, group] of byZone) {
    const timeline = timelineFor(timeZone);
    // Where each candidate starts in this zone's week, and where the offset changes during the session.
    const startMinute = new Int32Array(candidates.length);
    const splitMinutes = new Int32Array(candidates.length);
    candidates.forEach((cell, index) => {
      const start = origin + cell * gridMs;
      const offset = timeline.offsetMsAt(start);
      startMinute[index] = minuteOfWeek(start + offset);
      const change = timeline.transitions.find((at) => at > start && at < start + durationMs);
      splitMinutes[index] = change === undefined ? 0 : Math.round((change - start) / minuteMs);
    });
    const nextOffsetMinute = (index: number): number => {
      const start = origin + (candidates[index] ?? 0) * gridMs;
      const at = start + (splitMinutes[index] ?? 0) * minuteMs;
      return minuteOfWeek(at + timeline.offsetMsAt(at));
    };
    const tooLong = durationMinutes > minutesPerWeek;
    for (const invitee of group) {
      const merged = mergeWeekly(invitee.weekly);
      const covering = tooLong ? new Uint8Array(minutesPerWeek) : startsCovering(merged, durationMinutes);
      for (let index = 0; index < candidates.length; index += 1) {
        const split = splitMinutes[index] ?? 0;
        const minute = startMinute[index] ?? 0;
        const free =
          split === 0
            ? covering[minute] === 1
            : coversWeekly(merged, minute, split) &&
              coversWeekly(merged, nextOffsetMinute(index), durationMinutes - split);
        if (free) counts[index] = (counts[index] ?? 0) + 1;
      }
    }
  }
  return counts;
}
