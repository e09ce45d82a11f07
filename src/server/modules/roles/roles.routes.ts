import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireActor } from '../../platform/auth/actor.js';
import { RoleGrant } from '../accounts/accounts.schema.js';
import type { AccountsService } from '../accounts/accounts.service.js';
import {
  AuditQuery,
  AuditRecord,
  GrantBody,
  RevokeParams,
  RevokeQuery,
  UserParams,
  UserSummary,
  UsersQuery,
} from './roles.schema.js';
import type { RolesService } from './roles.service.js';

export const rolesRoutes: FastifyPluginAsyncTypebox<{
  roles: RolesService;
  accounts: AccountsService;
}> = async (app, { roles, accounts }) => {
  app.get(
    '/api/users',
    {
      config: { access: 'users.read' },
      schema: {
        tags: ['staff'],
        summary: 'People of the cities the caller coordinates (all, for admin)',
        querystring: UsersQuery,
        response: { 200: Type.Array(UserSummary) },
      },
    },
    async (request) => roles.listUsers(requireActor(request), request.query.cityId),
  );

  app.post(
    '/api/users/:userId/roles',
    {
      config: { access: 'roles.grant' },
      schema: {
        tags: ['staff'],
        summary: 'Grant a role (coordinators: facilitator or member in their city)',
        params: UserParams,
        body: GrantBody,
        response: { 201: Type.Array(RoleGrant) },
      },
    },
    async (request, reply) => {
      await roles.grant(requireActor(request), request.params.userId, request.body);
      return reply.status(201).send((await accounts.me(request.params.userId)).roles);
    },
  );

  app.delete(
    '/api/users/:userId/roles/:role',
    {
      config: { access: 'roles.revoke' },
      schema: {
        tags: ['staff'],
        summary: 'Revoke a role',
        params: RevokeParams,
        querystring: RevokeQuery,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await roles.revoke(requireActor(request), request.params.userId, {
        role: request.params.role,
        cityId: request.query.cityId ?? null,
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/audit',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['staff'],
        summary: 'Audit log of staff actions, newest first',
        querystring: AuditQuery,
        response: { 200: Type.Array(AuditRecord) },
      },
    },
    async (request) => roles.audit(requireActor(request), request.query.limit ?? 100),
  );
};
