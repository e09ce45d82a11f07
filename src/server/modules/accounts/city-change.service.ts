import { decideAdmission } from '../../../core/people/age.js';
import { calendarDateIn } from '../../../core/time/calendar-date.js';
import type { RoleGrant } from '../../platform/auth/permissions.js';
import { newId } from '../../platform/auth/tokens.js';
import type { Clock } from '../../platform/clock.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { PartnershipService } from '../partnership/partnership.service.js';
import type { AccountsRepository } from './accounts.repository.js';
import type { CityChangeRequest, CityChangeRequestBody } from './accounts.schema.js';
import type { CityChangeRepository, CityChangeRow, CityMove } from './city-change.repository.js';

export interface CityChangeActor {
  userId: string;
  roles: readonly RoleGrant[];
}

function coordinates(actor: CityChangeActor, cityId: string): boolean {
  return actor.roles.some(
    (grant) => grant.role === 'admin' || (grant.role === 'coordinator' && grant.cityId === cityId),
  );
}

/**
 * A person's city decides which law protects them (consent and majority ages, the seat quota they
 * count in), so nobody changes it alone (issue 13): the person asks, and the move happens when a
 * coordinator of the city they leave and one of the city they join have both approved (an admin
 * approves for both).
 */
export function createCityChangeService({
  repo,
  accounts,
  partnership,
  clock,
}: {
  repo: CityChangeRepository;
  accounts: AccountsRepository;
  partnership: PartnershipService;
  clock: Clock;
}) {
  async function toRequest(row: CityChangeRow): Promise<CityChangeRequest> {
    const user = await accounts.findById(row.user_id);
    return shape(row, user?.display_name ?? '');
  }

  function shape(row: CityChangeRow, displayName: string): CityChangeRequest {
    return {
      id: row.id,
      userId: row.user_id,
      displayName,
      fromCityId: row.from_city_id,
      toCityId: row.to_city_id,
      reason: row.reason,
      status: row.status as CityChangeRequest['status'],
      requestedAt: row.requested_at,
      fromApprovedAt: row.from_approved_at,
      toApprovedAt: row.to_approved_at,
    };
  }

  /** What the move does to the account: consent follows the stricter law, a wait is never lifted. */
  async function moveOf(row: CityChangeRow): Promise<CityMove> {
    const user = await accounts.findById(row.user_id);
    const city = await partnership.findCity(row.to_city_id);
    const move: CityMove = { userId: row.user_id, fromCityId: row.from_city_id, toCityId: row.to_city_id };
    if (user?.birth_date == null || city === undefined) return move;
    const admission = decideAdmission(user.birth_date, calendarDateIn(clock.now(), city.timeZone), city);
    if (admission.admitted && admission.needsGuardianConsent && user.status === 'active') {
      // A consent given under the old city's rules is re-asked under the new city's.
      move.status = 'awaiting_guardian_consent';
    }
    return move;
  }

  return {
    /** The signed-in person asks to move; a pending request of theirs is replaced. */
    async request(actor: CityChangeActor, body: CityChangeRequestBody): Promise<CityChangeRequest> {
      const user = await accounts.findById(actor.userId);
      if (user === undefined) throw new AppError('UNAUTHENTICATED');
      const city = await partnership.findCity(body.cityId);
      if (city === undefined) throw new AppError('UNKNOWN_CITY');
      if (city.id === user.city_id) throw new AppError('VALIDATION_FAILED', { field: 'cityId' });
      const row: CityChangeRow = {
        id: newId(),
        user_id: user.id,
        from_city_id: user.city_id,
        to_city_id: city.id,
        reason: body.reason?.trim() || null,
        status: 'pending',
        requested_by: actor.userId,
        requested_at: clock.now().toISOString(),
        from_approved_by: null,
        from_approved_at: null,
        to_approved_by: null,
        to_approved_at: null,
        decided_at: null,
      };
      await repo.insert(row);
      return toRequest(row);
    },

    async mine(actor: CityChangeActor): Promise<CityChangeRequest | null> {
      const row = await repo.pendingOf(actor.userId);
      return row === undefined ? null : toRequest(row);
    },

    /** Pending requests that concern the actor's cities (every city for admin). */
    async pending(actor: CityChangeActor): Promise<CityChangeRequest[]> {
      const admin = actor.roles.some((grant) => grant.role === 'admin');
      const cities = admin
        ? undefined
        : actor.roles.flatMap((grant) =>
            grant.role === 'coordinator' && grant.cityId !== null ? [grant.cityId] : [],
          );
      const rows = await repo.pending(cities);
      // One query for every person's name, not one per request.
      const users = await accounts.findByIds([...new Set(rows.map((row) => row.user_id))]);
      const names = new Map(users.map((user) => [user.id, user.display_name]));
      return rows.map((row) => shape(row, names.get(row.user_id) ?? ''));
    },

    /** A coordinator approves for their side (both sides if they coordinate both, or are admin). */
    async approve(actor: CityChangeActor, id: string): Promise<CityChangeRequest> {
      const row = await repo.find(id);
      if (row === undefined) throw new AppError('NOT_FOUND');
      const sides = { from: coordinates(actor, row.from_city_id), to: coordinates(actor, row.to_city_id) };
      if (!sides.from && !sides.to) throw new AppError('NOT_FOUND');
      if (row.status !== 'pending') throw new AppError('NOTHING_TO_DECIDE');
      // Nobody approves their own move, whatever roles they hold.
      if (row.user_id === actor.userId) throw new AppError('FORBIDDEN');
      const next = await repo.approve(id, actor.userId, sides, await moveOf(row));
      if (next === undefined) throw new AppError('NOTHING_TO_DECIDE');
      return toRequest(next);
    },

    async refuse(actor: CityChangeActor, id: string): Promise<CityChangeRequest> {
      const row = await repo.find(id);
      if (row === undefined) throw new AppError('NOT_FOUND');
      const side = [row.from_city_id, row.to_city_id].find((cityId) => coordinates(actor, cityId));
      if (side === undefined) throw new AppError('NOT_FOUND');
      const refused = await repo.refuse(id, actor.userId, side);
      if (refused === undefined) throw new AppError('NOTHING_TO_DECIDE');
      return toRequest(refused);
    },
  };
}

export type CityChangeService = ReturnType<typeof createCityChangeService>;
