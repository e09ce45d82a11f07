import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDstTransitions } from './dst-transitions.js';
import {
  formatOffset,
  instantFromLocal,
  isoUtc,
  isoWithOffset,
  offsetAt,
  resolveLocal,
  zonedParts,
} from './zoned-time.js';

const zones = [
  'Europe/Helsinki',
  'Asia/Seoul',
  'America/New_York',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'UTC',
] as const;

describe('zonedParts', () => {
  it('reads the wall clock of an instant in a zone', () => {
    const parts = zonedParts(new Date('2027-03-28T07:00:00Z'), 'Europe/Helsinki');
    expect(parts).toMatchObject({ date: '2027-03-28', time: '10:00', weekday: 7, offsetMinutes: 180 });
    expect(zonedParts(new Date('2026-12-31T15:30:00Z'), 'Asia/Seoul')).toMatchObject({
      date: '2027-01-01',
      time: '00:30',
      weekday: 5,
      offsetMinutes: 540,
    });
  });

  it('reads midnight as 00, not 24', () => {
    expect(zonedParts(new Date('2027-01-01T00:00:00Z'), 'UTC').hour).toBe(0);
  });
});

describe('offsetAt and formatOffset', () => {
  it('gives minutes and the ISO form, including half and three-quarter hours', () => {
    expect(offsetAt(new Date('2027-03-28T07:00:00Z'), 'Europe/Helsinki')).toEqual({
      minutes: 180,
      text: '+03:00',
    });
    expect(offsetAt(new Date('2027-01-10T07:00:00Z'), 'Europe/Helsinki')).toEqual({
      minutes: 120,
      text: '+02:00',
    });
    expect(offsetAt(new Date('2027-01-10T07:00:00Z'), 'Pacific/Chatham')).toEqual({
      minutes: 825,
      text: '+13:45',
    });
    expect(offsetAt(new Date('2027-07-10T07:00:00Z'), 'Australia/Lord_Howe')).toEqual({
      minutes: 630,
      text: '+10:30',
    });
    expect(offsetAt(new Date('2027-01-10T07:00:00Z'), 'Australia/Lord_Howe')).toEqual({
      minutes: 660,
      text: '+11:00',
    });
    expect(offsetAt(new Date('2027-01-10T07:00:00Z'), 'America/New_York').text).toBe('-05:00');
    expect(formatOffset(0)).toBe('+00:00');
    expect(formatOffset(-570)).toBe('-09:30');
  });
});

describe('isoWithOffset and isoUtc', () => {
  it('writes the contract forms', () => {
    const start = new Date('2027-03-28T07:00:00Z');
    expect(isoWithOffset(start, 'Europe/Helsinki')).toBe('2027-03-28T10:00:00+03:00');
    expect(isoWithOffset(start, 'Asia/Seoul')).toBe('2027-03-28T16:00:00+09:00');
    expect(isoWithOffset(start, 'UTC')).toBe('2027-03-28T07:00:00+00:00');
    expect(isoWithOffset(new Date('2027-03-28T07:00:00.250Z'), 'UTC')).toBe('2027-03-28T07:00:00.250+00:00');
    expect(isoUtc(start)).toBe('2027-03-28T07:00:00Z');
    expect(isoUtc(new Date('2027-03-28T07:00:00.5Z'))).toBe('2027-03-28T07:00:00.500Z');
  });
});

describe('instantFromLocal', () => {
  it('converts an ordinary wall-clock time', () => {
    expect(instantFromLocal({ date: '2027-03-28', time: '10:00' }, 'Europe/Helsinki').toISOString()).toBe(
      '2027-03-28T07:00:00.000Z',
    );
    expect(instantFromLocal({ date: '2027-03-28', time: '16:00' }, 'Asia/Seoul').toISOString()).toBe(
      '2027-03-28T07:00:00.000Z',
    );
  });

  it('handles the spring-forward gap: 03:30 on the last Sunday of March never happens in Helsinki', () => {
    const local = { date: '2027-03-28', time: '03:30' };
    const resolution = resolveLocal(local, 'Europe/Helsinki');
    expect(resolution.kind).toBe('gap');
    // compatible and later move forward by the gap: 04:30 +03:00.
    expect(isoWithOffset(instantFromLocal(local, 'Europe/Helsinki'), 'Europe/Helsinki')).toBe(
      '2027-03-28T04:30:00+03:00',
    );
    expect(isoWithOffset(instantFromLocal(local, 'Europe/Helsinki', 'later'), 'Europe/Helsinki')).toBe(
      '2027-03-28T04:30:00+03:00',
    );
    expect(isoWithOffset(instantFromLocal(local, 'Europe/Helsinki', 'earlier'), 'Europe/Helsinki')).toBe(
      '2027-03-28T02:30:00+02:00',
    );
  });

  it('handles the fall-back overlap: 03:30 on the last Sunday of October happens twice', () => {
    const local = { date: '2027-10-31', time: '03:30' };
    expect(resolveLocal(local, 'Europe/Helsinki')).toEqual({
      kind: 'overlap',
      earlier: new Date('2027-10-31T00:30:00Z'),
      later: new Date('2027-10-31T01:30:00Z'),
    });
    expect(instantFromLocal(local, 'Europe/Helsinki').toISOString()).toBe('2027-10-31T00:30:00.000Z');
    expect(instantFromLocal(local, 'Europe/Helsinki', 'earlier').toISOString()).toBe(
      '2027-10-31T00:30:00.000Z',
    );
    expect(instantFromLocal(local, 'Europe/Helsinki', 'later').toISOString()).toBe(
      '2027-10-31T01:30:00.000Z',
    );
  });

  it('handles the half-hour gap of Lord Howe Island and the 45-minute offsets of Chatham', () => {
    // Lord Howe springs forward from 02:00 to 02:30 on the first Sunday of October.
    expect(resolveLocal({ date: '2027-10-03', time: '02:15' }, 'Australia/Lord_Howe').kind).toBe('gap');
    expect(
      isoWithOffset(
        instantFromLocal({ date: '2027-10-03', time: '02:15' }, 'Australia/Lord_Howe'),
        'Australia/Lord_Howe',
      ),
    ).toBe('2027-10-03T02:45:00+11:00');
    expect(
      isoWithOffset(instantFromLocal({ date: '2027-01-10', time: '09:00' }, 'Pacific/Chatham'), 'UTC'),
    ).toBe('2027-01-09T19:15:00+00:00');
  });

  it('refuses malformed input', () => {
    expect(() => instantFromLocal({ date: '2027-3-1', time: '10:00' }, 'UTC')).toThrow(RangeError);
    expect(() => instantFromLocal({ date: '2027-03-01', time: '10' }, 'UTC')).toThrow(RangeError);
  });
});

