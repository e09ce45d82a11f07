import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { SessionCookies } from '../../platform/auth/auth-plugin.js';
import type { RoleGrant } from '../../platform/auth/permissions.js';
import { AppError } from '../../platform/errors/app-error.js';
import {
  Accepted,
  CityChangeRequest,
  CityChangeRequestBody,
  CityChangeRequests,
  LoginBody,
  Me,
  MyCityChange,
  PasswordResetConfirmBody,
  PasswordResetRequestBody,
  RegisterBody,
  TokenBody,
  UpdateMeBody,
} from './accounts.schema.js';
import type { AccountsService } from './accounts.service.js';
import type { CityChangeService } from './city-change.service.js';

export interface AccountsRoutesOptions {
  accounts: AccountsService;
  cityChange: CityChangeService;
  cookies: SessionCookies;
  /** Attempts per minute per address on sign-in, sign-up and reset; 0 means no limit. */
  authRateLimit: number;
}

export const accountsRoutes: FastifyPluginAsyncTypebox<AccountsRoutesOptions> = async (app, options) => {
  const { accounts, cityChange, cookies } = options;
  const limited =
    options.authRateLimit > 0 ? { rateLimit: { max: options.authRateLimit, timeWindow: 60_000 } } : {};
  const viewerId = (request: { viewer: { userId: string } | null }): string => {
    if (request.viewer === null) throw new AppError('UNAUTHENTICATED');
    return request.viewer.userId;
  };

  app.post(
    '/api/auth/register',
    {
      config: { access: 'public', ...limited },
      schema: {
        tags: ['accounts'],
        summary: 'Create an account (birth date first) and sign in',
        body: RegisterBody,
        response: { 201: Me },
      },
    },
    async (request, reply) => {
      const me = await accounts.register(request.body, request.locale);
      await cookies.startSession(reply, me.id);
      return reply.status(201).send(me);
    },
  );

  app.post(
    '/api/auth/login',
    {
      config: { access: 'public', ...limited },
      schema: { tags: ['accounts'], summary: 'Sign in', body: LoginBody, response: { 200: Me } },
    },
    async (request, reply) => {
      const userId = await accounts.authenticate(request.body);
      await cookies.startSession(reply, userId);
      return accounts.me(userId);
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: 'public' },
      schema: { tags: ['accounts'], summary: 'Sign out', response: { 204: Type.Null() } },
    },
    async (request, reply) => {
      await cookies.endSession(request, reply);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/verify-email',
    {
      config: { access: 'public', ...limited },
      schema: {
        tags: ['accounts'],
        summary: 'Confirm an e-mail address with the mailed token',
        body: TokenBody,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await accounts.verifyEmail(request.body.token);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/resend-verification',
    {
      config: { access: 'pending', ...limited },
      schema: {
        tags: ['accounts'],
        summary: 'Send the confirmation e-mail again',
        response: { 202: Accepted },
      },
    },
    async (request, reply) => {
      await accounts.resendVerification(viewerId(request));
      return reply.status(202).send({ status: 'accepted' });
    },
  );

  app.post(
    '/api/auth/password-reset',
    {
      config: { access: 'public', ...limited },
      schema: {
        tags: ['accounts'],
        summary: 'Mail a password reset link (same answer whether the account exists or not)',
        body: PasswordResetRequestBody,
        response: { 202: Accepted },
      },
    },
    async (request, reply) => {
      await accounts.requestPasswordReset(request.body.email);
      return reply.status(202).send({ status: 'accepted' });
    },
  );

  app.post(
    '/api/auth/password-reset/confirm',
    {
      config: { access: 'public', ...limited },
      schema: {
        tags: ['accounts'],
        summary: 'Choose a new password with the mailed token; ends every session',
        body: PasswordResetConfirmBody,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await accounts.resetPassword(request.body.token, request.body.password);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/me',
    {
      config: { access: 'pending' },
      schema: { tags: ['accounts'], summary: 'The signed-in account', response: { 200: Me } },
    },
    async (request) => accounts.me(viewerId(request)),
  );

  app.patch(
    '/api/me',
    {
      config: { access: 'pending' },
      schema: {
        tags: ['accounts'],
        summary: 'Change display name, language, time zone or city',
        body: UpdateMeBody,
        response: { 200: Me },
      },
    },
    async (request) => accounts.updateMe(viewerId(request), request.body),
  );

  const IdParams = Type.Object({ id: Type.String({ maxLength: 100 }) }, { additionalProperties: false });
  const actor = (request: { viewer: { userId: string; roles: RoleGrant[] } | null }) => {
    if (request.viewer === null) throw new AppError('UNAUTHENTICATED');
    return request.viewer;
  };

  app.get(
    '/api/me/city-change',
    {
      config: { access: 'pending' },
      schema: {
        tags: ['accounts'],
        summary: 'My pending request to move to another city, if any',
        response: { 200: MyCityChange },
      },
    },
    async (request) => ({ request: await cityChange.mine(actor(request)) }),
  );

  app.post(
    '/api/me/city-change',
    {
      config: { access: 'pending' },
      preHandler: app.abuseLimit('write'),
      schema: {
        tags: ['accounts'],
        summary: 'Ask to move to another city; coordinators of both cities decide',
        body: CityChangeRequestBody,
        response: { 201: CityChangeRequest },
      },
    },
    async (request, reply) => reply.status(201).send(await cityChange.request(actor(request), request.body)),
  );

  app.get(
    '/api/city-changes',
    {
      config: { access: 'users.read' },
      schema: {
        tags: ['accounts'],
        summary: 'Pending moves from or to the cities I coordinate',
        response: { 200: CityChangeRequests },
      },
    },
    async (request) => ({ requests: await cityChange.pending(actor(request)) }),
  );

  app.post(
    '/api/city-changes/:id/approve',
    {
      config: { access: 'users.read' },
      schema: {
        tags: ['accounts'],
        summary: 'Approve a move for my city; it takes effect when both cities have approved',
        params: IdParams,
        response: { 200: CityChangeRequest },
      },
    },
    async (request) => cityChange.approve(actor(request), request.params.id),
  );

  app.post(
    '/api/city-changes/:id/refuse',
    {
      config: { access: 'users.read' },
      schema: {
        tags: ['accounts'],
        summary: 'Refuse a move',
        params: IdParams,
        response: { 200: CityChangeRequest },
      },
    },
    async (request) => cityChange.refuse(actor(request), request.params.id),
  );

  // The web app asks this on every page load; signed out is an expected answer there, not an error
  // (GET /api/me keeps answering 401 for API clients).
  app.get(
    '/api/session',
    {
      config: { access: 'public' },
      schema: {
        tags: ['accounts'],
        summary: 'Who is signed in, or null',
        response: {
          200: Type.Object({ me: Type.Union([Me, Type.Null()]) }, { additionalProperties: false }),
        },
      },
    },
    async (request) => ({ me: request.viewer === null ? null : await accounts.me(request.viewer.userId) }),
  );
};
