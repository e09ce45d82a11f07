import { describe, expect, it } from 'vitest';
import { addMonths, isCalendarMonth, monthBounds, monthOf } from './calendar-month.js';

describe('calendar months for the session list', () => {
  it('moves across years', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(addMonths('2027-03', 12)).toBe('2028-03');
  });

  it('accepts only real months', () => {
    expect(isCalendarMonth('2027-03')).toBe(true);
    expect(isCalendarMonth('2027-13')).toBe(false);
    expect(isCalendarMonth(null)).toBe(false);
  });

  it('spans the month in the viewer’s zone, across a DST change', () => {
    // March 2027 in Helsinki starts at UTC+2 and ends at UTC+3 (summer time from 28 March).
    const helsinki = monthBounds('2027-03', 'Europe/Helsinki');
    expect(helsinki.from.toISOString()).toBe('2027-02-28T22:00:00.000Z');
    expect(helsinki.to.toISOString()).toBe('2027-03-31T20:59:59.999Z');
    const seoul = monthBounds('2027-03', 'Asia/Seoul');
    expect(seoul.from.toISOString()).toBe('2027-02-28T15:00:00.000Z');
  });

  it('reads the month of an instant where the viewer is', () => {
    const instant = new Date('2027-03-31T22:30:00Z');
    expect(monthOf(instant, 'Europe/Helsinki')).toBe('2027-04');
    expect(monthOf(instant, 'Europe/London')).toBe('2027-03');
  });
});
