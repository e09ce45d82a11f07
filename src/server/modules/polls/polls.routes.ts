import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf, requireActor } from '../../platform/auth/actor.js';
import type { AccountsService } from '../accounts/accounts.service.js';
import {
  CreatedPoll,
  PickBody,
  Picked,
  Poll,
  PollBody,
  PollParams,
  PollQuery,
  ResponseBody,
  ResponseSaved,
} from './polls.schema.js';
import type { PollsService } from './polls.service.js';

export const pollsRoutes: FastifyPluginAsyncTypebox<{
  polls: PollsService;
  accounts: AccountsService;
}> = async (app, { polls, accounts }) => {
  app.post(
    '/api/polls',
    {
      config: { access: 'sessions.manage' },
      // Each poll is an invitation link to hand out.
      preHandler: app.abuseLimit('feed'),
      schema: {
        tags: ['polls'],
        summary: 'Propose candidate times for a session; returns the invitation link',
        body: PollBody,
        response: { 201: CreatedPoll },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await polls.create(requireActor(request, { activeOnly: true }), request.body, request.locale)),
  );

  app.get(
    '/api/polls/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: ['polls'],
        summary: 'A poll, with the invitation token (or as its staff)',
        params: PollParams,
        querystring: PollQuery,
        response: { 200: Poll },
      },
    },
    async (request) =>
      polls.get(
        request.params.id,
        actorOf(request, { activeOnly: true }),
        request.query.token,
        request.locale,
      ),
  );

  app.post(
    '/api/polls/:id/responses',
    {
      config: { access: 'public', rateLimit: { max: 30, timeWindow: 60_000 } },
      preHandler: app.abuseLimit('write'),
      schema: {
        tags: ['polls'],
        summary: 'Answer yes / if need be / no per time, with or without an account',
        params: PollParams,
        body: ResponseBody,
        response: { 201: ResponseSaved },
      },
    },
    async (request, reply) => {
      const viewer = actorOf(request, { activeOnly: true });
      const me = viewer === null ? undefined : await accounts.me(viewer.userId);
      const saved = await polls.respond(request.params.id, viewer, request.body, {
        locale: request.locale,
        ...(me === undefined ? {} : { displayName: me.displayName, timeZone: me.timeZone }),
      });
      return reply.status(201).send(saved);
    },
  );

  app.post(
    '/api/polls/:id/pick',
    {
      config: { access: 'sessions.manage' },
      // Picking mails everyone who answered.
      preHandler: app.abuseLimit('write'),
      schema: {
        tags: ['polls'],
        summary: 'Pick a time: it becomes a session and everyone who answered is told',
        params: PollParams,
        body: PickBody,
        response: { 201: Picked },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await polls.pick(
            request.params.id,
            requireActor(request, { activeOnly: true }),
            request.body.optionId,
            request.locale,
          ),
        ),
  );
};
