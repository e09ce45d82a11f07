import type { Kysely } from 'kysely';
import type { CityChangeRequestTable, Database } from '../../db/schema.js';
import { recordAudit } from '../../platform/audit/audit-log.js';
import type { Clock } from '../../platform/clock.js';

export type CityChangeRow = CityChangeRequestTable;

/** The change a completed request makes to the account, decided by the service. */
export interface CityMove {
  userId: string;
  toCityId: string;
  fromCityId: string;
  status?: 'active' | 'awaiting_guardian_consent';
}

/** Requests to move a person to another city, and the move itself once both cities approved. */
export function createCityChangeRepository(db: Kysely<Database>, clock: Clock) {
  return {
    async insert(row: CityChangeRow): Promise<void> {
      await db.transaction().execute(async (trx) => {
        // One open request per person: a new one replaces what was pending.
        await trx
          .updateTable('city_change_requests')
          .set({ status: 'withdrawn', decided_at: row.requested_at })
          .where('user_id', '=', row.user_id)
          .where('status', '=', 'pending')
          .execute();
        await trx.insertInto('city_change_requests').values(row).execute();
      });
    },

    async find(id: string): Promise<CityChangeRow | undefined> {
      return db.selectFrom('city_change_requests').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async pendingOf(userId: string): Promise<CityChangeRow | undefined> {
      return db
        .selectFrom('city_change_requests')
        .selectAll()
        .where('user_id', '=', userId)
        .where('status', '=', 'pending')
        .executeTakeFirst();
    },

    /** Pending requests from or to the given cities (every city when undefined), oldest first. */
    async pending(cityIds: readonly string[] | undefined): Promise<CityChangeRow[]> {
      let query = db.selectFrom('city_change_requests').selectAll().where('status', '=', 'pending');
      if (cityIds !== undefined) {
        if (cityIds.length === 0) return [];
        query = query.where((eb) =>
          eb.or([eb('from_city_id', 'in', cityIds), eb('to_city_id', 'in', cityIds)]),
        );
      }
      return query.orderBy('requested_at').orderBy('id').execute();
    },

    /**
     * Records one side's approval (and the other's, for admin) on a request still pending, and moves
     * the person when both sides have approved: one transaction, audited. Returns the updated row, or
     * undefined when the request was no longer pending.
     */
    async approve(
      id: string,
      actorId: string,
      sides: { from: boolean; to: boolean },
      move: CityMove,
    ): Promise<CityChangeRow | undefined> {
      const now = clock.now().toISOString();
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('city_change_requests')
          .selectAll()
          .where('id', '=', id)
          .where('status', '=', 'pending')
          .executeTakeFirst();
        if (row === undefined) return undefined;
        const next: CityChangeRow = {
          ...row,
          ...(sides.from && row.from_approved_at === null
            ? { from_approved_by: actorId, from_approved_at: now }
            : {}),
          ...(sides.to && row.to_approved_at === null
            ? { to_approved_by: actorId, to_approved_at: now }
            : {}),
        };
        const complete = next.from_approved_at !== null && next.to_approved_at !== null;
        if (complete) {
          next.status = 'approved';
          next.decided_at = now;
        }
        await trx
          .updateTable('city_change_requests')
          .set({
            from_approved_by: next.from_approved_by,
            from_approved_at: next.from_approved_at,
            to_approved_by: next.to_approved_by,
            to_approved_at: next.to_approved_at,
            status: next.status,
            decided_at: next.decided_at,
          })
          .where('id', '=', id)
          .execute();
        const detail = { from: row.from_city_id, to: row.to_city_id, complete };
        for (const cityId of new Set([
          ...(sides.from ? [row.from_city_id] : []),
          ...(sides.to ? [row.to_city_id] : []),
        ])) {
          await recordAudit(trx, clock, {
            actorId,
            action: 'account.city_change.approve',
            subjectType: 'user',
            subjectId: row.user_id,
            cityId,
            detail,
          });
        }
        if (complete) {
          const change = move;
          await trx
            .updateTable('users')
            .set({
              city_id: change.toCityId,
              ...(change.status === undefined ? {} : { status: change.status }),
              updated_at: now,
            })
            .where('id', '=', change.userId)
            .execute();
          // The member grant follows the person; staff grants of a city stay with that city.
          await trx
            .updateTable('user_roles')
            .set({ city_id: change.toCityId })
            .where('user_id', '=', change.userId)
            .where('role', '=', 'member')
            .where('city_id', '=', change.fromCityId)
            .execute();
        }
        return next;
      });
    },

    async refuse(id: string, actorId: string, cityId: string): Promise<CityChangeRow | undefined> {
      const now = clock.now().toISOString();
      return db.transaction().execute(async (trx) => {
        const done = await trx
          .updateTable('city_change_requests')
          .set({ status: 'refused', decided_at: now })
          .where('id', '=', id)
          .where('status', '=', 'pending')
          .executeTakeFirst();
        if (done.numUpdatedRows !== 1n) return undefined;
        const row = await trx
          .selectFrom('city_change_requests')
          .selectAll()
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        await recordAudit(trx, clock, {
          actorId,
          action: 'account.city_change.refuse',
          subjectType: 'user',
          subjectId: row.user_id,
          cityId,
          detail: { from: row.from_city_id, to: row.to_city_id },
        });
        return row;
      });
    },
  };
}

export type CityChangeRepository = ReturnType<typeof createCityChangeRepository>;
