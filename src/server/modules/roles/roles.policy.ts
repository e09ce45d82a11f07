import type { Action, Role, RoleGrant } from '../../platform/auth/permissions.js';
import { rolesCoordinatorsGrant } from '../../platform/auth/permissions.js';

/**
 * The cities whose people an actor may manage for an action: undefined means every city (admin),
 * otherwise the cities where the actor is coordinator.
 */
export function managedCities(grants: readonly RoleGrant[], _action: Action): string[] | undefined {
  if (grants.some((g) => g.role === 'admin')) return undefined;
  return grants.flatMap((g) => (g.role === 'coordinator' && g.cityId !== null ? [g.cityId] : []));
}

/** Whether an actor may grant or revoke `role` in `cityId`. */
export function mayAssign(grants: readonly RoleGrant[], role: Role, cityId: string | null): boolean {
  if (grants.some((g) => g.role === 'admin')) return true;
  if (cityId === null || !rolesCoordinatorsGrant.includes(role)) return false;
  return grants.some((g) => g.role === 'coordinator' && g.cityId === cityId);
}

/**
 * Roles whose holder sees minors or video links (facilitators read circles, coordinators their city's
 * young people, sessions.manage shows live links): only an adult may hold them.
 */
export const rolesNeedingAnAdult: readonly Role[] = ['admin', 'coordinator', 'facilitator'];
