import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Static } from 'typebox';
import { Type } from 'typebox';
import { isLocale } from '../../../core/i18n/locales.js';
import { actorOf, requireActor } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/errors/app-error.js';
import {
  AttendanceBody,
  EventFeed,
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
import type { ListPage, SessionsService } from './sessions.service.js';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

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
        description:
          'Answers with an ETag; send it back in If-None-Match to get 304 Not Modified while nothing changed.',
        querystring: SessionListQuery,
        response: {
          200: SessionList,
          304: Type.Null({ description: 'Not modified since the ETag in If-None-Match' }),
        },
      },
    },
    async (request, reply) => {
      // The service hands back the listing already serialised to its schema (a listing that is the
      // same for every reader is kept as bytes), so it is sent as it is.
      const page = await sessions.listPage(request.query, actorOf(request), request.locale);
      const coding = preferredCoding(request.headers['accept-encoding']);
      // Each content coding is its own representation, with its own entity tag.
      const etag = coding === undefined ? page.etag : `${page.etag.slice(0, -1)}-${coding}"`;
      reply
        .header('etag', etag)
        .header('cache-control', 'private, no-cache')
        .header('vary', 'accept-encoding, accept-language, cookie');
      if (matchesEtag(request.headers['if-none-match'], etag)) return reply.status(304).send(null);
      reply.type('application/json; charset=utf-8');
      if (coding !== undefined) reply.header('content-encoding', coding);
      const body = coding === undefined ? page.body : await encoded(page, coding);
      return reply.send(body as unknown as SessionListValue);
    },
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
      preHandler: app.abuseLimit('registration'),
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
      preHandler: app.abuseLimit('registration'),
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
      preHandler: app.abuseLimit('registration'),
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
        summary:
          'Open feed of public sessions as schema.org Events (JSON-LD; titles and descriptions as language maps)',
        querystring: EventsQuery,
        produces: ['application/ld+json'],
        response: { 200: EventFeed },
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
                  {
                    session: Session,
                    registration: RegistrationOutcome,
                    /** The web page to read it on (a circle meeting's is its circle's page). */
                    page: Type.String(),
                  },
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
      preHandler: app.abuseLimit('feed'),
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

type Coding = 'br' | 'gzip';

// A listing kept for every reader is compressed once per coding, for as long as it is kept.
const compressions = new WeakMap<ListPage, Partial<Record<Coding, Promise<Buffer>>>>();

function encoded(page: ListPage, coding: Coding): Promise<Buffer> {
  const known = compressions.get(page) ?? {};
  compressions.set(page, known);
  known[coding] ??=
    coding === 'br'
      ? brotli(page.body, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: 5,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: page.body.length,
          },
        })
      : gzip(page.body);
  return known[coding];
}

// Browsers send a handful of distinct Accept-Encoding values; each is parsed once.
const codingOf = new Map<string, Coding | undefined>();

/** The coding to answer with: brotli, else gzip, when the request accepts it (q=0 refuses). */
function preferredCoding(header: string | undefined): Coding | undefined {
  if (header === undefined) return undefined;
  if (codingOf.has(header)) return codingOf.get(header);
  const coding = parseAcceptEncoding(header);
  if (codingOf.size >= 64) codingOf.clear();
  codingOf.set(header, coding);
  return coding;
}

function parseAcceptEncoding(header: string): Coding | undefined {
  const quality = new Map<string, number>();
  for (const part of header.toLowerCase().split(',')) {
    const [name = '', ...params] = part.split(';').map((piece) => piece.trim());
    const q = params.find((param) => param.startsWith('q='));
    quality.set(name, q === undefined ? 1 : Number(q.slice(2)) || 0);
  }
  const accepts = (coding: Coding) => (quality.get(coding) ?? quality.get('*') ?? 0) > 0;
  return accepts('br') ? 'br' : accepts('gzip') ? 'gzip' : undefined;
}

/** Whether an If-None-Match header names this entity tag (or any, with `*`). */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((tag) => {
    const value = tag.trim();
    return value === '*' || value === etag || value === `W/${etag}`;
  });
}
