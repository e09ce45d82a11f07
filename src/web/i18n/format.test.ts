import { describe, expect, it } from 'vitest';
import {
  formatAcrossZones,
  formatClockTime,
  formatDate,
  formatDateRange,
  formatDateTime,
  formatLongDay,
  formatMonth,
  formatShortDay,
  formatTime,
  formatTimeRange,
  formatUtcOffset,
  formatWeekdayTime,
  formatZoneName,
  hoursAhead,
  zoneOffsetMinutes,
} from './format.js';

const espoo = { name: 'Espoo', timeZone: 'Europe/Helsinki' };
const osan = { name: 'Osan', timeZone: 'Asia/Seoul' };

describe('web date formatting', () => {
  it('knows the Espoo–Osan gap changes with Finnish summer time', () => {
    expect(hoursAhead(new Date('2026-01-15T12:00:00Z'), 'Europe/Helsinki', 'Asia/Seoul')).toBe(7);
    expect(hoursAhead(new Date('2026-07-15T12:00:00Z'), 'Europe/Helsinki', 'Asia/Seoul')).toBe(6);
    expect(hoursAhead(new Date('2026-07-15T12:00:00Z'), 'Asia/Seoul', 'Europe/Helsinki')).toBe(-6);
  });

  it('reads offsets, including half hours and zones west of UTC', () => {
    expect(zoneOffsetMinutes(new Date('2026-01-15T12:00:00Z'), 'Asia/Kolkata')).toBe(330);
    expect(zoneOffsetMinutes(new Date('2026-01-15T12:00:00Z'), 'America/New_York')).toBe(-300);
    expect(formatUtcOffset(new Date('2026-01-15T12:00:00Z'), 'Asia/Kolkata')).toBe('UTC+5:30');
    expect(formatUtcOffset(new Date('2026-01-15T12:00:00Z'), 'UTC')).toBe('UTC');
  });

  it('shows an instant in every city, with the weekday where the day changes', () => {
    // Tuesday 13 January 2026, 10:00 in Espoo = 17:00 in Osan.
    const instant = new Date('2026-01-13T08:00:00Z');
    expect(formatAcrossZones(instant, 'en', [espoo, osan])).toBe('Tue 10:00 Espoo · 17:00 Osan');
    // 20:00 in Espoo is 03:00 on Wednesday in Osan.
    const late = new Date('2026-01-13T18:00:00Z');
    expect(formatAcrossZones(late, 'en', [espoo, osan])).toBe('Tue 20:00 Espoo · Wed 03:00 Osan');
  });

  it('names the date once, in the first part, when asked for it', () => {
    const saturday = new Date('2026-11-28T08:00:00Z');
    expect(formatAcrossZones(saturday, 'en', [espoo, osan], undefined, { withDate: true })).toBe(
      'Sat, Nov 28 10:00 Espoo · 17:00 Osan',
    );
    const ko = formatAcrossZones(saturday, 'ko', [espoo, osan], undefined, { withDate: true });
    expect(ko.match(/\(토\)/g)).toHaveLength(1);
    // 20:00 in Espoo is already Sunday in Osan, which says so.
    const late = new Date('2026-11-28T18:00:00Z');
    expect(formatAcrossZones(late, 'en', [espoo, osan], undefined, { withDate: true })).toBe(
      'Sat, Nov 28 20:00 Espoo · Sun 03:00 Osan',
    );
  });

  it('puts the viewer’s own time first when the viewer is elsewhere', () => {
    const instant = new Date('2026-01-13T08:00:00Z');
    expect(
      formatAcrossZones(instant, 'en', [espoo, osan], { timeZone: 'Europe/London', label: '(your time)' }),
    ).toBe('Tue 08:00 (your time) · 10:00 Espoo · 17:00 Osan');
    expect(
      formatAcrossZones(instant, 'en', [espoo, osan], { timeZone: 'Asia/Seoul', label: 'x' }),
    ).not.toContain('x');
  });

  it('uses the 24-hour clock in every language', () => {
    const evening = new Date('2026-01-13T15:05:00Z'); // 17:05 in Espoo, 00:05 next day in Osan
    expect(formatTime(evening, 'en', 'Europe/Helsinki')).toBe('17:05');
    expect(formatTime(evening, 'fi', 'Europe/Helsinki')).toBe('klo 17.05');
    expect(formatTime(evening, 'sv', 'Europe/Helsinki')).toBe('17:05');
    expect(formatTime(evening, 'ko', 'Europe/Helsinki')).toBe('17:05');
    expect(formatTime(evening, 'ko', 'Asia/Seoul')).toBe('00:05');
    for (const locale of ['fi', 'sv', 'en', 'ko'] as const) {
      expect(formatWeekdayTime(evening, locale, 'Europe/Helsinki')).not.toMatch(
        /AM|PM|오전|오후|ap\.|ip\.|fm|em/,
      );
      expect(formatDateTime(evening, locale, 'Europe/Helsinki')).toMatch(/17[.:]05/);
    }
    expect(formatTimeRange(evening, new Date('2026-01-13T16:35:00Z'), 'fi', 'Europe/Helsinki')).toBe(
      'klo 17.05–18.35',
    );
  });

  it('writes every Finnish clock time as "klo 8.05", and Swedish as Intl does ("08:05")', () => {
    const morning = new Date('2026-01-13T06:05:00Z'); // 08:05 in Espoo
    const later = new Date('2026-01-13T07:35:00Z');
    const fi = [
      formatTime(morning, 'fi', 'Europe/Helsinki'),
      formatWeekdayTime(morning, 'fi', 'Europe/Helsinki'),
      formatTimeRange(morning, later, 'fi', 'Europe/Helsinki'),
      formatDateTime(morning, 'fi', 'Europe/Helsinki'),
      formatAcrossZones(morning, 'fi', [espoo, osan], undefined, { withDate: true }),
      formatClockTime('09:00', 'fi'),
    ];
    expect(fi).toEqual([
      'klo 8.05',
      'ti klo 8.05',
      'klo 8.05–9.35',
      '13.1.2026 klo 8.05',
      'ti 13.1. klo 8.05 Espoo · klo 15.05 Osan',
      'klo 9.00',
    ]);
    for (const text of fi) expect(text).not.toMatch(/\d:\d|\b0\d\.\d\d/);
    expect(formatAcrossZones(morning, 'fi', [espoo, osan])).toBe('ti klo 8.05 Espoo · klo 15.05 Osan');
    expect(formatTime(morning, 'sv', 'Europe/Helsinki')).toBe('08:05');
    expect(formatWeekdayTime(morning, 'sv', 'Europe/Helsinki')).toBe('tis 08:05');
    expect(formatTimeRange(morning, later, 'sv', 'Europe/Helsinki')).toBe('08:05–09:35');
    expect(formatClockTime('09:00', 'sv')).toBe('09:00');
    expect(formatClockTime('24:00', 'fi')).toBe('klo 24.00');
    expect(formatClockTime('24:00', 'sv')).toBe('24:00');
    expect(formatClockTime('21:30', 'ko')).toBe('21:30');
    expect(formatClockTime('21:30', 'en')).toBe('21:30');
  });

  it('names zones by city or in words, never by IANA id', () => {
    const cityTime = (city: string) => `${city} time`;
    expect(formatZoneName('Asia/Seoul', 'en', [espoo, osan], cityTime)).toBe('Osan time');
    expect(
      formatZoneName('Europe/Helsinki', 'fi', [espoo, osan], (city) => `${city}, paikallinen aika`),
    ).toBe('Espoo, paikallinen aika');
    const winter = new Date('2026-01-13T08:00:00Z');
    expect(formatZoneName('Europe/London', 'ko', [espoo, osan], cityTime, winter)).toBe('영국 시간');
    expect(formatZoneName('UTC', 'fi', [espoo, osan], cityTime)).toBe('UTC');
    for (const locale of ['fi', 'sv', 'en', 'ko'] as const) {
      expect(formatZoneName('America/New_York', locale, [], cityTime, winter)).not.toContain('/');
    }
  });

  it('names months and days in the viewer’s language', () => {
    expect(formatMonth('2026-01', 'en')).toBe('January 2026');
    expect(formatMonth('2026-01', 'ko')).toBe('2026년 1월');
    expect(formatShortDay(new Date('2026-01-13T08:00:00Z'), 'en', 'Europe/Helsinki')).toBe('Tue, Jan 13');
    // Late evening in Espoo is already the next day in Osan.
    expect(formatLongDay(new Date('2026-01-13T20:00:00Z'), 'en', 'Asia/Seoul')).toBe(
      'Wednesday, January 14, 2026',
    );
  });

  it('formats calendar dates without shifting them by a zone', () => {
    expect(formatDate('2021-09-29', 'en')).toBe('September 29, 2021');
    expect(formatDate('2021-09-29', 'fi')).toBe('29. syyskuuta 2021');
    expect(formatDateRange('2021-09-29', '2026-09-29', 'en')).toContain('2026');
  });
});
