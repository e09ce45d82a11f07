import { describe, expect, it } from 'vitest';
import type { SchedulingCity } from './sensible-hours.js';
import { burdenOf } from './series-burden.js';
import { findSlots } from './slot-finder.js';

const espoo: SchedulingCity = { id: 'espoo', timeZone: 'Europe/Helsinki', country: 'FI' };
const osan: SchedulingCity = { id: 'osan', timeZone: 'Asia/Seoul', country: 'KR' };

describe('burdenOf', () => {
  it('names the city whose window the session starts near (early) or ends near (late)', () => {
    // Tuesday: 08:00–09:00 in Espoo is 15:00–16:00 in Osan; staff hours are 08:00–17:00.
    expect(
      burdenOf({ start: new Date('2027-01-12T06:00:00Z'), durationMinutes: 60 }, 'staff', [espoo, osan]),
    ).toEqual({ early: ['espoo'], late: ['osan'] });
    // 11:00–12:00 in Espoo is 18:00–19:00 in Osan: after Osan's staff hours, so late there only.
    expect(
      burdenOf({ start: new Date('2027-01-12T09:00:00Z'), durationMinutes: 60 }, 'staff', [espoo, osan]),
    ).toEqual({ early: [], late: ['osan'] });
  });

  it('follows daylight saving: the same Espoo hour ends later in Osan in winter', () => {
    // Everyone: 08:00–21:00. 12:00–13:00 in Espoo is 18:00–19:00 in Osan in summer (UTC+3), two hours
    // clear of the window's end, but 19:00–20:00 in winter (UTC+2): late there.
    const everyone = (start: string) =>
      burdenOf({ start: new Date(start), durationMinutes: 60 }, 'everyone', [espoo, osan]);
    expect(everyone('2027-09-07T09:00:00Z')).toEqual({ early: [], late: [] });
    expect(everyone('2027-11-09T10:00:00Z')).toEqual({ early: [], late: ['osan'] });
    // 09:00 in Espoo is early there, whatever the season.
    expect(everyone('2027-11-09T07:00:00Z')).toEqual({ early: ['espoo'], late: [] });
  });

  it('gives the burden each suggestion reports for itself', () => {
    const slots = findSlots({
      durationMinutes: 90,
      from: '2027-03-01',
      to: '2027-03-14',
      audience: { espoo: 'school', osan: 'youth' },
      cities: [espoo, osan],
      count: 10,
    });
    expect(slots.length).toBeGreaterThan(0);
    for (const slot of slots) {
      expect(
        burdenOf(
          { start: new Date(slot.startsAt), durationMinutes: 90 },
          { espoo: 'school', osan: 'youth' },
          [espoo, osan],
        ),
      ).toEqual({ early: [...slot.burden.early], late: [...slot.burden.late] });
    }
  });
});
