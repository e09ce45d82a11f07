import type { RoleGrant } from '../../platform/auth/permissions.js';

export type { Actor } from '../../platform/auth/actor.js';

/** Roles that organize e-sports in their city. */
const organizingRoles = new Set(['coordinator', 'facilitator']);

/**
 * Whether someone organizes a tournament: admin always; its creator; coordinators and facilitators
 * of its host city or of a city with an entrant in it (cross-city events are run by both sides).
 */
export function organizesTournament(
  grants: readonly RoleGrant[],
  userId: string,
  tournament: { createdBy: string | null; cityIds: readonly string[] },
): boolean {
  if (tournament.createdBy === userId) return true;
  return grants.some(
    (grant) =>
      grant.role === 'admin' ||
      (organizingRoles.has(grant.role) && grant.cityId !== null && tournament.cityIds.includes(grant.cityId)),
  );
}

/** Whether someone manages a city's clubs and teams: admin, or its coordinators and facilitators. */
export function managesCity(grants: readonly RoleGrant[], cityId: string): boolean {
  return grants.some(
    (grant) => grant.role === 'admin' || (organizingRoles.has(grant.role) && grant.cityId === cityId),
  );
}

/** The city a new tournament or club belongs to when none is given: the first the person organizes in. */
export function defaultCityOf(grants: readonly RoleGrant[], ownCityId: string): string {
  return (
    grants.find((grant) => organizingRoles.has(grant.role) && grant.cityId !== null)?.cityId ?? ownCityId
  );
}

/**
 * Whether a viewer may see a minor's roster profile. DESIGN.md: adults other than facilitators never
 * see a minor's profile; the issue adds the club's staff. So: the minor, the staff of the team's
 * club, the city's facilitators, admin, and the minor's fellow minors on the same team.
 */
export function maySeeMinor(viewer: {
  userId: string;
  isMinor: boolean;
  grants: readonly RoleGrant[];
  staffOfClub: boolean;
  onTeam: boolean;
  minorId: string;
  teamCityId: string;
}): boolean {
  if (viewer.userId === viewer.minorId || viewer.staffOfClub) return true;
  const vetted = viewer.grants.some(
    (grant) => grant.role === 'admin' || (grant.role === 'facilitator' && grant.cityId === viewer.teamCityId),
  );
  return vetted || (viewer.isMinor && viewer.onTeam);
}
