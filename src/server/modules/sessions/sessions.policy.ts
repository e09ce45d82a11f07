import type { RoleGrant } from '../../platform/auth/permissions.js';

/** Roles that plan and run sessions. */
const managingRoles = new Set(['coordinator', 'facilitator']);

/**
 * Whether someone may edit, cancel or see the participants of a session: admin always; coordinators
 * and facilitators of the session's host city, or of any city with seats in it.
 */
export function mayManageSession(grants: readonly RoleGrant[], sessionCities: readonly string[]): boolean {
  return grants.some(
    (grant) =>
      grant.role === 'admin' ||
      (managingRoles.has(grant.role) && grant.cityId !== null && sessionCities.includes(grant.cityId)),
  );
}

/** The cities in which someone may create sessions (undefined: every city). */
export function citiesManagedBy(grants: readonly RoleGrant[]): string[] | undefined {
  if (grants.some((grant) => grant.role === 'admin')) return undefined;
  return grants.flatMap((grant) =>
    managingRoles.has(grant.role) && grant.cityId !== null ? [grant.cityId] : [],
  );
}
