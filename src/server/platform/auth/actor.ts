import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.js';
import type { RoleGrant } from './permissions.js';

/** The signed-in person a service acts for: who, which city, which roles. */
export interface Actor {
  userId: string;
  cityId: string;
  roles: RoleGrant[];
}

/**
 * The request's signed-in person, or null. With `activeOnly`, an account still waiting for guardian
 * consent counts as nobody (for public routes that would otherwise let it act).
 */
export function actorOf(request: FastifyRequest, options: { activeOnly?: boolean } = {}): Actor | null {
  const viewer = request.viewer;
  if (viewer === null || (options.activeOnly === true && viewer.status !== 'active')) return null;
  return { userId: viewer.userId, cityId: viewer.cityId, roles: viewer.roles };
}

/** The request's signed-in person; 401 UNAUTHENTICATED without one. */
export function requireActor(request: FastifyRequest, options: { activeOnly?: boolean } = {}): Actor {
  const found = actorOf(request, options);
  if (found === null) throw new AppError('UNAUTHENTICATED');
  return found;
}
