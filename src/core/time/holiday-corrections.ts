/**
 * Silta's corrections to date-holidays, keyed by country and the package's rule text. A correction
 * applies only while the package states that exact rule, so a future package version that fixes its data
 * changes the rule text and the correction stops applying (the exact-date tests then tell us).
 */
export interface HolidayCorrection {
  /** The package's rule, e.g. "korean 01-0-01 P3D". */
  rule: string;
  /** Days to move every day of the holiday (negative: earlier). */
  shiftDays: number;
}

/**
 * Seollal is the eve, the day and the day after the lunar new year (관공서의 공휴일에 관한 규정 §2:
 * "설날 전날, 설날, 설날 다음날"), but date-holidays starts its three days on the new year itself, one day
 * late: 2025 gives 29–31 January for 28–30 January. Chuseok ("korean 8-0-14 P3D", the eve of 8/15) is
 * right and needs nothing.
 *
 * @example
 * holidayCorrections.KR // [{ rule: 'korean 01-0-01 P3D', shiftDays: -1 }]
 */
export const holidayCorrections: Readonly<Record<string, readonly HolidayCorrection[]>> = {
  KR: [{ rule: 'korean 01-0-01 P3D', shiftDays: -1 }],
};
