import { describe, expect, it } from 'vitest';
import { greatCircleKm, latencyAdvice } from './latency-advice.js';

const espoo = { latitude: 60.2055, longitude: 24.6559 };
const osan = { latitude: 37.1498, longitude: 127.0772 };
const helsinki = { latitude: 60.1699, longitude: 24.9384 };

describe('latencyAdvice', () => {
  it('gives the Espoo–Osan figures: ~7,100 km, ~71 ms floor, ~230–300 ms typical', () => {
    const report = latencyAdvice(espoo, osan);
    expect(report.distanceKm).toBeGreaterThan(7_000);
    expect(report.distanceKm).toBeLessThan(7_200);
    expect(report.minRttMs).toBeCloseTo(71, 0);
    expect(report.typicalRttMs[0]).toBeGreaterThan(225);
    expect(report.typicalRttMs[1]).toBeLessThan(310);
    expect(report.advice.turn_based.code).toBe('play_as_is');
    expect(report.advice.latency_tolerant.code).toBe('neutral_server');
    expect(report.advice.latency_sensitive.code).toBe('two_legs');
    expect(report.advice.turn_based.toleratedRttMs).toBeNull();
  });

  it('is symmetric and lets neighbours play as they are', () => {
    expect(greatCircleKm(espoo, osan)).toBeCloseTo(greatCircleKm(osan, espoo), 6);
    const near = latencyAdvice(espoo, helsinki);
    expect(near.distanceKm).toBeLessThan(20);
    expect(near.advice.latency_sensitive.code).toBe('play_as_is');
  });
});
