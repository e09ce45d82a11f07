/**
 * Who may do what, as data. Every API route names one access level in its `config.access`; a test walks
 * every route with every role and checks the answer against this table.
 */
export const roles = ['admin', 'coordinator', 'facilitator', 'member'] as const;
export type Role = (typeof roles)[number];

/** Roles that belong to one city. Admin runs the whole installation. */
export const cityScopedRoles: readonly Role[] = ['coordinator', 'facilitator', 'member'];

export const actions = [
  'users.read',
  'roles.grant',
  'roles.revoke',
  'audit.read',
  'sessions.manage',
  'practices.moderate',
  'translations.grant',
  'esports.organize',
  'youth.match',
  'youth.vet',
  'youth.moderate',
  'youth.kits',
] as const;
export type Action = (typeof actions)[number];

/**
 * The role × action table. A city-scoped role acts only within its city; the service checks the city.
 * Members and facilitators have no staff actions yet; later modules add theirs here.
 */
export const permissions: Record<Action, readonly Role[]> = {
  'users.read': ['admin', 'coordinator'],
  'roles.grant': ['admin', 'coordinator'],
  'roles.revoke': ['admin', 'coordinator'],
  'audit.read': ['admin', 'coordinator'],
  'sessions.manage': ['admin', 'coordinator', 'facilitator'],
  'practices.moderate': ['admin', 'coordinator'],
  'translations.grant': ['admin', 'coordinator'],
  'esports.organize': ['admin', 'coordinator', 'facilitator'],
  // Youth exchange: coordinators match circles, vet facilitators and author culture kits; facilitators
  // moderate their circles (the service limits each to their own circles or city).
  'youth.match': ['admin', 'coordinator'],
  'youth.vet': ['admin', 'coordinator'],
  'youth.moderate': ['admin', 'coordinator', 'facilitator'],
  'youth.kits': ['admin', 'coordinator'],
};

/** Roles a coordinator may hand out within their own city; admin may hand out any role. */
export const rolesCoordinatorsGrant: readonly Role[] = ['facilitator', 'member'];

/**
 * The access level of a route:
 * - `public`: anyone, signed in or not;
 * - `pending`: any signed-in account, also one that waits for guardian consent;
 * - `signed-in`: any active account;
 * - an action: an active account holding a role that the table allows.
 */
export type Access = 'public' | 'pending' | 'signed-in' | Action;

export interface RoleGrant {
  role: Role;
  cityId: string | null;
}

/** Whether any of the grants allows the action; with `cityId`, only grants for that city (or admin) count. */
export function allows(grants: readonly RoleGrant[], action: Action, cityId?: string): boolean {
  return grants.some(
    (grant) =>
      permissions[action].includes(grant.role) &&
      (grant.role === 'admin' || cityId === undefined || grant.cityId === cityId),
  );
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
