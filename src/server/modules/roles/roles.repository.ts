import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../../db/errors.js';
import type { Database } from '../../db/schema.js';
import { listAudit, recordAudit } from '../../platform/audit/audit-log.js';
import { isRole, type Role } from '../../platform/auth/permissions.js';
import { newId } from '../../platform/auth/tokens.js';
import type { Clock } from '../../platform/clock.js';
import type { UserSummary } from './roles.schema.js';

export function createRolesRepository(db: Kysely<Database>, clock: Clock) {
  return {
    async listUsers(cityIds: string[] | undefined): Promise<UserSummary[]> {
      let query = db
        .selectFrom('users')
        .select(['id', 'display_name', 'email', 'city_id', 'status'])
        .orderBy('display_name')
        .orderBy('id')
        .limit(1000);
      if (cityIds !== undefined) {
        if (cityIds.length === 0) return [];
        query = query.where('city_id', 'in', cityIds);
      }
      const users = await query.execute();
      if (users.length === 0) return [];
      const roleRows = await db
        .selectFrom('user_roles')
        .select(['user_id', 'role', 'city_id'])
        .where(
          'user_id',
          'in',
          users.map((u) => u.id),
        )
        .orderBy('granted_at')
        .execute();
      return users.map((user) => ({
        id: user.id,
        displayName: user.display_name,
        email: user.email,
        cityId: user.city_id,
        status: user.status,
        roles: roleRows
          .filter((r) => r.user_id === user.id)
          .flatMap((r) => (isRole(r.role) ? [{ role: r.role, cityId: r.city_id }] : [])),
      }));
    },

    async userExists(userId: string): Promise<boolean> {
      return (
        (await db.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst()) !== undefined
      );
    },

    /** Grants a role and records it, in one transaction. False when the user holds it already. */
    async grant(userId: string, role: Role, cityId: string | null, actorId: string): Promise<boolean> {
      try {
        await db.transaction().execute(async (trx) => {
          await trx
            .insertInto('user_roles')
            .values({
              id: newId(),
              user_id: userId,
              role,
              city_id: cityId,
              granted_by: actorId,
              granted_at: clock.now().toISOString(),
            })
            .execute();
          await recordAudit(trx, clock, {
            actorId,
            action: 'role.grant',
            subjectType: 'user',
            subjectId: userId,
            cityId,
            detail: { role },
          });
        });
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },

    /** Revokes a role and records it. False when the user did not hold it. */
    async revoke(userId: string, role: Role, cityId: string | null, actorId: string): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        let query = trx.deleteFrom('user_roles').where('user_id', '=', userId).where('role', '=', role);
        query = cityId === null ? query.where('city_id', 'is', null) : query.where('city_id', '=', cityId);
        const result = await query.executeTakeFirst();
        if (result.numDeletedRows === 0n) return false;
        await recordAudit(trx, clock, {
          actorId,
          action: 'role.revoke',
          subjectType: 'user',
          subjectId: userId,
          cityId,
          detail: { role },
        });
        return true;
      });
    },

    listAudit: (filter: { cityIds?: string[]; limit: number }) => listAudit(db, filter),
  };
}

export type RolesRepository = ReturnType<typeof createRolesRepository>;
