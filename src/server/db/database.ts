import SqliteDriver from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { DatabaseUnavailableError, isDatabaseUnavailable } from './connection-faults.js';
import type { Database } from './schema.js';

export type DialectName = 'sqlite' | 'postgres';

export interface SiltaDatabase {
  db: Kysely<Database>;
  dialect: DialectName;
  /** For SQLite only: the underlying connection, used for online backups. */
  sqlite?: SqliteDriver.Database;
  /** PostgreSQL only: the schema this connection works in, when not the default. */
  schema?: string;
  /** PostgreSQL only: connections the pool holds, how many of them are idle, and requests waiting for one. */
  poolUse?(): PoolUse;
  /**
   * Listens to connection faults that no request sees (a restarting server dropping idle connections,
   * the first refused connection, the first one that works again); the app logs them. Without a
   * listener they go to stderr. Returns the function that stops listening.
   */
  onFault?(listener: (fault: DatabaseFault) => void): () => void;
  close(): Promise<void>;
}

export interface PoolUse {
  total: number;
  idle: number;
  waiting: number;
}

export type DatabaseFault =
  /** A pooled connection broke, idle or lent out; the pool drops it and opens a new one when asked. */
  | { kind: 'connection-lost'; error: Error }
  /** A new connection was refused; until one works, attempts are spaced out (100 ms doubling, at most 2 s). */
  | { kind: 'unreachable'; error: unknown }
  /** A connection worked again after `failedAttempts` failed ones. */
  | { kind: 'reachable-again'; failedAttempts: number };

export interface DatabaseOptions {
  /** A postgres:// URL; absent means SQLite. */
  url?: string;
  /** The SQLite file (":memory:" for tests). */
  file?: string;
  /** PostgreSQL only: a schema to work in (tests isolate themselves this way). */
  schema?: string;
  /** PostgreSQL only: names the connections in pg_stat_activity (default "silta"). */
  applicationName?: string;
}

// PostgreSQL returns int8 as strings to protect precision; our bigints are epoch milliseconds, well
// inside Number's safe range.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/**
 * Opens the database: PostgreSQL when a postgres:// URL is given, else SQLite in WAL mode.
 *
 * @example
 * const { db } = openDatabase({ file: 'data/silta.db' });
 */
export function openDatabase(options: DatabaseOptions): SiltaDatabase {
  const faults = createFaultReporter();
  if (options.url !== undefined && /^postgres(ql)?:\/\//.test(options.url)) {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: 10,
      // A server that is gone without refusing (a failover, a dropped network) answers nothing:
      // give up on a new connection after 5 s instead of holding the request.
      connectionTimeoutMillis: 5_000,
      keepAlive: true,
      application_name: options.applicationName ?? 'silta',
      ...(options.schema === undefined ? {} : { options: `-c search_path=${options.schema}` }),
    });
    // Without these listeners a connection that breaks (a restart terminates every backend) throws an
    // unhandled 'error' event and ends the process. The pool emits for idle connections; a lent-out
    // one (inside a transaction, between queries) only emits on the client itself. pg marks a broken
    // client unusable, and the pool drops it when it comes back.
    pool.on('connect', (client) => {
      client.on('error', (error) => faults.report({ kind: 'connection-lost', error }));
    });
    pool.on('error', () => {
      // Already reported by the client's own listener above.
    });
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: spaceOutReconnects(pool, faults) }),
    });
    return {
      db,
      dialect: 'postgres',
      ...(options.schema === undefined ? {} : { schema: options.schema }),
      poolUse: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
      onFault: faults.listen,
      close: () => db.destroy(),
    };
  }
  const sqlite = new SqliteDriver(options.file ?? ':memory:');
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Reads through a memory map (no copy per page) and a 64 MB page cache instead of 2 MB: the
  // full-text index of a large library is hundreds of MB, and a search touches pages all over it.
  sqlite.pragma(`mmap_size = ${256 * 1024 * 1024}`);
  sqlite.pragma('cache_size = -65536');
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  });
  return { db, dialect: 'sqlite', sqlite, onFault: faults.listen, close: () => db.destroy() };
}

function createFaultReporter() {
  const listeners = new Set<(fault: DatabaseFault) => void>();
  return {
    report(fault: DatabaseFault): void {
      if (listeners.size === 0) {
        console.error(`database: ${fault.kind}`, 'error' in fault ? String(fault.error) : '');
        return;
      }
      for (const listener of listeners) listener(fault);
    },
    listen(listener: (fault: DatabaseFault) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * While the server refuses connections (a restart takes seconds), every request would try a
 * connection of its own and wait for its refusal. After a refused attempt, attempts within the next
 * 100 ms (doubling up to 2 s) fail at once with DatabaseUnavailableError, and the first attempt after
 * that finds out whether the server is back: recovery is noticed within 2 s of the server's return.
 */
function spaceOutReconnects(pool: pg.Pool, faults: ReturnType<typeof createFaultReporter>) {
  let failedAttempts = 0;
  let retryAt = 0;
  return {
    async connect() {
      const now = Date.now();
      if (now < retryAt) throw new DatabaseUnavailableError(retryAt - now);
      try {
        const client = await pool.connect();
        if (failedAttempts > 0) {
          faults.report({ kind: 'reachable-again', failedAttempts });
          failedAttempts = 0;
          retryAt = 0;
        }
        return client;
      } catch (error) {
        // Only a refusal with a code (ECONNREFUSED, 57P03 starting up…) spaces out attempts: pg's "timeout
        // exceeded" also means every pooled connection was busy for 5 s, which is load, not absence.
        const refused = typeof (error as { code?: unknown } | null)?.code === 'string';
        if (refused && isDatabaseUnavailable(error)) {
          failedAttempts += 1;
          retryAt = Date.now() + Math.min(100 * 2 ** (failedAttempts - 1), 2_000);
          if (failedAttempts === 1) faults.report({ kind: 'unreachable', error });
        }
        throw error;
      }
    },
    end: () => pool.end(),
  };
}

/**
 * better-sqlite3 compiles the SQL again on every `prepare`; Kysely prepares once per query. The same
 * few hundred SQL texts come back all the time, so their compiled statements are kept (least recently
 * used first out). better-sqlite3 runs a statement to the end synchronously (we never stream), and
 * SQLite recompiles a kept statement by itself after a schema change.
 */
function withStatementCache(sqlite: SqliteDriver.Database, size = 500) {
  const statements = new Map<string, SqliteDriver.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(source: string): SqliteDriver.Statement {
      let statement = statements.get(source);
      if (statement !== undefined) {
        statements.delete(source);
      } else {
        statement = sqlite.prepare(source);
        if (statements.size >= size) statements.delete(statements.keys().next().value as string);
      }
      statements.set(source, statement);
      return statement;
    },
  };
}

/** Whether the database answers a trivial query. */
export async function pingDatabase(database: SiltaDatabase): Promise<boolean> {
  try {
    await sql`select 1`.execute(database.db);
    return true;
  } catch {
    return false;
  }
}
