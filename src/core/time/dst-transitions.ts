import { offsetMsAt } from './zoned-time.js';

/** A change of a zone's offset from UTC: daylight saving starting or ending, or a change of standard time. */
export interface DstTransition {
  /** The first instant with the new offset. */
  at: Date;
  /** Offset in minutes just before `at`. */
  offsetBefore: number;
  /** Offset in minutes from `at`. */
  offsetAfter: number;
  /** `forward` when clocks jump ahead (a gap in wall time), `back` when they repeat (an overlap). */
  direction: 'forward' | 'back';
}

// Zones change offset at most a few times a year; a 6-hour probe step cannot miss two changes.
const probeStepMs = 6 * 3_600_000;

/**
 * Every offset change of a zone in [from, to), oldest first, found by probing the zone every six hours
 * and bisecting to the second.
 *
 * @example
 * findDstTransitions(new Date('2027-01-01T00:00:00Z'), new Date('2028-01-01T00:00:00Z'), 'Europe/Helsinki')
 * // [ { at: 2027-03-28T01:00:00Z, offsetBefore: 120, offsetAfter: 180, direction: 'forward' },
 * //   { at: 2027-10-31T01:00:00Z, offsetBefore: 180, offsetAfter: 120, direction: 'back' } ]
 */
export function findDstTransitions(from: Date, to: Date, timeZone: string): DstTransition[] {
  return findTransitionsMs(from.getTime(), to.getTime(), (ms) => offsetMsAt(ms, timeZone)).map((t) => ({
    at: new Date(t.at),
    offsetBefore: t.offsetBeforeMs / 60_000,
    offsetAfter: t.offsetAfterMs / 60_000,
    direction: t.offsetAfterMs > t.offsetBeforeMs ? 'forward' : 'back',
  }));
}

/** `findDstTransitions` on epoch milliseconds, for callers that precompute many conversions. */
export function findTransitionsMs(
  fromMs: number,
  toMs: number,
  offsetMsOf: (epochMs: number) => number,
): { at: number; offsetBeforeMs: number; offsetAfterMs: number }[] {
  const transitions: { at: number; offsetBeforeMs: number; offsetAfterMs: number }[] = [];
  let previousMs = fromMs;
  let previousOffset = offsetMsOf(fromMs);
  while (previousMs < toMs) {
    const nextMs = Math.min(previousMs + probeStepMs, toMs);
    const nextOffset = offsetMsOf(nextMs);
    if (nextOffset !== previousOffset) {
      // Offsets change on a whole second: bisect seconds so that lo has the old offset and hi the new one.
      let lo = Math.floor(previousMs / 1000);
      let hi = Math.ceil(nextMs / 1000);
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (offsetMsOf(mid * 1000) === previousOffset) lo = mid;
        else hi = mid;
      }
      const at = Math.max(hi * 1000, fromMs);
      if (at < toMs) transitions.push({ at, offsetBeforeMs: previousOffset, offsetAfterMs: nextOffset });
    }
    previousMs = nextMs;
    previousOffset = nextOffset;
  }
  return transitions;
}
