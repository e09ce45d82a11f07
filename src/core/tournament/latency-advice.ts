/** How much a game suffers from round-trip delay. */
export type LatencyClass = 'turn_based' | 'latency_tolerant' | 'latency_sensitive';

export const latencyClasses: readonly LatencyClass[] = [
  'turn_based',
  'latency_tolerant',
  'latency_sensitive',
];

/** What to do for a cross-city match. */
export type LatencyAdviceCode = 'play_as_is' | 'neutral_server' | 'two_legs';

export interface Coordinates {
  latitude: number;
  longitude: number;
}

/** Light in fibre travels at about 2/3 of c: 199,862 km/s, i.e. ~199.9 km per millisecond. */
export const fibreKmPerMs = (299_792.458 * 2) / 3 / 1_000;

/**
 * Real paths are longer than the great circle (cable routes, routing, queues, game servers): a
 * measured Espoo–Osan round trip of 230–300 ms against a ~71 ms floor gives these factors.
 */
export const pathInflation = { low: 3.25, high: 4.25 } as const;

/** The round trip each class still plays well with (upper end of the typical range). */
export const toleratedRttMs: Readonly<Record<LatencyClass, number>> = {
  turn_based: Number.POSITIVE_INFINITY,
  latency_tolerant: 200,
  latency_sensitive: 60,
};

const earthRadiusKm = 6_371.0088;

/**
 * Great-circle distance (haversine, mean Earth radius).
 *
 * @example
 * Math.round(greatCircleKm({ latitude: 60.2055, longitude: 24.6559 }, { latitude: 37.1498, longitude: 127.0772 })) // 7113
 */
export function greatCircleKm(from: Coordinates, to: Coordinates): number {
  const rad = Math.PI / 180;
  const dLat = (to.latitude - from.latitude) * rad;
  const dLon = (to.longitude - from.longitude) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(from.latitude * rad) * Math.cos(to.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface ClassAdvice {
  code: LatencyAdviceCode;
  /** The round trip the class tolerates, in ms (null: no limit). */
  toleratedRttMs: number | null;
  /** Typical round trip if one side hosts, [low, high] ms. */
  hostedRttMs: [number, number];
  /** Typical round trip of each side to a server half-way, [low, high] ms. */
  neutralRttMs: [number, number];
}

export interface LatencyReport {
  distanceKm: number;
  /** The physical floor: there and back in fibre along the great circle. */
  minRttMs: number;
  /** What players typically see, [low, high]. */
  typicalRttMs: [number, number];
  advice: Record<LatencyClass, ClassAdvice>;
}

/**
 * Latency figures and advice for a match between two places, for every latency class:
 * `play_as_is` when one side hosting stays within what the class tolerates; `neutral_server` when
 * a server half-way (each side then sees about half the round trip, and both the same) does;
 * otherwise `two_legs`, one leg on each side's server, so each side gets home advantage once.
 * Numbers and codes only: the web and mail turn them into sentences.
 *
 * @example
 * const r = latencyAdvice(espoo, osan);
 * r.minRttMs // ≈ 71
 * r.advice.latency_tolerant.code // 'neutral_server'
 * r.advice.latency_sensitive.code // 'two_legs'
 * r.advice.turn_based.code // 'play_as_is'
 */
export function latencyAdvice(from: Coordinates, to: Coordinates): LatencyReport {
  const distanceKm = greatCircleKm(from, to);
  const minRttMs = (2 * distanceKm) / fibreKmPerMs;
  const typicalRttMs: [number, number] = [minRttMs * pathInflation.low, minRttMs * pathInflation.high];
  const neutralRttMs: [number, number] = [typicalRttMs[0] / 2, typicalRttMs[1] / 2];
  const adviceFor = (latencyClass: LatencyClass): ClassAdvice => {
    const tolerated = toleratedRttMs[latencyClass];
    const code: LatencyAdviceCode =
      typicalRttMs[1] <= tolerated
        ? 'play_as_is'
        : neutralRttMs[1] <= tolerated
          ? 'neutral_server'
          : 'two_legs';
    return {
      code,
      toleratedRttMs: Number.isFinite(tolerated) ? tolerated : null,
      hostedRttMs: typicalRttMs,
      neutralRttMs,
    };
  };
  return {
    distanceKm,
    minRttMs,
    typicalRttMs,
    advice: {
      turn_based: adviceFor('turn_based'),
      latency_tolerant: adviceFor('latency_tolerant'),
      latency_sensitive: adviceFor('latency_sensitive'),
    },
  };
}
