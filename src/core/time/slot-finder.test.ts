import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type CalendarDate } from './calendar-date.js';
import { daysOffBetween } from './holidays.js';
import {
  type Audience,
  type AudienceChoice,
  audienceFor,
  type SchedulingCity,
  sensibleWindow,
} from './sensible-hours.js';
import { findSlots, type SlotRequest, type SlotSuggestion } from './slot-finder.js';
import { minutesOfDay } from './time-of-day.js';
import { zonedParts } from './zoned-time.js';

const espoo: SchedulingCity = { id: 'espoo', timeZone: 'Europe/Helsinki', country: 'FI' };
const osan: SchedulingCity = { id: 'osan', timeZone: 'Asia/Seoul', country: 'KR' };
const cities = [espoo, osan];

function local(slot: SlotSuggestion, city: SchedulingCity) {
  return zonedParts(new Date(slot.startsAt), city.timeZone);
}

/** Checks a suggestion against the rules with Intl directly, not with the slot finder's own timelines. */
function assertInsideEveryWindow(request: SlotRequest, slot: SlotSuggestion): void {
  const start = new Date(slot.startsAt);
  const end = new Date(start.getTime() + request.durationMinutes * 60_000);
  expect(slot.endsAt).toBe(end.toISOString().replace('.000Z', 'Z'));
  for (const city of request.cities) {
    const from = zonedParts(start, city.timeZone);
    const to = zonedParts(end, city.timeZone);
    const daysOff = daysOffBetween(
      city.country,
      addDays(request.from, -1),
      addDays(request.to, 1),
      city.extraDaysOff,
    );
    expect(from.date >= request.from && from.date <= request.to).toBe(true);
    expect(daysOff.has(from.date)).toBe(false);
    expect(daysOff.has(to.date)).toBe(false);
    const window = sensibleWindow(from.date, audienceFor(request.audience, city.id), city, daysOff);
    expect(window).not.toBeNull();
    if (window === null) return;
    expect(from.hour * 60 + from.minute).toBeGreaterThanOrEqual(minutesOfDay(window.start));
    const endMinutes = to.date === from.date ? to.hour * 60 + to.minute : 1440 + to.hour * 60 + to.minute;
    expect(endMinutes).toBeLessThanOrEqual(minutesOfDay(window.end));
  }
}

