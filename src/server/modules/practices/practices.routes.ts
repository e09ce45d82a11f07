import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { isLocale } from '../../../core/i18n/locales.js';
import { actorOf, requireActor } from '../../platform/auth/actor.js';
import {
  ModerationBody,
  ModerationItem,
  Practice,
  PracticeBody,
  PracticeParams,
  PracticePatch,
  PracticeQuery,
  PracticeResults,
  ReportBody,
  ReportReceipt,
  Revision,
  TranslationBody,
  TranslationParams,
} from './practices.schema.js';
import type { PracticesService } from './practices.service.js';

const LangQuery = Type.Object(
  { lang: Type.Optional(Type.String({ maxLength: 10 })) },
  { additionalProperties: false },
);

export const practicesRoutes: FastifyPluginAsyncTypebox<{ practices: PracticesService }> = async (
  app,
  { practices },
) => {
  const searchLimit = app.abuseLimit('search');
  const writeLimit = app.abuseLimit('write');

  app.post(
    '/api/practices',
    {
      config: { access: 'signed-in' },
      preHandler: writeLimit,
      schema: {
        tags: ['practices'],
        summary: 'Propose a practice (published at once when a coordinator of its city proposes it)',
        body: PracticeBody,
        response: { 201: Practice },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await practices.create(requireActor(request), request.body, request.locale)),
  );

  app.get(
    '/api/practices',
    {
      config: { access: 'public' },
      // Full-text search is the expensive read; browsing newest first is not counted.
      preHandler: async (request, reply) => {
        if ((request.query.q ?? '').trim() !== '') await searchLimit(request, reply);
      },
      schema: {
        tags: ['practices'],
        summary: 'Search published practices in any language (best first), or browse them newest first',
        querystring: PracticeQuery,
        response: { 200: PracticeResults },
      },
    },
    async (request) => practices.search(request.query, request.locale),
  );

  app.get(
    '/api/practices/moderation',
    {
      config: { access: 'practices.moderate' },
      schema: {
        tags: ['practices'],
        summary: 'Proposals and reported practices waiting for a coordinator of your city',
        querystring: LangQuery,
        response: { 200: Type.Array(ModerationItem) },
      },
    },
    async (request) => practices.moderationQueue(requireActor(request), request.locale),
  );

  app.get(
    '/api/practices/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: ['practices'],
        summary: 'One practice in the reader’s language, with where each text came from',
        params: PracticeParams,
        querystring: LangQuery,
        response: { 200: Practice },
      },
    },
    // ?lang= names the reading language even for a signed-in viewer whose own setting differs.
    async (request) =>
      practices.get(
        request.params.id,
        actorOf(request),
        isLocale(request.query.lang) ? request.query.lang : request.locale,
      ),
  );

  app.patch(
    '/api/practices/:id',
    {
      config: { access: 'signed-in' },
      preHandler: writeLimit,
      schema: {
        tags: ['practices'],
        summary:
          'Edit a practice (author, coordinators of its city); changing the original outdates translations',
        params: PracticeParams,
        body: PracticePatch,
        response: { 200: Practice },
      },
    },
    async (request) =>
      practices.update(request.params.id, requireActor(request), request.body, request.locale),
  );

  app.get(
    '/api/practices/:id/history',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['practices'],
        summary: 'Every saved version of a practice (those who may edit it)',
        params: PracticeParams,
        response: { 200: Type.Array(Revision) },
      },
    },
    async (request) => practices.history(request.params.id, requireActor(request)),
  );

  app.put(
    '/api/practices/:id/translations/:lang',
    {
      config: { access: 'signed-in' },
      preHandler: writeLimit,
      schema: {
        tags: ['practices'],
        summary: 'A human translation (author, coordinators, translators of the language)',
        params: TranslationParams,
        body: TranslationBody,
        response: { 200: Practice },
      },
    },
    async (request) =>
      practices.translate(request.params.id, requireActor(request), request.params.lang, request.body),
  );

  app.post(
    '/api/practices/:id/reports',
    {
      config: { access: 'signed-in' },
      preHandler: app.abuseLimit('report'),
      schema: {
        tags: ['practices'],
        summary: 'Report a practice; three reports hide it until a coordinator decides',
        params: PracticeParams,
        body: ReportBody,
        response: { 201: ReportReceipt },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await practices.report(request.params.id, requireActor(request), request.body.reason)),
  );

  app.post(
    '/api/practices/:id/moderation',
    {
      config: { access: 'practices.moderate' },
      schema: {
        tags: ['practices'],
        summary: 'Publish, hide, restore or reject a practice (coordinators of its city)',
        params: PracticeParams,
        body: ModerationBody,
        response: { 200: Practice },
      },
    },
    async (request) =>
      practices.moderate(request.params.id, requireActor(request), request.body.decision, request.locale),
  );
};
