import { describe, expect, it } from 'vitest';
import { daysOffBetween } from './holidays.js';
import { audienceFor, dayKindOf, hoursFor, type SchedulingCity, sensibleWindow } from './sensible-hours.js';

const espoo: SchedulingCity = {
  id: 'espoo',
  timeZone: 'Europe/Helsinki',
  country: 'FI',
  schoolHolidays: [{ from: '2027-02-22', to: '2027-02-26' }],
};
const osan: SchedulingCity = {
  id: 'osan',
  timeZone: 'Asia/Seoul',
  country: 'KR',
  hours: { youth: { window: { start: '16:00', end: '21:00' } } },
};
const noDaysOff = new Set<string>();

describe('sensibleWindow', () => {
  it('gives each audience its default hours on a school day (Monday 1 March 2027)', () => {
    expect(sensibleWindow('2027-03-01', 'youth', espoo, noDaysOff)).toEqual({ start: '15:00', end: '21:00' });
    expect(sensibleWindow('2027-03-01', 'staff', espoo, noDaysOff)).toEqual({ start: '08:00', end: '17:00' });
    expect(sensibleWindow('2027-03-01', 'everyone', espoo, noDaysOff)).toEqual({
      start: '08:00',
      end: '21:00',
    });
    expect(sensibleWindow('2027-03-01', 'school', espoo, noDaysOff)).toEqual({
      start: '08:00',
      end: '15:00',
    });
  });

  it('gives youth 10–20 and staff and classes nothing at the weekend', () => {
    expect(sensibleWindow('2027-03-06', 'youth', espoo, noDaysOff)).toEqual({ start: '10:00', end: '20:00' });
    expect(sensibleWindow('2027-03-06', 'staff', espoo, noDaysOff)).toBeNull();
    expect(sensibleWindow('2027-03-06', 'school', espoo, noDaysOff)).toBeNull();
    expect(sensibleWindow('2027-03-06', 'everyone', espoo, noDaysOff)).toEqual({
      start: '08:00',
      end: '21:00',
    });
  });

  it('treats a school holiday as a working day that is not a school day', () => {
    expect(dayKindOf('2027-02-23', espoo, noDaysOff)).toEqual({
      dayOff: false,
      workingDay: true,
      schoolDay: false,
    });
    expect(sensibleWindow('2027-02-23', 'youth', espoo, noDaysOff)).toEqual({ start: '10:00', end: '20:00' });
    expect(sensibleWindow('2027-02-23', 'school', espoo, noDaysOff)).toBeNull();
    expect(sensibleWindow('2027-02-23', 'staff', espoo, noDaysOff)).toEqual({ start: '08:00', end: '17:00' });
  });

  it('has no window on a day off, for any audience', () => {
    const daysOff = daysOffBetween('FI', '2027-12-01', '2027-12-31');
    for (const audience of ['youth', 'staff', 'everyone', 'school'] as const) {
      expect(sensibleWindow('2027-12-24', audience, espoo, daysOff)).toBeNull();
    }
    expect(dayKindOf('2027-12-24', espoo, daysOff).dayOff).toBe(true);
  });

  it('applies a city’s overrides on top of the defaults', () => {
    expect(hoursFor(osan, 'youth')).toEqual({
      on: 'school-days',
      window: { start: '16:00', end: '21:00' },
      otherDays: { start: '10:00', end: '20:00' },
    });
    expect(sensibleWindow('2027-03-02', 'youth', osan, noDaysOff)).toEqual({ start: '16:00', end: '21:00' });
  });
});

describe('audienceFor', () => {
  it('takes one audience for all or one per city', () => {
    expect(audienceFor('staff', 'osan')).toBe('staff');
    expect(audienceFor({ espoo: 'school', osan: 'youth' }, 'espoo')).toBe('school');
    expect(() => audienceFor({ espoo: 'school' }, 'osan')).toThrow(RangeError);
  });
});