describe('findSlots', () => {
  it('answers in the contract’s shape', () => {
    const [slot] = findSlots({
      durationMinutes: 60,
      from: '2027-03-22',
      to: '2027-03-26',
      audience: 'everyone',
      cities,
      count: 1,
    });
    expect(slot?.startsAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00Z$/);
    expect(slot?.localTimes.espoo).toMatch(/^2027-03-2\dT\d{2}:\d{2}:00\+02:00$/);
    expect(slot?.localTimes.osan).toMatch(/^2027-03-2\dT\d{2}:\d{2}:00\+09:00$/);
    expect(slot?.score).toBeGreaterThan(0);
    expect(slot?.score).toBeLessThanOrEqual(1);
  });

  it('youth in both cities on school days meet only at the weekend: after-school hours never overlap', () => {
    const request: SlotRequest = {
      durationMinutes: 60,
      from: '2027-03-01',
      to: '2027-04-30',
      audience: 'youth',
      cities,
      count: 40,
    };
    const slots = findSlots(request);
    expect(slots.length).toBeGreaterThan(10);
    for (const slot of slots) {
      expect(local(slot, espoo).weekday).toBeGreaterThanOrEqual(6);
      expect(local(slot, osan).weekday).toBeGreaterThanOrEqual(6);
      assertInsideEveryWindow(request, slot);
    }
  });

  it('an Espoo class in school time meets Osan youth after school: Espoo mornings, Osan afternoons', () => {
    const request: SlotRequest = {
      durationMinutes: 45,
      from: '2027-03-01',
      to: '2027-04-30',
      audience: { espoo: 'school', osan: 'youth' },
      cities,
      count: 40,
    };
    const slots = findSlots(request);
    expect(slots.length).toBe(40);
    for (const slot of slots) {
      const helsinki = local(slot, espoo);
      expect(helsinki.weekday).toBeLessThanOrEqual(5);
      expect(helsinki.hour).toBeGreaterThanOrEqual(8);
      expect(helsinki.hour).toBeLessThan(15);
      expect(local(slot, osan).hour).toBeGreaterThanOrEqual(15);
      assertInsideEveryWindow(request, slot);
    }
  });

  it('finds nothing during Seollal 2026 (16–18 February) for staff, and Thursday and Friday after it', () => {
    const slots = findSlots({
      durationMinutes: 60,
      from: '2026-02-16',
      to: '2026-02-20',
      audience: 'staff',
      cities,
      count: 20,
    });
    const seoulDates = new Set(slots.map((slot) => local(slot, osan).date));
    expect([...seoulDates].sort()).toEqual(['2026-02-19', '2026-02-20']);
  });

  it('skips a coordinator’s one-off day off', () => {
    const withElection: SchedulingCity = {
      ...osan,
      extraDaysOff: [{ date: '2027-03-03', names: { en: 'Election' } }],
    };
    const slots = findSlots({
      durationMinutes: 60,
      from: '2027-03-02',
      to: '2027-03-04',
      audience: 'staff',
      cities: [espoo, withElection],
      count: 20,
    });
    expect(slots.length).toBeGreaterThan(0);
    expect(slots.some((slot) => local(slot, osan).date === '2027-03-03')).toBe(false);
  });

  it('rotates the inconvenient hour: Osan had the late slot the last two times, so Espoo carries the early one', () => {
    const base: SlotRequest = {
      durationMinutes: 180,
      from: '2027-01-11',
      to: '2027-01-15',
      audience: 'everyone',
      cities,
      count: 3,
    };
    const osanLate = findSlots({
      ...base,
      fairnessHistory: [
        { early: [], late: ['osan'] },
        { early: [], late: ['osan'] },
      ],
    });
    expect(osanLate.length).toBe(3);
    for (const slot of osanLate) {
      expect(slot.burden).toEqual({ early: ['espoo'], late: [] });
      expect(slot.reasons).toContainEqual({ code: 'early_in_city', city: 'espoo', localTime: '09:00' });
      expect(slot.reasons).toContainEqual({
        code: 'fairness',
        city: 'osan',
        earlyCount: 0,
        lateCount: 2,
        carriesNow: false,
      });
    }
    const espooEarly = findSlots({ ...base, fairnessHistory: [{ early: ['espoo'], late: [] }] });
    for (const slot of espooEarly) {
      expect(slot.burden).toEqual({ early: [], late: ['osan'] });
      expect(slot.reasons).toContainEqual({ code: 'late_in_city', city: 'osan', localTime: '20:00' });
    }
  });

  it('prefers times most invitees are free, counting their weekly hours in their own zones', () => {
    const invitees = [
      { id: 'a', timeZone: 'Europe/Helsinki', weekly: [{ weekday: 3, start: '11:00', end: '13:00' }] },
      { id: 'b', timeZone: 'Asia/Seoul', weekly: [{ weekday: 3, start: '17:00', end: '20:00' }] },
      { id: 'c', timeZone: 'Asia/Seoul', weekly: [{ weekday: 5, start: '18:00', end: '19:00' }] },
    ];
    const [best] = findSlots({
      durationMinutes: 60,
      from: '2027-01-11',
      to: '2027-01-15',
      audience: 'everyone',
      cities,
      invitees,
      count: 5,
    });
    expect(best?.localTimes.espoo?.slice(0, 16)).toMatch(/^2027-01-13T1[12]:/);
    expect(best?.reasons).toContainEqual({ code: 'invitees_available', available: 2, total: 3 });
  });

  it('counts an invitee free across a DST change in their zone only when the whole session is covered', () => {
    // New York springs forward on Sunday 14 March 2027; the city borrows Finland's holidays (none that week).
    const newYork: SchedulingCity = { id: 'nyc', timeZone: 'America/New_York', country: 'FI' };
    const slots = findSlots({
      durationMinutes: 60,
      from: '2027-03-13',
      to: '2027-03-14',
      audience: 'everyone',
      cities: [newYork],
      invitees: [
        { id: 'x', timeZone: 'America/New_York', weekly: [{ weekday: 7, start: '08:00', end: '09:00' }] },
      ],
      count: 40,
    });
    const free = slots.filter((slot) =>
      slot.reasons.some((r) => r.code === 'invitees_available' && r.available === 1),
    );
    expect(free.map((slot) => slot.localTimes.nyc)).toEqual(['2027-03-14T08:00:00-04:00']);
  });

  it('never overlaps a busy interval or comes before notBefore', () => {
    const busy = [{ start: new Date('2027-03-23T08:00:00Z'), end: new Date('2027-03-23T09:30:00Z') }];
    const slots = findSlots({
      durationMinutes: 60,
      from: '2027-03-22',
      to: '2027-03-26',
      audience: 'everyone',
      cities,
      busy,
      notBefore: new Date('2027-03-23T00:00:00Z'),
      count: 30,
    });
    expect(slots.length).toBeGreaterThan(0);
    for (const slot of slots) {
      const start = Date.parse(slot.startsAt);
      expect(start).toBeGreaterThanOrEqual(Date.parse('2027-03-23T00:00:00Z'));
      expect(
        start + 3_600_000 <= Date.parse('2027-03-23T08:00:00Z') ||
          start >= Date.parse('2027-03-23T09:30:00Z'),
      ).toBe(true);
    }
  });

  it('returns nothing for an empty or impossible request', () => {
    expect(
      findSlots({ durationMinutes: 60, from: '2027-03-05', to: '2027-03-01', audience: 'everyone', cities }),
    ).toEqual([]);
    expect(
      findSlots({ durationMinutes: 0, from: '2027-03-01', to: '2027-03-05', audience: 'everyone', cities }),
    ).toEqual([]);
    expect(
      findSlots({ durationMinutes: 600, from: '2027-03-01', to: '2027-03-05', audience: 'staff', cities }),
    ).toEqual([]);
  });

  describe('properties across the March and October DST changes', () => {
    const audience = fc.constantFrom<Audience>('everyone', 'youth', 'staff', 'school');
    const audienceChoice: fc.Arbitrary<AudienceChoice> = fc.oneof(
      audience,
      fc.record({ espoo: audience, osan: audience, nyc: audience }),
    );
    const extraCity: SchedulingCity = { id: 'nyc', timeZone: 'America/New_York', country: 'FI' };
    const request: fc.Arbitrary<SlotRequest> = fc
      .record({
        year: fc.integer({ min: 2026, max: 2030 }),
        month: fc.constantFrom('03', '10'),
        day: fc.integer({ min: 18, max: 31 }),
        days: fc.integer({ min: 1, max: 14 }),
        durationMinutes: fc.integer({ min: 10, max: 240 }),
        gridMinutes: fc.constantFrom(15, 30, 60),
        audience: audienceChoice,
        withNewYork: fc.boolean(),
        count: fc.integer({ min: 1, max: 12 }),
        osanLate: fc.integer({ min: 0, max: 3 }),
      })
      .map((r) => {
        const from: CalendarDate = `${r.year}-${r.month}-${String(r.day).padStart(2, '0')}`;
        return {
          durationMinutes: r.durationMinutes,
          from,
          to: addDays(from, r.days),
          audience: r.audience,
          cities: r.withNewYork ? [espoo, osan, extraCity] : cities,
          gridMinutes: r.gridMinutes,
          count: r.count,
          fairnessHistory: Array.from({ length: r.osanLate }, () => ({ early: [], late: ['osan'] })),
        };
      });

    it('every suggestion lies inside every city’s window, on no day off, sorted by score, without overlaps', () => {
      fc.assert(
        fc.property(request, (req) => {
          const slots = findSlots(req);
          expect(slots.length).toBeLessThanOrEqual(req.count ?? 10);
          for (const slot of slots) {
            assertInsideEveryWindow(req, slot);
            expect(slot.score).toBeGreaterThanOrEqual(0);
            expect(slot.score).toBeLessThanOrEqual(1);
          }
          for (let i = 1; i < slots.length; i += 1) {
            expect(slots[i - 1]?.score ?? 0).toBeGreaterThanOrEqual(slots[i]?.score ?? 0);
          }
          const starts = slots.map((slot) => Date.parse(slot.startsAt)).sort((a, b) => a - b);
          for (let i = 1; i < starts.length; i += 1) {
            expect((starts[i] ?? 0) - (starts[i - 1] ?? 0)).toBeGreaterThanOrEqual(
              req.durationMinutes * 60_000,
            );
          }
        }),
        { numRuns: 150 },
      );
    });

    it('is deterministic', () => {
      fc.assert(
        fc.property(request, (req) => {
          expect(findSlots(req)).toEqual(findSlots(structuredClone(req)));
        }),
        { numRuns: 40 },
      );
    });
  });
});
