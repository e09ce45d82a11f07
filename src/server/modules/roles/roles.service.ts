import type { RoleGrant } from '../../platform/auth/permissions.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { PartnershipService } from '../partnership/partnership.service.js';
import { managedCities, mayAssign } from './roles.policy.js';
import type { RolesRepository } from './roles.repository.js';
import type { GrantBody, UserSummary } from './roles.schema.js';

export interface Actor {
  userId: string;
  roles: RoleGrant[];
}

/** Staff management: who holds which role where, and the audit log of those changes. */
export function createRolesService({
  repo,
  partnership,
}: {
  repo: RolesRepository;
  partnership: PartnershipService;
}) {
  async function target(grant: GrantBody): Promise<string | null> {
    if (grant.role === 'admin') return null;
    if (grant.cityId === undefined || grant.cityId === null) throw new AppError('ROLE_NEEDS_CITY');
    if ((await partnership.findCity(grant.cityId)) === undefined) throw new AppError('UNKNOWN_CITY');
    return grant.cityId;
  }

  return {
    async listUsers(actor: Actor, cityId: string | undefined): Promise<UserSummary[]> {
      const allowed = managedCities(actor.roles, 'users.read');
      if (cityId !== undefined && allowed !== undefined && !allowed.includes(cityId))
        throw new AppError('FORBIDDEN');
      return repo.listUsers(cityId !== undefined ? [cityId] : allowed);
    },

    async grant(actor: Actor, userId: string, grant: GrantBody): Promise<void> {
      const cityId = await target(grant);
      if (!mayAssign(actor.roles, grant.role, cityId)) throw new AppError('FORBIDDEN');
      if (!(await repo.userExists(userId))) throw new AppError('USER_NOT_FOUND');
      if (!(await repo.grant(userId, grant.role, cityId, actor.userId)))
        throw new AppError('ROLE_ALREADY_HELD');
    },

    async revoke(actor: Actor, userId: string, grant: GrantBody): Promise<void> {
      const cityId = await target(grant);
      if (!mayAssign(actor.roles, grant.role, cityId)) throw new AppError('FORBIDDEN');
      if (!(await repo.revoke(userId, grant.role, cityId, actor.userId))) throw new AppError('NOT_FOUND');
    },

    async audit(actor: Actor, limit: number) {
      const cities = managedCities(actor.roles, 'audit.read');
      return repo.listAudit({ ...(cities === undefined ? {} : { cityIds: cities }), limit });
    },
  };
}

export type RolesService = ReturnType<typeof createRolesService>;
