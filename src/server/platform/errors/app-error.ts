/** Every error code the API can answer with, and its HTTP status. Codes are stable: clients match on them. */
export const errorStatuses = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  FOREIGN_ORIGIN: 403,
  CONSENT_REQUIRED: 403,
  NOT_FOUND: 404,
  USER_NOT_FOUND: 404,
  EMAIL_TAKEN: 409,
  ROLE_ALREADY_HELD: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  WEAK_PASSWORD: 422,
  TOO_YOUNG: 422,
  INVALID_BIRTH_DATE: 422,
  UNKNOWN_CITY: 422,
  UNKNOWN_TIME_ZONE: 422,
  INVALID_TOKEN: 422,
  ROLE_NEEDS_CITY: 422,
  ORIGINAL_TEXT_REQUIRED: 422,
  START_IN_PAST: 422,
  INVALID_START: 422,
  INVALID_DURATION: 422,
  INVALID_SEATS: 422,
  UNKNOWN_TOPIC: 422,
  INVALID_DATE_RANGE: 422,
  SESSION_NOT_FOUND: 404,
  NOT_REGISTERED: 403,
  NOT_LIVE: 403,
  ALREADY_REGISTERED: 409,
  NO_SEATS_FOR_CITY: 409,
  SESSION_FULL: 409,
  SESSION_CANCELLED: 409,
  SESSION_OVER: 409,
  UNSUPPORTED_COUNTRY: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorStatuses;

/**
 * The one error type of Silta. The error handler turns it into `{ code, message }` with the message in
 * the caller's language; `values` fill the message's placeholders.
 *
 * @example
 * throw new AppError('TOO_YOUNG', { minimumAge: 13 });
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly statusCode: number;
  readonly values: Record<string, string | number>;

  constructor(code: ErrorCode, values: Record<string, string | number> = {}) {
    super(code);
    this.name = 'AppError';
    this.code = code;
    this.statusCode = errorStatuses[code];
    this.values = values;
  }
}
