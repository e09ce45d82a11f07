import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import helmet from 'helmet';
import { AppError } from '../errors/app-error.js';
import { localeAsked } from '../errors/error-handler.js';

const mutatingMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The security headers, computed once by helmet from our policy. They are the same for every
 * response, so running helmet per request (half of a small route's time) buys nothing.
 */
export function securityHeaders(publicUrl: string): Record<string, string> {
  const https = publicUrl.startsWith('https:');
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string | number) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets style attributes at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: https ? [] : null,
      },
    },
    strictTransportSecurity: https,
    crossOriginEmbedderPolicy: false,
  })({} as IncomingMessage, response as unknown as ServerResponse, () => {});
  headers['permissions-policy'] = 'camera=(), microphone=(), geolocation=(), payment=()';
  return headers;
}

/**
 * Security headers with a strict CSP, and CSRF protection for cookie sessions: a mutating API request
 * that carries the session cookie must come from our own origin (Origin header, or Fetch Metadata
 * when a browser sends no Origin). SameSite=Lax cookies already stop most cross-site posts; this
 * closes the rest (sibling subdomains, old browsers).
 */
export function registerSecurity(
  app: FastifyInstance,
  options: { publicUrl: string; cookieName: string },
): void {
  const headers = securityHeaders(options.publicUrl);
  const allowedOrigin = new URL(options.publicUrl).origin;

  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(headers);
    if (
      mutatingMethods.has(request.method) &&
      request.url.startsWith('/api/') &&
      request.cookies[options.cookieName] !== undefined &&
      !isSameOrigin(request, allowedOrigin)
    ) {
      // Refused before the session is resolved: answered in the language the request asks for.
      request.locale = localeAsked(request);
      done(new AppError('FOREIGN_ORIGIN'));
      return;
    }
    done();
  });
}

function isSameOrigin(request: FastifyRequest, allowedOrigin: string): boolean {
  const origin = request.headers.origin;
  if (origin !== undefined) {
    if (origin === allowedOrigin) return true;
    // The host the request was addressed to also counts, so that a server reached by another name
    // (a LAN address, a proxy) works without PUBLIC_URL.
    const host = request.headers.host;
    return host !== undefined && (origin === `http://${host}` || origin === `https://${host}`);
  }
  const site = request.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}
