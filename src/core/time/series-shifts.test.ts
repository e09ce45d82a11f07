import { describe, expect, it } from 'vitest';
import { findSeriesShifts, seriesOccurrences } from './series-shifts.js';

const zones = { espoo: 'Europe/Helsinki', osan: 'Asia/Seoul' };

describe('seriesOccurrences', () => {
  it('keeps the anchor’s wall-clock time every N weeks', () => {
    const occurrences = seriesOccurrences(
      { anchorTimeZone: 'Europe/Helsinki', firstDate: '2027-03-14', time: '10:00', everyWeeks: 2, count: 3 },
      zones,
    );
    expect(occurrences.map((o) => o.localTimes.espoo)).toEqual([
      '2027-03-14T10:00:00+02:00',
      '2027-03-28T10:00:00+03:00',
      '2027-04-11T10:00:00+03:00',
    ]);
    expect(occurrences.map((o) => o.startsAt)).toEqual([
      '2027-03-14T08:00:00Z',
      '2027-03-28T07:00:00Z',
      '2027-04-11T07:00:00Z',
    ]);
  });
});

describe('findSeriesShifts', () => {
  it('finds the two weeks a Helsinki-anchored series moves in Seoul: 17:00 → 16:00 in March, back in October', () => {
    const shifts = findSeriesShifts(
      { anchorTimeZone: 'Europe/Helsinki', firstDate: '2027-01-05', time: '10:00', everyWeeks: 1, count: 52 },
      zones,
    );
    expect(shifts).toEqual([
      {
        index: 12,
        city: 'osan',
        startsAt: '2027-03-30T07:00:00Z',
        previousLocalTime: '2027-03-23T17:00:00+09:00',
        localTime: '2027-03-30T16:00:00+09:00',
        minutesMoved: -60,
      },
      {
        index: 43,
        city: 'osan',
        startsAt: '2027-11-02T08:00:00Z',
        previousLocalTime: '2027-10-26T16:00:00+09:00',
        localTime: '2027-11-02T17:00:00+09:00',
        minutesMoved: 60,
      },
    ]);
  });

  it('moves Helsinki for a Seoul-anchored series, and nothing moves between zones without DST', () => {
    const fromSeoul = findSeriesShifts(
      { anchorTimeZone: 'Asia/Seoul', firstDate: '2027-03-01', time: '17:00', everyWeeks: 1, count: 6 },
      zones,
    );
    expect(fromSeoul.map((s) => [s.city, s.localTime, s.minutesMoved])).toEqual([
      ['espoo', '2027-03-29T11:00:00+03:00', 60],
    ]);
    expect(
      findSeriesShifts(
        { anchorTimeZone: 'Asia/Seoul', firstDate: '2027-03-01', time: '17:00', everyWeeks: 1, count: 40 },
        { osan: 'Asia/Seoul', utc: 'UTC' },
      ),
    ).toEqual([]);
  });

  it('measures a move across midnight the short way round', () => {
    // 06:30 in Seoul is 23:30 in Helsinki in winter and 00:30 the next day in summer: +60, not -1380.
    const shifts = findSeriesShifts(
      { anchorTimeZone: 'Asia/Seoul', firstDate: '2027-03-16', time: '06:30', everyWeeks: 1, count: 3 },
      { espoo: 'Europe/Helsinki' },
    );
    expect(shifts.map((s) => [s.previousLocalTime, s.localTime, s.minutesMoved])).toEqual([
      ['2027-03-22T23:30:00+02:00', '2027-03-30T00:30:00+03:00', 60],
    ]);
  });
});
