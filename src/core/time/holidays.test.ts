import { describe, expect, it } from 'vitest';
import { daysOffBetween, holidaysFor } from './holidays.js';

function datesNamed(country: 'FI' | 'KR', year: number, english: string): string[] {
  return holidaysFor(country, year)
    .filter((h) => h.names.en === english && h.kind !== 'substitute')
    .map((h) => h.date);
}

function substitutesOf(year: number, english: string): string[] {
  return holidaysFor('KR', year)
    .filter((h) => h.kind === 'substitute' && h.names.en?.startsWith(english))
    .map((h) => h.date);
}

// The eve, the day and the day after the lunar new year in Korean time (KASI's calendar). 2027 is the
// year Korea (UTC+9) and China (UTC+8) differ: the new moon falls just after midnight in Seoul.
const seollal: Record<number, string[]> = {
  2021: ['2021-02-11', '2021-02-12', '2021-02-13'],
  2022: ['2022-01-31', '2022-02-01', '2022-02-02'],
  2023: ['2023-01-21', '2023-01-22', '2023-01-23'],
  2024: ['2024-02-09', '2024-02-10', '2024-02-11'],
  2025: ['2025-01-28', '2025-01-29', '2025-01-30'],
  2026: ['2026-02-16', '2026-02-17', '2026-02-18'],
  2027: ['2027-02-06', '2027-02-07', '2027-02-08'],
  2028: ['2028-01-26', '2028-01-27', '2028-01-28'],
  2029: ['2029-02-12', '2029-02-13', '2029-02-14'],
  2030: ['2030-02-02', '2030-02-03', '2030-02-04'],
};

// The eve, the day and the day after the 15th of the 8th lunar month.
const chuseok: Record<number, string[]> = {
  2021: ['2021-09-20', '2021-09-21', '2021-09-22'],
  2022: ['2022-09-09', '2022-09-10', '2022-09-11'],
  2023: ['2023-09-28', '2023-09-29', '2023-09-30'],
  2024: ['2024-09-16', '2024-09-17', '2024-09-18'],
  2025: ['2025-10-05', '2025-10-06', '2025-10-07'],
  2026: ['2026-09-24', '2026-09-25', '2026-09-26'],
  2027: ['2027-09-14', '2027-09-15', '2027-09-16'],
  2028: ['2028-10-02', '2028-10-03', '2028-10-04'],
  2029: ['2029-09-21', '2029-09-22', '2029-09-23'],
  2030: ['2030-09-11', '2030-09-12', '2030-09-13'],
};

// When a day of Seollal or Chuseok is a Sunday or another holiday, the first working day after is off.
const lunarSubstitutes: Record<number, string[]> = {
  2021: [],
  2022: ['2022-09-12'],
  2023: ['2023-01-24'],
  2024: ['2024-02-12'],
  2025: ['2025-10-08'],
  2026: [],
  2027: ['2027-02-09'],
  2028: ['2028-10-05'],
  2029: ['2029-09-24'],
  2030: ['2030-02-05'],
};

describe('holidaysFor KR', () => {
  for (let year = 2021; year <= 2030; year += 1) {
    it(`Seollal, Chuseok and their substitutes in ${year}`, () => {
      expect(datesNamed('KR', year, 'Korean New Year')).toEqual(seollal[year]);
      expect(datesNamed('KR', year, 'Korean Thanksgiving')).toEqual(chuseok[year]);
      const substitutes = [
        ...substitutesOf(year, 'Korean New Year'),
        ...substitutesOf(year, 'Korean Thanksgiving'),
      ].sort();
      expect(substitutes).toEqual(lunarSubstitutes[year]);
    });
  }

  it('corrects the package where it is one day late: 2025 is 28–30 January and 2026 is 16–18 February', () => {
    const days2025 = daysOffBetween('KR', '2025-01-25', '2025-02-02');
    expect([...days2025].sort()).toEqual(['2025-01-28', '2025-01-29', '2025-01-30']);
    expect(daysOffBetween('KR', '2026-02-15', '2026-02-20').has('2026-02-19')).toBe(false);
    expect(daysOffBetween('KR', '2026-02-15', '2026-02-20').has('2026-02-16')).toBe(true);
  });

  it('gives Korean substitute holidays of other days', () => {
    expect(
      holidaysFor('KR', 2026)
        .filter((h) => h.kind === 'substitute')
        .map((h) => h.date),
    ).toEqual(['2026-03-02', '2026-05-25', '2026-08-17', '2026-10-05']);
  });

  it('names Korean holidays in Korean and English only, never with a fallback', () => {
    const [first] = holidaysFor('KR', 2026).filter((h) => h.names.en === 'Korean New Year');
    expect(first?.names).toEqual({ en: 'Korean New Year', ko: '설날' });
  });

  it('adds a coordinator’s one-off days off: the 2025 temporary holiday and the presidential election', () => {
    const extra = [
      { date: '2025-01-27', names: { ko: '임시공휴일', en: 'Temporary holiday' } },
      { date: '2025-06-03', names: { ko: '제21대 대통령 선거', en: 'Presidential election' } },
      { date: '2026-06-03', names: { en: 'Local elections' } },
    ];
    const days = holidaysFor('KR', 2025, extra);
    expect(days.filter((h) => h.kind === 'one-off').map((h) => h.date)).toEqual(['2025-01-27', '2025-06-03']);
    expect(days.find((h) => h.date === '2025-06-03')?.names.en).toBe('Presidential election');
    expect(days.map((h) => h.date)).toEqual([...days.map((h) => h.date)].sort());
    expect(daysOffBetween('KR', '2025-01-25', '2025-02-02', extra).has('2025-01-27')).toBe(true);
  });
});

describe('holidaysFor FI', () => {
  it('lists Finland’s 2026 public holidays and de facto days off with names in fi, sv and en', () => {
    const days = holidaysFor('FI', 2026);
    expect(days.map((h) => `${h.date} ${h.kind}`)).toEqual([
      '2026-01-01 public',
      '2026-01-06 public',
      '2026-04-03 public',
      '2026-04-05 public',
      '2026-04-06 public',
      '2026-05-01 public',
      '2026-05-14 public',
      '2026-05-24 public',
      '2026-06-19 de-facto',
      '2026-06-20 public',
      '2026-10-31 public',
      '2026-12-06 public',
      '2026-12-24 de-facto',
      '2026-12-25 public',
      '2026-12-26 public',
      '2026-12-31 de-facto',
    ]);
    expect(days.find((h) => h.date === '2026-06-19')?.names).toEqual({
      fi: 'juhannusaatto',
      sv: 'midsommarafton',
      en: 'Midsummer Eve',
    });
    expect(days.find((h) => h.date === '2026-12-25')?.names.ko).toBe('기독탄신일');
  });

  it('Midsummer Eve is the Friday between 19 and 25 June', () => {
    const eves = [2025, 2026, 2027, 2028].map(
      (year) => holidaysFor('FI', year).find((h) => h.names.en === 'Midsummer Eve')?.date,
    );
    expect(eves).toEqual(['2025-06-20', '2026-06-19', '2027-06-25', '2028-06-23']);
  });

  it('leaves out observances such as Mother’s Day', () => {
    expect(holidaysFor('FI', 2026).some((h) => h.date === '2026-05-10')).toBe(false);
  });
});
