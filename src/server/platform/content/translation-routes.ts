import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireActor } from '../auth/actor.js';
import type { TranslationDesk } from './translation-desk.js';

const Language = Type.Union([Type.Literal('fi'), Type.Literal('sv'), Type.Literal('en'), Type.Literal('ko')]);

const QueueItem = Type.Object(
  {
    subjectType: Type.String({ description: 'What kind of content, e.g. "practice"' }),
    subjectId: Type.String(),
    field: Type.String({ description: 'title, summary, body, …' }),
    language: Language,
    state: Type.Union([Type.Literal('missing'), Type.Literal('machine'), Type.Literal('outdated')]),
    originalLanguage: Language,
    cityId: Type.Union([Type.String(), Type.Null()]),
    label: Type.String({ description: 'The title in the original language' }),
    path: Type.String({ description: 'Where the content opens in the web app' }),
    updatedAt: Type.String(),
  },
  { additionalProperties: false },
);

const Queue = Type.Object(
  { language: Language, items: Type.Array(QueueItem), total: Type.Integer() },
  { additionalProperties: false },
);

const Translator = Type.Object(
  {
    userId: Type.String(),
    languages: Type.Array(Language),
    cityId: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);

/** The translation queue and translator grants (platform/content), shared by every module's content. */
export const translationRoutes: FastifyPluginAsyncTypebox<{ desk: TranslationDesk }> = async (
  app,
  { desk },
) => {
  app.get(
    '/api/translations/queue',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['translations'],
        summary: 'Fields to translate into a language: outdated, missing or machine-only',
        querystring: Type.Object(
          {
            lang: Type.Optional(Type.String({ maxLength: 10 })),
            city: Type.Optional(Type.String({ maxLength: 100 })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
            offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Queue },
      },
    },
    async (request) => {
      const { lang, city, limit, offset } = request.query;
      return desk.queue(lang ?? request.locale, {
        ...(city === undefined ? {} : { cityId: city }),
        ...(limit === undefined ? {} : { limit }),
        ...(offset === undefined ? {} : { offset }),
      });
    },
  );

  app.get(
    '/api/translations/translators',
    {
      config: { access: 'translations.grant' },
      schema: {
        tags: ['translations'],
        summary: 'Translators of your cities and their languages',
        response: { 200: Type.Array(Translator) },
      },
    },
    async (request) => desk.translators(requireActor(request)),
  );

  app.put(
    '/api/translations/translators/:userId',
    {
      config: { access: 'translations.grant' },
      schema: {
        tags: ['translations'],
        summary: 'Make someone of your city a translator into the given languages (none: no longer)',
        params: Type.Object({ userId: Type.String({ maxLength: 100 }) }),
        body: Type.Object(
          { languages: Type.Array(Type.String({ maxLength: 10 }), { maxItems: 4 }) },
          { additionalProperties: false },
        ),
        response: { 200: Translator },
      },
    },
    async (request) =>
      desk.setTranslator(requireActor(request), request.params.userId, request.body.languages),
  );

  app.delete(
    '/api/translations/translators/:userId',
    {
      config: { access: 'translations.grant' },
      schema: {
        tags: ['translations'],
        summary: 'Take the translator role away',
        params: Type.Object({ userId: Type.String({ maxLength: 100 }) }),
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await desk.setTranslator(requireActor(request), request.params.userId, []);
      return reply.status(204).send(null);
    },
  );
};
