import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.js';

const mutatingMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Security headers with a strict CSP, and CSRF protection for cookie sessions: a mutating API request
 * that carries the session cookie must come from our own origin (Origin header, or Fetch Metadata
 * when a browser sends no Origin). SameSite=Lax cookies already stop most cross-site posts; this
 * closes the rest (sibling subdomains, old browsers).
 */
export async function registerSecurity(
  app: FastifyInstance,
  options: { publicUrl: string; cookieName: string },
) {
  await app.register(helmet, {
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
        upgradeInsecureRequests: options.publicUrl.startsWith('https:') ? [] : null,
      },
    },
    strictTransportSecurity: options.publicUrl.startsWith('https:'),
    crossOriginEmbedderPolicy: false,
  });

  const allowedOrigin = new URL(options.publicUrl).origin;

  app.addHook('onRequest', async (request) => {
    if (!mutatingMethods.has(request.method)) return;
    if (!request.url.startsWith('/api/')) return;
    if (request.cookies[options.cookieName] === undefined) return;
    if (!isSameOrigin(request, allowedOrigin)) throw new AppError('FOREIGN_ORIGIN');
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
