/**
 * Raised without asking the server while a recent connection attempt failed: during a database
 * restart every request would otherwise open (and wait for) a connection of its own.
 */
export class DatabaseUnavailableError extends Error {
  readonly code = 'SILTA_DATABASE_UNAVAILABLE';

  constructor(readonly retryInMs: number) {
    super(`the database was unreachable a moment ago; next attempt in ${retryInMs} ms`);
    this.name = 'DatabaseUnavailableError';
  }
}

// Node's network errors when a server is down, restarting or unreachable.
const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'SILTA_DATABASE_UNAVAILABLE',
]);

// PostgreSQL SQLSTATEs: admin_shutdown, crash_shutdown, cannot_connect_now (starting up or in recovery),
// too_many_connections. Class 08 (connection exception) is matched as a prefix.
const postgresStates = new Set(['57P01', '57P02', '57P03', '53300']);

// pg raises these as plain Errors without a code.
const pgMessages = [
  /^Connection terminated/,
  /timeout exceeded when trying to connect/,
  /not queryable/,
  /the database system is (starting up|shutting down|in recovery mode)/,
];

// SQLite: the disk is full, the file is read-only or gone, the disk fails, or another process held a lock
// longer than busy_timeout. Codes carry extended variants (SQLITE_IOERR_WRITE, SQLITE_READONLY_DBMOVED).
const sqlitePrefixes = ['SQLITE_FULL', 'SQLITE_READONLY', 'SQLITE_IOERR', 'SQLITE_CANTOPEN', 'SQLITE_BUSY'];

/**
 * Whether an error means the database cannot be used right now (as opposed to a bug or a rule): the
 * error handler answers 503 `DATABASE_UNAVAILABLE` for these, and background jobs pause on them.
 *
 * @example
 * catch (error) { if (isDatabaseUnavailable(error)) pauseFor(5_000); else throw error; }
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (error === null || typeof error !== 'object' || depth > 3) return false;
  const { code, message, errors, cause } = error as {
    code?: unknown;
    message?: unknown;
    errors?: unknown;
    cause?: unknown;
  };
  if (typeof code === 'string') {
    if (networkCodes.has(code) || postgresStates.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
    if (sqlitePrefixes.some((prefix) => code.startsWith(prefix))) return true;
  }
  if (typeof message === 'string' && pgMessages.some((pattern) => pattern.test(message))) return true;
  // Node reports a refused connection to a name with several addresses as an AggregateError.
  if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return cause !== undefined && isDatabaseUnavailable(cause, depth + 1);
}
