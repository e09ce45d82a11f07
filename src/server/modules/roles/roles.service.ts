import { ageOn } from '../../../core/people/age.js';
import { calendarDateIn } from '../../../core/time/calendar-date.js';
import type { Role, RoleGrant } from '../../platform/auth/permissions.js';
import type { Clock } from '../../platform/clock.js';
import { AppError, type ErrorCode } from '../../platform/errors/app-error.js';
import type { AccountsService } from '../accounts/accounts.service.js';
import type { PartnershipService } from '../partnership/partnership.service.js';
import { managedCities, mayAssign, rolesNeedingAnAdult } from './roles.policy.js';
import type { RolesRepository } from './roles.repository.js';
import type { GrantBody, UserSummary } from './roles.schema.js';

export interface Actor {
  userId: string;
  roles: RoleGrant[];
}

/**
 * A further condition on holding a role that another module knows (the youth exchange: a facilitator
 * has a recorded vetting for the city). Answers the error code that refuses the grant, or undefined.
 */
export type RoleCondition = (grant: {
  userId: string;
  role: Role;
  cityId: string | null;
}) => Promise<ErrorCode | undefined>;

/** Staff management: who holds which role where, and the audit log of those changes. */
export function createRolesService({
  repo,
  partnership,
  accounts,
  clock,
}: {
  repo: RolesRepository;
  partnership: PartnershipService;
  accounts: Pick<AccountsService, 'facts'>;
  clock: Clock;
}) {
  const conditions: RoleCondition[] = [];

  /**
   * One rule for every route that grants a role (issue 13): staff roles see minors or video links, so
   * their holder is an adult under the stricter of their own city's and the role's city's law (staff
   * accounts made by an operator have no birth date: adults by the operator's declaration), and every
   * condition other modules registered holds.
   */
  async function checkEligible(userId: string, role: Role, cityId: string | null): Promise<void> {
    if (rolesNeedingAnAdult.includes(role)) {
      const [person] = await accounts.facts([userId]);
      if (person !== undefined && person.birthDate !== null) {
        const cities = await partnership.listCities();
        const laws = cities.filter((c) => c.id === person.cityId || c.id === cityId);
        const majorityAge = Math.max(18, ...laws.map((c) => c.majorityAge));
        const home = cities.find((c) => c.id === person.cityId);
        const age = ageOn(person.birthDate, calendarDateIn(clock.now(), home?.timeZone ?? 'UTC'));
        if (age < majorityAge) throw new AppError('ROLE_NEEDS_ADULT', { majorityAge });
      }
    }
    for (const condition of conditions) {
      const refusal = await condition({ userId, role, cityId });
      if (refusal !== undefined) throw new AppError(refusal);
    }
  }

  async function target(grant: GrantBody): Promise<string | null> {
    if (grant.role === 'admin') return null;
    if (grant.cityId === undefined || grant.cityId === null) throw new AppError('ROLE_NEEDS_CITY');
    if ((await partnership.findCity(grant.cityId)) === undefined) throw new AppError('UNKNOWN_CITY');
    return grant.cityId;
  }

  return {
    /** Adds a condition every grant must meet (see `RoleCondition`); modules register theirs at start. */
    conditions: {
      register(condition: RoleCondition): void {
        conditions.push(condition);
      },
    },

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
      await checkEligible(userId, grant.role, cityId);
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
