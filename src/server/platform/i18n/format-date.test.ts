import { describe, expect, it } from 'vitest';
import { formatInstant, formatInZones } from './format-date.js';

const zones = [
  { label: 'Espoo', timeZone: 'Europe/Helsinki' },
  { label: 'Osan', timeZone: 'Asia/Seoul' },
];
// Tuesday 13 January 2026, 08:05 in Espoo, 15:05 in Osan.
const morning = new Date('2026-01-13T06:05:00Z');

describe('server date formatting', () => {
  it('writes Finnish clock times as "klo 8.05", as the web does', () => {
    expect(formatInZones(morning, 'fi', zones)).toBe('ti klo 8.05 Espoo · ti klo 15.05 Osan');
    expect(formatInstant(morning, 'fi', 'Europe/Helsinki')).toContain('klo 8.05');
    expect(formatInstant(morning, 'fi', 'Europe/Helsinki')).not.toMatch(/\d:\d|\b0\d\.\d\d/);
  });

  it('keeps the 24-hour "08:05" of Intl in Swedish, English and Korean', () => {
    expect(formatInZones(morning, 'sv', zones)).toBe('tis 08:05 Espoo · tis 15:05 Osan');
    expect(formatInZones(morning, 'en', zones)).toBe('Tue 08:05 Espoo · Tue 15:05 Osan');
    expect(formatInstant(morning, 'sv', 'Europe/Helsinki')).toContain('kl. 08:05');
    expect(formatInstant(new Date('2026-01-13T15:05:00Z'), 'ko', 'Asia/Seoul')).toContain('00:05');
  });
});
