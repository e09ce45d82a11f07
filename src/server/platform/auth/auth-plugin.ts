import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { defaultLocale, isLocale, type Locale, negotiateLocale } from '../../../core/i18n/locales.js';
import { AppError } from '../errors/app-error.js';
import { type Access, allows } from './permissions.js';
import { type SessionStore, sessionLifetimeMs, type Viewer } from './session-store.js';

export const sessionCookieName = 'silta_session';

declare module 'fastify' {
  interface FastifyRequest {
    viewer: Viewer | null;
    locale: Locale;
  }
  interface FastifyContextConfig {
    /** Who may call the route; every /api route must say. */
    access?: Access;
  }
}

/**
 * Resolves the viewer from the session cookie and the locale (the user's setting, else ?lang=, else
 * Accept-Language, else English), then enforces each route's `config.access`.
 */
export function registerAuth(
  app: FastifyInstance,
  options: { sessions: SessionStore; secureCookies: boolean },
) {
  app.decorateRequest('viewer', null);
  app.decorateRequest('locale', defaultLocale);

  // One hook resolves the viewer and decides access, before the body is even parsed: a caller without
  // access learns nothing from validation answers. Requests without a cookie never touch the database.
  app.addHook('onRequest', (request, _reply, done) => {
    request.locale = requestedLocale(request);
    const access = request.routeOptions.config.access;
    const raw = request.cookies[sessionCookieName];
    const unsigned = raw === undefined ? undefined : request.unsignCookie(raw);
    if (unsigned === undefined || !unsigned.valid || unsigned.value === null) {
      done(accessError(access, null));
      return;
    }
    options.sessions.resolve(unsigned.value).then((viewer) => {
      if (viewer !== undefined) {
        request.viewer = viewer;
        if (isLocale(viewer.locale)) request.locale = viewer.locale;
      }
      done(accessError(access, request.viewer));
    }, done);
  });

  return {
    async startSession(reply: FastifyReply, userId: string): Promise<void> {
      const { token } = await options.sessions.create(userId);
      reply.setCookie(sessionCookieName, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: options.secureCookies,
        signed: true,
        maxAge: sessionLifetimeMs / 1000,
      });
    },
    async endSession(request: FastifyRequest, reply: FastifyReply): Promise<void> {
      const raw = request.cookies[sessionCookieName];
      if (raw !== undefined) {
        const unsigned = request.unsignCookie(raw);
        if (unsigned.valid && unsigned.value !== null) await options.sessions.destroy(unsigned.value);
      }
      reply.clearCookie(sessionCookieName, { path: '/' });
    },
  };
}

export type SessionCookies = ReturnType<typeof registerAuth>;

/** The error a viewer gets for a route of the given access level, or undefined when allowed. */
export function accessError(access: Access | undefined, viewer: Viewer | null): AppError | undefined {
  if (access === undefined || access === 'public') return undefined;
  if (viewer === null) return new AppError('UNAUTHENTICATED');
  if (access === 'pending') return undefined;
  if (viewer.status !== 'active') return new AppError('CONSENT_REQUIRED');
  if (access === 'signed-in') return undefined;
  return allows(viewer.roles, access) ? undefined : new AppError('FORBIDDEN');
}

function requestedLocale(request: FastifyRequest): Locale {
  const query = request.query as Record<string, unknown> | undefined;
  const lang = query?.lang;
  if (isLocale(lang)) return lang;
  return negotiateLocale(request.headers['accept-language']) ?? defaultLocale;
}
