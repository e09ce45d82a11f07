import { findTransitionsMs } from './dst-transitions.js';
import { type Disambiguation, offsetMsAt, resolveLocalEpochMs } from './zoned-time.js';

/**
 * A zone's offsets over a span of time, computed once so that many conversions in that span cost a binary
 * search instead of an Intl call. Outside the span it asks Intl, so answers are right everywhere.
 */
export interface ZoneTimeline {
  timeZone: string;
  /** Local minus UTC in milliseconds at an epoch millisecond. */
  offsetMsAt(epochMs: number): number;
  /** The epoch millisecond of a local epoch millisecond (wall clock counted as if UTC). */
  instantOf(localMs: number, disambiguation?: Disambiguation): number;
  /** Epoch milliseconds at which the offset changes inside the span, ascending. */
  transitions: readonly number[];
}

/**
 * Precomputes a zone's offsets between two epoch milliseconds.
 *
 * @example
 * const helsinki = createZoneTimeline('Europe/Helsinki', Date.UTC(2027, 0, 1), Date.UTC(2028, 0, 1));
 * helsinki.offsetMsAt(Date.UTC(2027, 5, 1)) // 10_800_000 (UTC+3)
 * helsinki.instantOf(Date.UTC(2027, 2, 28, 10)) // Date.UTC(2027, 2, 28, 7)
 */
export function createZoneTimeline(timeZone: string, fromMs: number, toMs: number): ZoneTimeline {
  const changes = findTransitionsMs(fromMs, toMs, (ms) => offsetMsAt(ms, timeZone));
  const starts = [fromMs, ...changes.map((change) => change.at)];
  const offsets = [offsetMsAt(fromMs, timeZone), ...changes.map((change) => change.offsetAfterMs)];

  function offsetAtMs(epochMs: number): number {
    if (epochMs < fromMs || epochMs >= toMs) return offsetMsAt(epochMs, timeZone);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? Number.POSITIVE_INFINITY) <= epochMs) lo = mid;
      else hi = mid - 1;
    }
    return offsets[lo] ?? offsetMsAt(epochMs, timeZone);
  }

  return {
    timeZone,
    offsetMsAt: offsetAtMs,
    instantOf(localMs, disambiguation = 'compatible') {
      const resolved = resolveLocalEpochMs(localMs, offsetAtMs);
      if (resolved.kind === 'unique') return resolved.instant;
      if (resolved.kind === 'overlap') return disambiguation === 'later' ? resolved.later : resolved.earlier;
      return disambiguation === 'earlier' ? resolved.earlier : resolved.later;
    },
    transitions: changes.map((change) => change.at),
  };
}
