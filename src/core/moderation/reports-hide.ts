/** One open report on an item, with what was known of the reporter when they reported. */
export interface ReportVoice {
  /** The reporter's city when they reported. */
  cityId: string;
  /**
   * Whether the reporter's account was established: e-mail verified and at least a day old. New or
   * unverified accounts cost an attacker nothing to make.
   */
  established: boolean;
}

/** How long an account must exist before its reports can hide anything. */
export const establishedAfterMs = 24 * 3600_000;

/**
 * Whether an account counts as established for reporting (see `ReportVoice.established`).
 *
 * @example
 * isEstablishedReporter({ emailVerified: true, createdAt: '2026-11-01T00:00:00Z' }, new Date('2026-11-03T00:00:00Z')) // true
 */
export function isEstablishedReporter(
  account: { emailVerified: boolean; createdAt: string },
  now: Date,
): boolean {
  const created = Date.parse(account.createdAt);
  return account.emailVerified && Number.isFinite(created) && now.getTime() - created >= establishedAfterMs;
}

/**
 * Whether open reports hide an item before a moderator decides. Every report counts towards the
 * threshold, but reports alone never hide what the partnership shares unless established accounts
 * of at least two different cities are among them: three fresh accounts, or one city's people acting
 * together, can flag an item for the moderators but cannot take it down (issue 13). A moderator can
 * always hide it.
 *
 * @example
 * reportsHide([{ cityId: 'espoo', established: false }, { cityId: 'espoo', established: false }, { cityId: 'osan', established: false }], 3) // false
 * reportsHide([{ cityId: 'espoo', established: true }, { cityId: 'osan', established: true }, { cityId: 'osan', established: false }], 3) // true
 */
export function reportsHide(reports: readonly ReportVoice[], threshold: number): boolean {
  if (reports.length < threshold) return false;
  const establishedCities = new Set(reports.filter((r) => r.established).map((r) => r.cityId));
  return establishedCities.size >= 2;
}
