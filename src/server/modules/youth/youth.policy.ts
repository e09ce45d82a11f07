import { type AgeBand, ageBands } from '../../../core/matching/index.js';
import type { RoleGrant } from '../../platform/auth/permissions.js';

/** The ages the youth exchange is for (Finnish Youth Act: under 29; the platform admits from 13). */
export const youthAges = { min: 13, max: 29 } as const;

/**
 * The age band a young person is shown in and matched within; undefined outside 13–29.
 *
 * @example
 * ageBandOf(16) // '16-17'
 */
export function ageBandOf(age: number): AgeBand | undefined {
  if (age < youthAges.min || age > youthAges.max) return undefined;
  if (age <= 15) return '13-15';
  if (age <= 17) return '16-17';
  if (age <= 24) return '18-24';
  return '25-29';
}

export { ageBands };

/**
 * Interests young people choose from: one shared vocabulary, so that matching compares like with
 * like. Ids are stable; the web app translates them.
 */
export const youthInterests = [
  'e-sports',
  'games',
  'music',
  'k-pop',
  'dance',
  'sports',
  'outdoors',
  'nature',
  'cooking',
  'art',
  'drawing',
  'photography',
  'film',
  'anime',
  'reading',
  'writing',
  'science',
  'technology',
  'coding',
  'fashion',
  'travel',
  'languages',
  'history',
  'sustainability',
  'volunteering',
] as const;

export const circleSizeLimits = { min: 4, max: 8 } as const;

/** Verification methods that take effect at once; the others wait for a coordinator of the child's city. */
export const immediateVerification: ReadonlySet<string> = new Set(['email']);

/** Hours a guardian's consent link stays valid. */
export const consentLinkHours = 72;

/** Consent requests a young person may send per day (each mails someone). */
export const consentRequestsPerDay = 5;

/** Reports from different people that hide a message until a facilitator decides. */
export const reportsToHide = 3;

/** Circle messages are deleted this long after the circle ended. */
export const messageRetentionMonths = 12;

/** Whether the grants make someone staff of a city for the youth exchange (coordinator there, or admin). */
export function coordinatesCity(grants: readonly RoleGrant[], cityId: string): boolean {
  return grants.some(
    (grant) => grant.role === 'admin' || (grant.role === 'coordinator' && grant.cityId === cityId),
  );
}

/** Whether someone coordinates the city of a minor: the only staff besides facilitators who may read them. */
export function coordinatesCityOf(grants: readonly RoleGrant[], cityId: string): boolean {
  return grants.some((grant) => grant.role === 'coordinator' && grant.cityId === cityId);
}

/**
 * Who may read a young person's profile (issue 6, point 6). A minor's: themselves, their circle's
 * facilitators and their city's coordinators (guardians read it through their own link). An adult
 * young person's: also the people they share a circle with, and admin.
 */
export function mayReadProfile(input: {
  viewerId: string;
  viewerRoles: readonly RoleGrant[];
  subjectId: string;
  subjectCityId: string;
  subjectIsMinor: boolean;
  /** The viewer's role in a circle the subject is an active member of, if any. */
  sharedCircleRole: 'member' | 'facilitator' | undefined;
}): boolean {
  if (input.viewerId === input.subjectId) return true;
  if (input.sharedCircleRole === 'facilitator') return true;
  if (coordinatesCityOf(input.viewerRoles, input.subjectCityId)) return true;
  if (input.subjectIsMinor) return false;
  return input.sharedCircleRole === 'member' || input.viewerRoles.some((grant) => grant.role === 'admin');
}