describe('round trip', () => {
  // Instants between 1970 and 2100, to the millisecond.
  const instants = fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }).map((ms) => new Date(ms));

  it('every instant round-trips through every zone', () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...zones), (instant, zone) => {
        const p = zonedParts(instant, zone);
        const time = `${p.time}:${String(p.second).padStart(2, '0')}.${String(p.millisecond).padStart(3, '0')}`;
        const resolution = resolveLocal({ date: p.date, time }, zone);
        // A wall-clock reading of a real instant is never in a gap.
        expect(resolution.kind).not.toBe('gap');
        const back =
          resolution.kind === 'unique'
            ? [resolution.instant]
            : [resolution.earlier, resolution.later].filter((d) => d.getTime() === instant.getTime());
        expect(back.map((d) => d.getTime())).toEqual([instant.getTime()]);
        // The ISO form parses back to the same instant.
        expect(new Date(isoWithOffset(instant, zone)).getTime()).toBe(instant.getTime());
      }),
      { numRuns: 3000 },
    );
  });

  it('instants near transitions round-trip too', () => {
    const transitions = zones.flatMap((zone) =>
      findDstTransitions(new Date('2026-01-01T00:00:00Z'), new Date('2029-01-01T00:00:00Z'), zone).map(
        (t) => ({
          zone,
          at: t.at.getTime(),
        }),
      ),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...transitions),
        fc.integer({ min: -7_200_000, max: 7_200_000 }),
        (t, delta) => {
          const instant = new Date(t.at + delta);
          const p = zonedParts(instant, t.zone);
          const local = { date: p.date, time: `${p.time}:${String(p.second).padStart(2, '0')}` };
          const earlier = instantFromLocal(local, t.zone, 'earlier').getTime();
          const later = instantFromLocal(local, t.zone, 'later').getTime();
          const wholeSecond = instant.getTime() - p.millisecond;
          expect([earlier, later]).toContain(wholeSecond);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('findDstTransitions', () => {
  it('finds Helsinki changing on the last Sundays of March and October', () => {
    const found = findDstTransitions(
      new Date('2027-01-01T00:00:00Z'),
      new Date('2028-01-01T00:00:00Z'),
      'Europe/Helsinki',
    );
    expect(found).toEqual([
      { at: new Date('2027-03-28T01:00:00Z'), offsetBefore: 120, offsetAfter: 180, direction: 'forward' },
      { at: new Date('2027-10-31T01:00:00Z'), offsetBefore: 180, offsetAfter: 120, direction: 'back' },
    ]);
  });

  it('finds none in Seoul or UTC, and Lord Howe moves by half an hour', () => {
    const from = new Date('2026-01-01T00:00:00Z');
    const to = new Date('2028-01-01T00:00:00Z');
    expect(findDstTransitions(from, to, 'Asia/Seoul')).toEqual([]);
    expect(findDstTransitions(from, to, 'UTC')).toEqual([]);
    const lordHowe = findDstTransitions(from, to, 'Australia/Lord_Howe');
    expect(lordHowe).toHaveLength(4);
    for (const t of lordHowe) expect(Math.abs(t.offsetAfter - t.offsetBefore)).toBe(30);
  });

  it('each transition is the first instant with the new offset', () => {
    for (const zone of zones) {
      for (const t of findDstTransitions(
        new Date('2026-01-01T00:00:00Z'),
        new Date('2031-01-01T00:00:00Z'),
        zone,
      )) {
        expect(offsetAt(t.at, zone).minutes).toBe(t.offsetAfter);
        expect(offsetAt(new Date(t.at.getTime() - 1), zone).minutes).toBe(t.offsetBefore);
      }
    }
  });
});
