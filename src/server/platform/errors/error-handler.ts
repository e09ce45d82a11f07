import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { defaultLocale, isLocale, type Locale, negotiateLocale } from '../../../core/i18n/locales.js';
import { isDatabaseUnavailable } from '../../db/connection-faults.js';
import { t } from '../i18n/messages.js';
import { AppError, type ErrorCode } from './app-error.js';

/** Translates any error into `{ code, message }` in the caller's language. 5xx never shows details. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error);
    if (appError.code === 'DATABASE_UNAVAILABLE') {
      // Expected during a database restart: a warning, and a hint to try again shortly.
      request.log.warn({ err: String(error) }, 'database unavailable');
      reply.header('retry-after', '2');
    } else if (appError.statusCode >= 500) request.log.error({ err: error }, 'request failed');
    return sendError(request, reply, appError);
  });
}

/**
 * Fastify's `frameworkErrors` option: errors found before any route or hook runs (a URL that does not
 * decode, a path parameter past its length limit). No hook has chosen the language yet, so this picks it
 * from `?lang=` and Accept-Language itself.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  request.locale = localeAsked(request);
  return sendError(request, reply, toAppError(error));
}

/**
 * The language a request asks for by itself (`?lang=`, else Accept-Language, else English), for errors
 * answered before the session is resolved. Reads the raw URL: Fastify has not parsed the query string
 * of a request it could not route.
 */
export function localeAsked(request: FastifyRequest): Locale {
  const lang = new URLSearchParams(request.raw.url?.split('?')[1] ?? '').get('lang');
  return isLocale(lang) ? lang : (negotiateLocale(request.headers['accept-language']) ?? defaultLocale);
}

/**
 * Fastify's `clientErrorHandler` option: Node refused the request before it was one (a malformed request
 * line, headers past the size limit, a request that took too long to arrive). Nothing of the request can
 * be trusted, so the message is in English.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  // A reset connection has nobody left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const code: ErrorCode =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? 'REQUEST_TIMEOUT'
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? 'HEADERS_TOO_LARGE'
        : 'BAD_REQUEST';
  const appError = new AppError(code);
  const body = JSON.stringify({ code, message: t(defaultLocale, `error.${code}`, {}) });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${appError.statusCode} ${STATUS_CODES[appError.statusCode]}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Connection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/** Unknown routes answer a JSON 404 (used when no web app is served; the web app has its own). */
export function registerJsonNotFound(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => sendError(request, reply, new AppError('NOT_FOUND')));
}

export function sendError(request: FastifyRequest, reply: FastifyReply, error: AppError) {
  const values = { minimumLength: 10, minimumAge: 13, field: '', ...error.values };
  return reply
    .status(error.statusCode)
    .type('application/json; charset=utf-8')
    .send({ code: error.code, message: t(request.locale, `error.${error.code}`, values) });
}

function toAppError(error: FastifyError): AppError {
  if (error instanceof AppError) return error;
  if (isDatabaseUnavailable(error)) return new AppError('DATABASE_UNAVAILABLE');
  if (error.validation !== undefined) {
    const first = error.validation[0];
    const field =
      (first?.params as { missingProperty?: string } | undefined)?.missingProperty ??
      first?.instancePath?.replace(/^\//, '').replaceAll('/', '.') ??
      '';
    return new AppError('VALIDATION_FAILED', { field: field || (error.validationContext ?? '') });
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('MALFORMED_JSON');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('UNSUPPORTED_MEDIA_TYPE');
    case 'FST_ERR_BAD_URL':
    case 'FST_ERR_INVALID_URL':
      return new AppError('BAD_URL');
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new AppError('URI_TOO_LONG');
  }
  if (error instanceof SyntaxError && error.statusCode === 400) return new AppError('MALFORMED_JSON');
  return new AppError(genericCodes[error.statusCode ?? 500] ?? genericCodeForRange(error.statusCode));
}

/**
 * The code for an error that brings only a status (from Fastify, a plugin or Node): a generic code
 * of that status, never a specific one of ours that happens to share it (a stray 409 is not
 * EMAIL_TAKEN).
 */
const genericCodes: Partial<Record<number, ErrorCode>> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  408: 'REQUEST_TIMEOUT',
  409: 'CONFLICT',
  410: 'GONE',
  413: 'PAYLOAD_TOO_LARGE',
  414: 'URI_TOO_LONG',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  416: 'RANGE_NOT_SATISFIABLE',
  422: 'UNPROCESSABLE',
  429: 'RATE_LIMITED',
  431: 'HEADERS_TOO_LARGE',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
};

function genericCodeForRange(status: number | undefined): ErrorCode {
  return status !== undefined && status >= 400 && status < 500 ? 'BAD_REQUEST' : 'INTERNAL';
}
