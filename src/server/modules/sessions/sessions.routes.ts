import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Static } from 'typebox';
import { Type } from 'typebox';
import { isLocale } from '../../../core/i18n/locales.js';
import { actorOf, requireActor } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/errors/app-error.js';
import {
  AttendanceBody,
  EventsQuery,
  JoinLink,
  Participant,
  RegistrationOutcome,
  Series,
  SeriesBody,
  Session,
  SessionBody,
  SessionList,
  SessionListQuery,
  SessionParams,
  SessionPatch,
  SuggestBody,
  Suggestions,
} from './sessions.schema.js';
import type { SessionsService } from './sessions.service.js';

type SessionListValue = Static<typeof SessionList>;

export const sessionsRoutes: FastifyPluginAsyncTypebox<{ sessions: SessionsService }> = async (
  app,
  { sessions },
) => {
  app.post(
    '/api/sessions',
    {
      config: { access: 'sessions.manage' },
      schema: {
        tags: ['sessions'],
        summary: 'Create a session (coordinators and facilitators)',
        body: SessionBody,
        response: { 201: Session },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await sessions.create(requireActor(request), request.body, request.locale)),
  );

  app.get(
    '/api/sessions',
    {
      config: { access: 'public' },
      schema: {
        tags: ['sessions'],
        summary: 'Published sessions by time, topic and city',
        querystring: SessionListQuery,
        response: { 200: SessionList },
      },
    },
    async (request, reply) =>
      // The listing is built to its schema by the service and sent as text it may reuse (see `list`);
      // Fastify sends a string as it is, so the typed reply is told it is the listing.
      reply
        .type('application/json; charset=utf-8')
        .send(
          (await sessions.listJson(
            request.query,
            actorOf(request),
            request.locale,
          )) as unknown as SessionListValue,
        ),
  );

  app.get(
    '/api/sessions/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: ['sessions'],
        summary: 'One session',
        params: SessionParams,
        response: { 200: Session },
      },
    },
    async (request) => sessions.get(request.params.id, actorOf(request), request.locale),
  );

  app.patch(
    '/api/sessions/:id',
    {
      config: { access: 'sessions.manage' },
      schema: {
        tags: ['sessions'],
        summary: 'Change a session; a material change raises its sequence and tells registrants',
        params: SessionParams,
        body: SessionPatch,
        response: { 200: Session },
      },
    },
    async (request) =>
      sessions.update(request.params.id, requireActor(request), request.body, request.locale),
  );

  app.post(
    '/api/sessions/:id/cancel',
    {
      config: { access: 'sessions.manage' },
      schema: {
        tags: ['sessions'],
        summary: 'Cancel a session and tell everyone registered',
        params: SessionParams,
        response: { 200: Session },
      },
    },
    async (request) => sessions.cancel(request.params.id, requireActor(request), request.locale),
  );

  app.post(
    '/api/sessions/:id/registrations',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['sessions'],
        summary: 'Register: a seat in your city’s quota, or a place on its waiting list',
        params: SessionParams,
        response: { 201: RegistrationOutcome },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await sessions.register(request.params.id, requireActor(request))),
  );

  app.get(
    '/api/sessions/:id/registrations/me',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['sessions'],
        summary: 'Your registration',
        params: SessionParams,
        response: { 200: RegistrationOutcome },
      },
    },
    async (request) => sessions.registration(request.params.id, requireActor(request)),
  );

  app.delete(
    '/api/sessions/:id/registrations/me',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['sessions'],
        summary: 'Leave; the first waiting person of your city gets the seat',
        params: SessionParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await sessions.leave(request.params.id, requireActor(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/sessions/:id/participants',
    {
      config: { access: 'sessions.manage' },
      schema: {
        tags: ['sessions'],
        summary: 'Registrants and attendance (the session’s staff)',
        params: SessionParams,
        response: { 200: Type.Array(Participant) },
      },
    },
    async (request) => sessions.participants(request.params.id, requireActor(request)),
  );

  app.put(
    '/api/sessions/:id/attendance',
    {
      config: { access: 'sessions.manage' },
      schema: {
        tags: ['sessions'],
        summary: 'Mark who attended (after the start)',
        params: SessionParams,
        body: AttendanceBody,
        response: { 200: Type.Array(Participant) },
      },
    },
    async (request) =>
      sessions.markAttendance(request.params.id, requireActor(request), request.body.attendance),
  );

  app.get(
    '/api/sessions/:id/join',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['sessions'],
        summary: 'The video link: confirmed registrants, from 15 minutes before the start until the end',
        params: SessionParams,
        response: { 200: JoinLink },
      },
    },
    async (request) => sessions.join(request.params.id, requireActor(request)),
  );

  app.get(
    '/api/sessions/:id/calendar.ics',
    {
      config: { access: 'public' },
      schema: {
        tags: ['sessions'],
        summary: 'The session as an RFC 5545 calendar',
        params: SessionParams,
        produces: ['text/calendar'],
        response: { 200: Type.String() },
      },
    },
    async (request, reply) =>
      reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="silta-session.ics"')
        .send(await sessions.calendar(request.params.id, actorOf(request), request.locale)),
  );

  app.post(
    '/api/series',
    {
      config: { access: 'sessions.manage' },
      schema: {
        tags: ['sessions'],
        summary:
          'Create a weekly or every-N-weeks series anchored in one zone; shows where daylight saving moves it',
        body: SeriesBody,
        response: { 201: Series },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await sessions.createSeries(requireActor(request), request.body, request.locale)),
  );

  app.get(
    '/api/series/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: ['sessions'],
        summary: 'A series and its moves in local time',
        params: SessionParams,
        response: { 200: Series },
      },
    },
    async (request) => sessions.getSeries(request.params.id, actorOf(request), request.locale),
  );

  app.get(
    '/api/series/:id/calendar.ics',
    {
      config: { access: 'public' },
      schema: {
        tags: ['sessions'],
        summary: 'The series as one recurring event: TZID, RRULE and the zone’s VTIMEZONE',
        params: SessionParams,
        produces: ['text/calendar'],
        response: { 200: Type.String() },
      },
    },
    async (request, reply) =>
      reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="silta-series.ics"')
        .send(await sessions.seriesCalendar(request.params.id, request.locale)),
  );

  app.post(
    '/api/series/:id/registrations',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['sessions'],
        summary: 'Register for every occurrence still ahead',
        params: SessionParams,
        response: { 201: Type.Record(Type.String(), RegistrationOutcome) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await sessions.registerSeries(request.params.id, requireActor(request))),
  );

  app.post(
    '/api/scheduling/suggest',
    {
      config: { access: 'sessions.manage' },
      schema: {
        tags: ['sessions'],
        summary: 'Rank start times that suit every city: sensible hours, holidays, other sessions',
        body: SuggestBody,
        response: { 200: Suggestions },
      },
    },
    async (request) => sessions.suggest(request.body, request.locale),
  );

  app.get(
    '/api/events',
    {
      config: { access: 'public' },
      schema: {
        tags: ['sessions'],
        summary: 'Open feed of public sessions as schema.org Events (JSON-LD)',
        querystring: EventsQuery,
        produces: ['application/ld+json'],
        response: {
          200: Type.Object(
            { '@context': Type.String(), '@graph': Type.Array(Type.Record(Type.String(), Type.Unknown())) },
            { additionalProperties: false },
          ),
        },
      },
    },
    async (request, reply) =>
      reply.type('application/ld+json; charset=utf-8').send(await sessions.events(request.query)),
  );

  app.get(
    '/api/me/sessions',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['sessions'],
        summary: 'Your sessions (confirmed or waiting) from a month ago on',
        response: {
          200: Type.Object(
            {
              items: Type.Array(
                Type.Object(
                  { session: Session, registration: RegistrationOutcome },
                  { additionalProperties: false },
                ),
              ),
            },
            { additionalProperties: false },
          ),
        },
      },
    },
    async (request) => sessions.mine(requireActor(request), request.locale),
  );

  app.post(
    '/api/me/calendar-feed',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['sessions'],
        summary: 'Create a private calendar feed URL (replaces any earlier one)',
        response: { 201: Type.Object({ url: Type.String() }, { additionalProperties: false }) },
      },
    },
    async (request, reply) => reply.status(201).send(await sessions.createFeed(requireActor(request))),
  );

  app.delete(
    '/api/me/calendar-feed',
    {
      config: { access: 'signed-in' },
      schema: { tags: ['sessions'], summary: 'Revoke your calendar feed', response: { 204: Type.Null() } },
    },
    async (request, reply) => {
      await sessions.revokeFeed(requireActor(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/calendar/:token',
    {
      config: { access: 'public' },
      schema: {
        tags: ['sessions'],
        summary: 'A private calendar feed (the URL is the secret)',
        params: Type.Object({ token: Type.String({ maxLength: 100 }) }),
        querystring: Type.Object({ lang: Type.Optional(Type.String({ maxLength: 5 })) }),
        produces: ['text/calendar'],
        response: { 200: Type.String() },
      },
    },
    async (request, reply) => {
      const token = request.params.token.replace(/\.ics$/, '');
      const lang = request.query.lang;
      const body = await sessions.feed(token, isLocale(lang) ? lang : undefined);
      if (body === undefined) throw new AppError('NOT_FOUND');
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, no-cache')
        .send(body);
    },
  );
};
