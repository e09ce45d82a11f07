import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { t } from '../i18n/messages.js';
import { AppError, type ErrorCode, errorStatuses } from './app-error.js';

/** Translates any error into `{ code, message }` in the caller's language. 5xx never shows details. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error);
    if (appError.statusCode >= 500) request.log.error({ err: error }, 'request failed');
    return sendError(request, reply, appError);
  });
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
  }
  if (error instanceof SyntaxError && error.statusCode === 400) return new AppError('MALFORMED_JSON');
  if (error.statusCode === 429) return new AppError('RATE_LIMITED');
  const status = error.statusCode ?? 500;
  if (status === 404) return new AppError('NOT_FOUND');
  if (status === 413) return new AppError('PAYLOAD_TOO_LARGE');
  if (status === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE');
  if (status >= 400 && status < 500) {
    const code = Object.entries(errorStatuses).find(([, s]) => s === status)?.[0] as ErrorCode | undefined;
    return new AppError(code ?? 'VALIDATION_FAILED');
  }
  return new AppError('INTERNAL');
}
